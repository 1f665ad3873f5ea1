// Table 三 as Word exports it: spans on label and header cells, <p><span>…<o:p></o:p></span></p>
// in every cell, &nbsp; in blank ones. Values are given per row id; null renders a blank cell.
import { T3_ROWS, type TemplateVersion } from '../../lib/report/templates';

const cell = (text: string, attrs = '') =>
  `<td ${attrs} style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class=MsoNormal align=center><span style="font-size:9.0pt">${text}</span><o:p></o:p></p></td>`;

export function wordTable3(template: TemplateVersion, values: Record<string, (number | string | null)[]>): string {
  const rows = T3_ROWS[template];
  const value = (v: number | string | null | undefined) => cell(v === null || v === undefined ? '&nbsp;' : String(v));
  const header = [
    `<tr>${cell('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 'rowspan=3 colspan=3')}${cell('申请人情况', 'colspan=7')}</tr>`,
    `<tr>${cell('自然人', 'rowspan=2')}${cell('法人或其他组织', 'colspan=5')}${cell('总计', 'rowspan=2')}</tr>`,
    `<tr>${['商业</span></p><p class=MsoNormal><span>企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((t) => cell(t)).join('')}</tr>`,
  ];
  const groupSizes: Record<string, number> = {};
  for (const row of rows) if (row.group) groupSizes[row.group] = (groupSizes[row.group] ?? 0) + 1;
  const outcomeCount = rows.filter((row) => row.leaf).length + 1; // leaves + （七）总计
  const seenGroups = new Set<string>();
  const body = rows.map((row) => {
    const cells = (values[row.id] ?? new Array(7).fill(0)).map(value).join('');
    let labels: string;
    if (row.id === 'new' || row.id === 'carried' || row.id === 'forward') labels = cell(row.label, 'colspan=3');
    else {
      const outcomesHead = row.id === 'granted' ? cell('三、本年度办理结果', `rowspan=${outcomeCount}`) : '';
      if (row.group) {
        const groupHead = seenGroups.has(row.group) ? '' : cell(row.group, `rowspan=${groupSizes[row.group]}`);
        seenGroups.add(row.group);
        labels = outcomesHead + groupHead + cell(row.label);
      } else labels = outcomesHead + cell(row.label, 'colspan=2');
    }
    return `<tr>${labels}${cells}</tr>`;
  });
  return `<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0><tbody>${[...header, ...body].join('\n')}</tbody></table>`;
}
