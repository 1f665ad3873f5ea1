// Builds a Document from HTML in the DOMs the extractor must work with: happy-dom, linkedom, and
// the CLI's light DOM (lib/cli/html-dom).
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { parseHtmlDocument } from '../../lib/cli/load';

export type DomName = 'happy-dom' | 'linkedom' | 'cli';
export const DOMS: DomName[] = ['happy-dom', 'linkedom', 'cli'];

function wrap(html: string): string {
  return /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

export function documentFrom(dom: DomName, html: string): Document {
  if (dom === 'linkedom') return parseHTML(wrap(html)).document as unknown as Document;
  if (dom === 'cli') return parseHtmlDocument(html);
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  window.document.write(wrap(html));
  return window.document as unknown as Document;
}
