// Page title and publication date: the `<title>`, publication-date `<meta>` tags, or a
// "发布时间：…" line near the top of the page.
import { normalizeText } from './normalize';

/** `<meta name|property>` values naming the publication date, most specific first (lower case). */
const DATE_META_NAMES = [
  'pubdate', 'publishdate', 'publish_date', 'publish-date', 'publishtime', 'publish_time',
  'article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished',
  'dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dcterms.created', 'dc.date',
  'firstpublishedtime', 'releasedate', 'date',
];

const TITLE_MAX = 2000;
const DATE_MAX = 100;

export function pageTitle(doc: Document): string {
  const title = doc.querySelector('title');
  const text = normalizeText(title?.textContent ?? '');
  if (text) return text.slice(0, TITLE_MAX);
  const heading = doc.querySelector('h1');
  return normalizeText(heading?.textContent ?? '').slice(0, TITLE_MAX);
}

/** Publication date from `<meta>` tags, as written there; null when none. */
export function publishedAtFromMeta(doc: Document): string | null {
  const found = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('name') ?? meta.getAttribute('property') ?? meta.getAttribute('itemprop') ?? '')
      .trim()
      .toLowerCase();
    if (!key || found.has(key)) continue;
    const content = normalizeText(meta.getAttribute('content') ?? '');
    if (content && /\d/.test(content)) found.set(key, content.slice(0, DATE_MAX));
  }
  for (const name of DATE_META_NAMES) {
    const value = found.get(name);
    if (value) return value;
  }
  return null;
}

const DATE = String.raw`\d{4}\s*(?:[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?`;
// "发布时间 2022-01-17", "发布日期:2022年01月17日", "时间:2022/1/17" — a bare 时间 only when it is not
// the end of a longer word (统计时间: is the reporting period, not the publication date).
const LABELLED_DATE = new RegExp(
  String.raw`(?:(?:发布|公开|发表)(?:时间|日期)\s*[:]?|(?:^|[^\p{Script=Han}])(?:时间|日期)\s*:)\s*(${DATE})(?![\d日:至到~]|\s*[至到~-])`,
  'u',
);

/** The date in a "发布时间：…" style text (already normalised: NFKC turns ： into :), or null. */
export function publishedAtFromText(text: string): string | null {
  if (!text.includes('时间') && !text.includes('日期')) return null;
  const match = LABELLED_DATE.exec(text);
  return match?.[1] ? match[1].trim().slice(0, DATE_MAX) : null;
}
