// Findings as text only: page snippets are hostile data and are never rendered as HTML.
import type { Finding } from '../../../lib/schema/audit';

const SEVERITY: Record<Finding['severity'], { zh: string; en: string }> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
};

export function FindingList({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) {
    return <p class="none">未发现问题 <span class="en">No problems found</span></p>;
  }
  return (
    <ol class="findings" aria-label="问题 / Findings">
      {findings.map((f, i) => (
        <FindingItem key={`${f.ruleId}-${i}`} finding={f} />
      ))}
    </ol>
  );
}

function FindingItem({ finding: f }: { finding: Finding }) {
  const sev = SEVERITY[f.severity];
  const snippets = f.locators.map((l) => l.snippet).filter((s) => s.length > 0);
  return (
    <li class={`finding finding-${f.severity}`} data-rule={f.ruleId}>
      <div class="finding-head">
        <span class="rule">{f.ruleId}</span>
        <span class={`sev sev-${f.severity}`}>
          {sev.zh} <span class="en">{sev.en}</span>
        </span>
        {f.outcome === 'needs-review' ? <span class="sev sev-review">需复核</span> : null}
      </div>
      <p class="finding-title">
        {f.title.zh} <span class="en">{f.title.en}</span>
      </p>
      <p class="finding-message">{f.message.zh}</p>
      <p class="finding-message en">{f.message.en}</p>
      {f.expected !== null || f.actual !== null ? (
        <dl class="expect">
          <div>
            <dt>应为 <span class="en">expected</span></dt>
            <dd>{f.expected ?? '—'}</dd>
          </div>
          <div>
            <dt>实为 <span class="en">found</span></dt>
            <dd>{f.actual ?? '—'}</dd>
          </div>
        </dl>
      ) : null}
      {snippets.length > 0 ? (
        <div class="where">
          <span class="where-label">位置 <span class="en">where</span></span>
          <ul>
            {snippets.slice(0, 6).map((s, i) => (
              <li key={i}>
                <q>{s}</q>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}
