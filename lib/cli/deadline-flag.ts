// --deadline TYPE=MM-DD[,MM-DD]: overrides one issuer type's D-04 deadline. One date sets the
// error deadline only (no warning stage); two set the warning and then the error deadline.
import { DeadlineSchema, ISSUER_TYPES, type IssuerType, type Settings } from '../settings';

export const DEADLINE_USAGE = `--deadline TYPE=MM-DD[,MM-DD] (TYPE: ${ISSUER_TYPES.join('|')}; one date = error after; two = warn after, error after)`;

/** Applies one flag value to `settings`; returns the new settings or an error message. */
export function applyDeadlineFlag(settings: Settings, value: string | undefined): Settings | string {
  const match = /^([a-z]+)=(\d{2}-\d{2})(?:,(\d{2}-\d{2}))?$/.exec((value ?? '').trim());
  if (!match) return `bad --deadline value: ${value ?? '(none)'}; expected ${DEADLINE_USAGE}`;
  const [, type = '', first = '', second] = match;
  if (!(ISSUER_TYPES as readonly string[]).includes(type)) return `unknown issuer type in --deadline: ${type}`;
  const deadline = DeadlineSchema.safeParse(second ? { warnAfter: first, errorAfter: second } : { warnAfter: null, errorAfter: first });
  if (!deadline.success) return `invalid date in --deadline: ${value}`;
  if (deadline.data.warnAfter !== null && deadline.data.warnAfter > deadline.data.errorAfter) {
    return `--deadline ${type}: the warning date must not be after the error date`;
  }
  return { ...settings, deadlines: { ...settings.deadlines, [type as IssuerType]: deadline.data } };
}
