import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { extractSnapshot } from '../../lib/snapshot';
import { parseReport } from '../../lib/report';
import { runAudit } from '../../lib/audit';
import { RULES } from '../../lib/rules';
const html = readFileSync(process.argv[2]!, 'utf8');
const s = extractSnapshot(parseHTML(html).document as any);
const r = parseReport(s);
for (let i = 0; i < 20; i++) runAudit(r);
let t = performance.now(); for (let i = 0; i < 50; i++) extractSnapshot(parseHTML(html).document as any); console.log('dom+extract', ((performance.now() - t) / 50).toFixed(2));
t = performance.now(); for (let i = 0; i < 50; i++) parseReport(s); console.log('parse', ((performance.now() - t) / 50).toFixed(2));
t = performance.now(); for (let i = 0; i < 50; i++) runAudit(r); console.log('rules', ((performance.now() - t) / 50).toFixed(2));
const per: [string, number][] = [];
for (const rule of RULES) { const t0 = performance.now(); for (let i = 0; i < 50; i++) runAudit(r, { rules: [rule] }); per.push([rule.id, (performance.now() - t0) / 50]); }
console.log(per.sort((a, b) => b[1] - a[1]).slice(0, 10).map(([id, ms]) => `${id} ${ms.toFixed(2)}`).join(', '));
