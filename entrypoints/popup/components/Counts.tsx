import type { AuditResult } from '../../../lib/schema/audit';

export function Counts({ counts }: { counts: AuditResult['counts'] }) {
  return (
    <ul class="counts" aria-label="统计 / Counts">
      <li class="count count-error">
        <strong>{counts.error}</strong> 错误 <span class="en">errors</span>
      </li>
      <li class="count count-warning">
        <strong>{counts.warning}</strong> 警告 <span class="en">warnings</span>
      </li>
      <li class="count count-review">
        <strong>{counts.needsReview}</strong> 需复核 <span class="en">to review</span>
      </li>
    </ul>
  );
}
