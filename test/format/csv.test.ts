import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvField, formatCsv } from '../../lib/format/csv';
import { sampleResult } from './fixtures';
import { parseCsv } from './read-csv';

describe('csvField', () => {
  it('quotes commas, quotes and line breaks (RFC 4180) and leaves plain text alone', () => {
    expect(csvField('表三')).toBe('表三');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    expect(csvField('=1+2')).toBe("'=1+2");
    expect(csvField('+86')).toBe("'+86");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"');
    expect(csvField('1-2')).toBe('1-2');
  });
});

describe('formatCsv', () => {
  it('starts with a UTF-8 BOM, ends lines with CRLF and has one row per finding', () => {
    const csv = formatCsv(sampleResult());
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.length === rows[0]?.length)).toBe(true);
    expect(rows[0]?.[0]).toBe('规则');
    const [, total, hostile] = rows;
    expect(total?.slice(0, 7)).toEqual(['T3-02', '表三 依申请公开', '错误', '表三（七）总计等于各办理结果之和', '「（七）总计·总计」为 4，但各办理结果之和为 0', '0', '4']);
    expect(total?.[7]).toBe('（七）总计 / 总计（4）');
    expect(hostile?.[2]).toBe('需复核');
    expect(hostile?.[4]).toBe('\'=HYPERLINK("http://evil","点我"), *粗体* [链接](http://x)');
    expect(hostile?.[6]).toBe("'-1");
    expect(hostile?.[7]).toBe("'+未收到申请");
  });

  it('writes English headers and text for the English UI', () => {
    const rows = parseCsv(formatCsv(sampleResult(), { lang: 'en' }).slice(1));
    expect(rows[0]?.[0]).toBe('rule');
    expect(rows[2]?.[4]).toBe('\'@SUM(A1), "quoted"\nsecond line');
    expect(rows[2]?.[2]).toBe('needs review');
  });
});
