// A plain state message, Chinese first with English beside.
interface Props {
  zh: string;
  en: string;
  tone?: 'info' | 'warn' | 'error';
  busy?: boolean;
  detail?: string;
}

export function Notice({ zh, en, tone = 'info', busy = false, detail }: Props) {
  return (
    <div class={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'} aria-busy={busy}>
      <p>
        {zh} <span class="en">/ {en}</span>
      </p>
      {detail ? <p class="detail">{detail}</p> : null}
    </div>
  );
}
