// Builds a Document from HTML in the two DOMs the extractor must work with.
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';

export type DomName = 'happy-dom' | 'linkedom';
export const DOMS: DomName[] = ['happy-dom', 'linkedom'];

function wrap(html: string): string {
  return /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

export function documentFrom(dom: DomName, html: string): Document {
  if (dom === 'linkedom') return parseHTML(wrap(html)).document as unknown as Document;
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  window.document.write(wrap(html));
  return window.document as unknown as Document;
}
