import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../lib/format/summary';
import { runAudit as runAll } from '../../lib/audit';
import { FIRST_PATH_RULES } from '../helpers/first-path-rules';

const runAudit: typeof runAll = (report, options) => runAll(report, { rules: FIRST_PATH_RULES, ...options });
import { buildReport } from '../helpers/report-builder';

describe('summary verdict when the reading is partial', () => {
  it('never says the report is clean when tables were not read', () => {
    const report = buildReport({ year: 2021, template: '2021' });
    const clean = runAudit(report);
    expect(formatSummary(clean)).toContain('结论：未发现问题');
    const partial = runAudit({ ...report, reading: { ...report.reading, partial: true } });
    const text = formatSummary(partial);
    expect(text).not.toContain('结论：未发现问题\n');
    expect(text).toContain('不能据此认定无误');
    expect(formatSummary(partial, { lang: 'en' })).toContain('not read completely');
  });
});
