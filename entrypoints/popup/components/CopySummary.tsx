// Copies the same text the CLI prints. The clipboard is written from the popup (a secure context),
// never from the page, which may be plain http.
import { useState } from 'preact/hooks';
import type { AuditResult } from '../../../lib/schema/audit';
import { formatSummary } from '../../../lib/format/summary';

export function CopySummary({ result }: { result: AuditResult }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(formatSummary(result));
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <div class="copy">
      <button type="button" onClick={copy}>
        复制审核摘要 <span class="en">Copy audit summary</span>
      </button>
      <span class="copy-state" role="status" aria-live="polite">
        {state === 'copied' ? '已复制 / Copied' : state === 'failed' ? '复制失败 / Copy failed' : ''}
      </span>
    </div>
  );
}
