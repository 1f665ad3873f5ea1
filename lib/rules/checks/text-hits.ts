// One finding per text rule, listing what was found (the first few) with every place as a locator.
import type { TextHit } from '../../narrative/defects';
import type { Bilingual, RuleContext } from '../define';
import type { Locator } from '../../schema';

const SHOWN = 5;

export function reportHits(ctx: RuleContext, hits: TextHit[], what: Bilingual): void {
  if (hits.length === 0) return;
  const shown = [...new Set(hits.map((h) => h.found.replace(/\t/g, '⇥')))].slice(0, SHOWN);
  const locators: Locator[] = [];
  for (const h of hits) {
    if (!h.paragraph.at) continue;
    const from = Math.max(0, h.index - 20);
    locators.push({ ...h.paragraph.at, snippet: h.paragraph.text.slice(from, h.index + h.found.length + 20) });
  }
  const n = hits.length;
  ctx.violation({
    message: {
      zh: `${what.zh} ${n} 处：${shown.map((s) => `“${s}”`).join('、')}${n > shown.length ? '等' : ''}`,
      en: `${what.en}: ${n} place${n === 1 ? '' : 's'} (${shown.map((s) => `"${s}"`).join(', ')})`,
    },
    expected: '0',
    actual: String(n),
    locators,
  });
}
