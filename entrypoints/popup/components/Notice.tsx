// A plain state message in the UI language.
interface Props {
  text: string;
  tone?: 'info' | 'warn' | 'error';
  busy?: boolean;
  detail?: string;
}

export function Notice({ text, tone = 'info', busy = false, detail }: Props) {
  return (
    <div class={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'} aria-busy={busy}>
      <p>{text}</p>
      {detail ? <p class="detail">{detail}</p> : null}
    </div>
  );
}
