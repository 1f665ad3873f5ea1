// One stored audit result: facts, counts, reading notices, findings and the copy button.
import type { AuditResult } from '../../../lib/schema/audit';
import { Notice } from './Notice';
import { Counts } from './Counts';
import { FindingList } from './FindingList';
import { CopySummary } from './CopySummary';

const TEMPLATE_LABEL: Record<string, string> = { '2019': '2019版', '2021': '2021版' };

export function ResultView({ result }: { result: AuditResult }) {
  if (result.status === 'not-report') {
    return (
      <Notice
        zh="此页面不是政府信息公开工作年度报告"
        en="This page is not an annual report"
      />
    );
  }
  const { report } = result;
  return (
    <>
      <section class="facts" aria-label="报告 / Report">
        <h2 class="title">{report.title || result.page.title}</h2>
        <dl>
          <div>
            <dt>年度 <span class="en">Year</span></dt>
            <dd>{report.year ?? '—'}</dd>
          </div>
          <div>
            <dt>格式 <span class="en">Template</span></dt>
            <dd>{report.template ? TEMPLATE_LABEL[report.template] : '—'}</dd>
          </div>
          {report.agency ? (
            <div>
              <dt>机关 <span class="en">Agency</span></dt>
              <dd>{report.agency}</dd>
            </div>
          ) : null}
        </dl>
      </section>
      {result.status === 'old-format' ? (
        <Notice tone="warn" zh="旧版格式，未审核" en="old format, not audited" />
      ) : (
        <>
          <Counts counts={result.counts} />
          {!result.reading.table3.found ? (
            <Notice tone="warn" zh="表三未能读取" en="table 三 could not be read" />
          ) : null}
          <FindingList findings={result.findings} />
          <CopySummary result={result} />
        </>
      )}
    </>
  );
}
