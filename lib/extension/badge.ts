// The toolbar badge, computed from the stored result only.
import { browser } from 'wxt/browser';
import type { AuditResult } from '../schema/audit';

export const BADGE_COLORS = {
  error: '#D93025',
  warning: '#F29900',
  clean: '#188038',
  partial: '#5F6368',
} as const;

export interface BadgeState {
  text: string;
  color: string | null;
  title: string;
}

const DEFAULT_TITLE = '年报核查 · Annual Report Auditor';

/** What the badge shows for a result: empty text for no result, a page that is no report, or an old format. */
export function badgeFor(result: AuditResult | null): BadgeState {
  if (!result || result.status === 'not-report') return { text: '', color: null, title: DEFAULT_TITLE };
  if (result.status === 'too-large') {
    return { text: '!', color: BADGE_COLORS.partial, title: `${DEFAULT_TITLE}\n页面过大，未审核 / page too large, not audited` };
  }
  if (result.status === 'old-format') {
    return { text: '', color: null, title: `${DEFAULT_TITLE}\n旧版格式，未审核 / old format, not audited` };
  }
  const { error, warning, needsReview } = result.counts;
  const counts = `错误 ${error} · 警告 ${warning} · 需复核 ${needsReview}\n` +
    `${error} error(s) · ${warning} warning(s) · ${needsReview} to review`;
  const partial = result.reading.partial;
  const title = `${DEFAULT_TITLE}\n${counts}` + (partial ? '\n页面未能完整读取 / page only partly read' : '');
  // A partial reading is grey whatever was found: what was not read is not known to be correct.
  if (partial) return { text: error > 99 ? '99+' : String(error), color: BADGE_COLORS.partial, title };
  if (error > 0) return { text: error > 99 ? '99+' : String(error), color: BADGE_COLORS.error, title };
  // Only warnings: the text stays the error count (0), the colour tells there is something to read.
  if (warning > 0) return { text: '0', color: BADGE_COLORS.warning, title };
  return { text: '✓', color: BADGE_COLORS.clean, title };
}

type ActionApi = typeof browser.action;

/** `action` in MV3; Firefox's MV2 build has the same calls under `browserAction`. */
function actionApi(): ActionApi {
  const api = browser as typeof browser & { browserAction?: ActionApi };
  return browser.action ?? api.browserAction;
}

export async function applyBadge(tabId: number, result: AuditResult | null): Promise<void> {
  const state = badgeFor(result);
  const action = actionApi();
  await action.setBadgeText({ tabId, text: state.text });
  if (state.color) await action.setBadgeBackgroundColor({ tabId, color: state.color });
  await action.setTitle({ tabId, title: state.title });
}
