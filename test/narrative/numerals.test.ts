import { describe, expect, it } from 'vitest';
import { parseChineseNumeral } from '../../lib/narrative/numerals';
import { findQuantities } from '../../lib/narrative/quantities';

const read = (text: string) => findQuantities(text.normalize('NFKC')).map((q) => [q.value, q.unit]);

describe('parseChineseNumeral', () => {
  it('reads small numbers, tens and hundreds', () => {
    expect(['三', '两', '十', '十二', '二十', '二十三', '一百零五', '零'].map(parseChineseNumeral)).toEqual([3, 2, 10, 12, 20, 23, 105, 0]);
  });

  it('reads year digits positionally and rejects non-numerals', () => {
    expect(parseChineseNumeral('二〇二二')).toBe(2022);
    expect(parseChineseNumeral('三四十')).toBeNull();
    expect(parseChineseNumeral('三公')).toBeNull();
  });
});

describe('findQuantities with Chinese numerals', () => {
  it('reads 三次, 两个, 十二件 (seed 001: 统一培训3次 and 培训三次)', () => {
    expect(read('举办业务培训三次，设立两个窗口专区，办理十二件。')).toEqual([[3, '次'], [2, '个'], [12, '件']]);
  });

  it('does not read idioms or dates: 一件事, 一是, 一次性, 一站式, 二次审核, 二〇二二年一月十七日', () => {
    expect(read('推进“一件事”改革，一是一次性告知，推行“一站式”服务，联络员进行二次审核，二〇二二年一月十七日。')).toEqual([]);
  });

  it('does not read ordinals (第三次) or 十九届', () => {
    expect(read('第三次会议，十九届五中全会')).toEqual([]);
  });

  it('keeps 万元 as the unit of money and records what is counted', () => {
    const [money] = findQuantities('采购总金额22.64万元');
    expect([money?.value, money?.unit]).toEqual([22.64, '万元']);
    const [docs] = findQuantities('其中:组织机构4条'.normalize('NFKC'));
    expect(docs?.counted).toBe('组织机构');
  });
});
