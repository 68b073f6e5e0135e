import { describe, expect, it } from 'vitest';
import { WORDS } from '../../../lib/pages/words';
import {
  normalizeText,
  readCount,
  readDeadline,
  readLongId,
  readOrderId,
  readProvince,
  readRemaining,
  readTime,
  type Read,
} from '../../../lib/pages/text';

const at = (iso: string): number => Date.parse(iso);
const NOW = at('2022-12-20T12:00:00+08:00');
const H = 3_600_000;
const M = 60_000;
const S = 1000;

function expectValue<T>(r: Read<T>): T {
  if (!r.ok) throw new Error(`expected a value, got problem: ${r.problem}`);
  return r.value;
}
function expectProblem<T>(r: Read<T>): string {
  if (r.ok) throw new Error(`expected a problem, got ${String(r.value)}`);
  expect(r.problem.length).toBeGreaterThan(0);
  return r.problem;
}

describe('normalizeText', () => {
  it('trims, collapses NBSP / U+3000 / runs of whitespace, folds full-width, converts to Simplified', () => {
    expect(normalizeText('  申請時間：\u00a0２０２２／１２／０５\u3000\u3000１０：００ \n')).toBe('申请时间: 2022/12/05 10:00');
    expect(normalizeText('剩餘23小時59分鐘')).toBe('剩余23小时59分钟');
    expect(normalizeText('回答（１２）')).toBe('回答(12)');
    expect(normalizeText('a\u200bb')).toBe('ab');
  });
});

describe('readTime', () => {
  const cases: [string, string][] = [
    ['2022-12-05 10:00:00', '2022-12-05T10:00:00+08:00'],
    ['2022-12-05 10:00', '2022-12-05T10:00:00+08:00'],
    ['2022/12/05 10:00', '2022-12-05T10:00:00+08:00'],
    ['2022/12/5 9:05', '2022-12-05T09:05:00+08:00'],
    ['2022-12-05', '2022-12-05T00:00:00+08:00'],
    ['2022-12-05 00:00:00', '2022-12-05T00:00:00+08:00'],
    ['2022-12-31 23:59:59', '2022-12-31T23:59:59+08:00'],
    ['2024-02-29 08:00', '2024-02-29T08:00:00+08:00'],
    ['2000-02-29', '2000-02-29T00:00:00+08:00'],
    ['2022.12.05 10:00', '2022-12-05T10:00:00+08:00'],
    ['12-05 10:00', '2022-12-05T10:00:00+08:00'],
    ['12/05 10:00', '2022-12-05T10:00:00+08:00'],
    ['12-05 10:00:30', '2022-12-05T10:00:30+08:00'],
    ['2022年12月5日 10:00', '2022-12-05T10:00:00+08:00'],
    ['2022年12月5日10:00:01', '2022-12-05T10:00:01+08:00'],
    ['2022年12月5日', '2022-12-05T00:00:00+08:00'],
    ['2022 年 12 月 5 日 10:00', '2022-12-05T10:00:00+08:00'],
    ['12月5日 10:00', '2022-12-05T10:00:00+08:00'],
    ['12月5日', '2022-12-05T00:00:00+08:00'],
    ['申请时间:2022-12-05 10:00:00', '2022-12-05T10:00:00+08:00'],
    ['  申请时间： 2022-12-05 10:00:00  ', '2022-12-05T10:00:00+08:00'],
    ['创建于 2022/12/05 10:00 (已超时)', '2022-12-05T10:00:00+08:00'],
    ['今天 10:00', '2022-12-20T10:00:00+08:00'],
    ['昨天 23:30', '2022-12-19T23:30:00+08:00'],
    ['前天 08:00', '2022-12-18T08:00:00+08:00'],
    ['明天 09:00:05', '2022-12-21T09:00:05+08:00'],
    // Traditional and full-width
    ['申請時間：2022-12-05 10:00:00', '2022-12-05T10:00:00+08:00'],
    ['２０２２／１２／０５ １０：００', '2022-12-05T10:00:00+08:00'],
    ['2022年12月5日\u300010:00', '2022-12-05T10:00:00+08:00'],
    ['創建時間 12月5日 10:00', '2022-12-05T10:00:00+08:00'],
  ];
  it.each(cases)('%s → %s', (text, iso) => {
    expect(expectValue(readTime(text, NOW))).toBe(at(iso));
  });

  it('reads Shanghai wall time whatever the process zone (midnight crosses the UTC date)', () => {
    expect(expectValue(readTime('2022-12-05 07:30', NOW))).toBe(Date.UTC(2022, 11, 4, 23, 30));
  });

  describe('month-day without a year', () => {
    it('takes the Shanghai year of now', () => {
      expect(expectValue(readTime('03-01 08:00', at('2022-06-01T12:00:00+08:00')))).toBe(at('2022-03-01T08:00:00+08:00'));
      // 2022-12-31T16:30Z is already 2023-01-01 in Shanghai
      expect(expectValue(readTime('01-01 00:10', Date.UTC(2022, 11, 31, 16, 30)))).toBe(at('2023-01-01T00:10:00+08:00'));
    });
    it('reads a past-facing month-day as the latest such instant not after now (the previous year across New Year)', () => {
      const jan2 = at('2023-01-02T09:00:00+08:00');
      expect(expectValue(readTime('12-30 10:00', jan2))).toBe(at('2022-12-30T10:00:00+08:00'));
      expect(expectValue(readTime('12月30日 10:00', jan2))).toBe(at('2022-12-30T10:00:00+08:00'));
      expect(expectValue(readTime('07-15 10:00', jan2))).toBe(at('2022-07-15T10:00:00+08:00'));
      expect(expectValue(readTime('01-05 10:00', jan2))).toBe(at('2022-01-05T10:00:00+08:00'));
      // the after-sales trace form, seconds and slashes
      expect(expectValue(readTime('09/09 23:18:34', at('2026-09-10T08:00:00+08:00')))).toBe(at('2026-09-09T23:18:34+08:00'));
      expect(expectValue(readTime('09/09 23:18:34', at('2026-09-09T23:00:00+08:00')))).toBe(at('2025-09-09T23:18:34+08:00'));
    });
    it('allows a past-facing time a few minutes after now (clocks differ)', () => {
      const now = at('2022-12-31T23:58:00+08:00');
      expect(expectValue(readTime('12-31 23:59', now))).toBe(at('2022-12-31T23:59:00+08:00'));
      expect(expectValue(readTime('12-31 23:59', now, 'past'))).toBe(at('2022-12-31T23:59:00+08:00'));
    });
    it('reads a future-facing month-day (a deadline) as the nearest such instant from now on (the next year across New Year)', () => {
      const dec30 = at('2022-12-30T09:00:00+08:00');
      expect(expectValue(readTime('01-02 23:59', dec30, 'future'))).toBe(at('2023-01-02T23:59:00+08:00'));
      expect(expectValue(readTime('12-31 10:00', dec30, 'future'))).toBe(at('2022-12-31T10:00:00+08:00'));
      expect(expectValue(readTime('12-30 08:55', dec30, 'future'))).toBe(at('2022-12-30T08:55:00+08:00'));
      expect(expectValue(readTime('12-29 10:00', dec30, 'future'))).toBe(at('2023-12-29T10:00:00+08:00'));
      expect(expectValue(readDeadline('截止时间 01/02 23:59', dec30))).toBe(at('2023-01-02T23:59:00+08:00'));
    });
    it('checks Feb 29 against the chosen year', () => {
      expect(expectValue(readTime('02-29 10:00', at('2024-03-10T00:00:00+08:00')))).toBe(at('2024-02-29T10:00:00+08:00'));
      // now 2025-01-10: the last Feb 29 was 2024's; the next Feb 29 from now would be in 2025, which has none
      expect(expectValue(readTime('02-29 10:00', at('2025-01-10T00:00:00+08:00')))).toBe(at('2024-02-29T10:00:00+08:00'));
      expectProblem(readTime('02-29 10:00', at('2025-01-10T00:00:00+08:00'), 'future'));
    });
  });

  const invalid = [
    '2022-02-30',
    '2022-02-29 10:00',
    '2023-02-29',
    '2022-13-01',
    '2022-00-10',
    '2022-04-31 10:00',
    '2022-12-00',
    '2022-12-05 25:61',
    '2022-12-05 24:00',
    '2022-12-05 10:60',
    '2022-12-05 10:00:60',
    '25:61',
    '10:00',
    '昨天 25:61',
    '13-05 10:00',
    '12-32 10:00',
    '2022年2月30日',
    '1985-06-01',
    '',
    '   ',
    '---',
    '-',
    '暂无',
    '12-05',
    '剩余23小时59分',
    '2022-12-05 10:00:0',
    '2022年12月5日 10点',
    '20221205',
  ];
  it.each(invalid)('%j is a problem', (text) => {
    expect(expectProblem(readTime(text, NOW))).toContain(`'`);
  });

  it('quotes the text in its problem, truncated', () => {
    expect(expectProblem(readTime('昨天 25:61', NOW))).toMatch(/'昨天 25:61'$/);
    expect(expectProblem(readTime('x'.repeat(100), NOW))).toBe(`unreadable time '${'x'.repeat(40)}…'`);
  });

  it('needs a finite now only for month-day and relative forms', () => {
    expect(expectValue(readTime('2022-12-05', Number.NaN))).toBe(at('2022-12-05T00:00:00+08:00'));
    expectProblem(readTime('12-05 10:00', Number.NaN));
    expectProblem(readTime('今天 10:00', Number.POSITIVE_INFINITY));
  });
});

describe('readRemaining', () => {
  const cases: [string, number][] = [
    ['剩余23小时59分', 23 * H + 59 * M],
    ['剩余 23 小时 59 分钟', 23 * H + 59 * M],
    ['3天18小时', (3 * 24 + 18) * H],
    ['3天', 72 * H],
    ['18小时', 18 * H],
    ['45分钟', 45 * M],
    ['30秒', 30 * S],
    ['1天2小时3分4秒', 26 * H + 3 * M + 4 * S],
    ['23时59分', 23 * H + 59 * M],
    ['3个小时', 3 * H],
    ['还剩 05:12:33', 5 * H + 12 * M + 33 * S],
    ['05:12', 5 * H + 12 * M],
    ['剩1天02:03:04', 26 * H + 3 * M + 4 * S],
    ['剩余0秒', 0],
    ['90分钟后关闭', 90 * M],
    // Traditional / full-width
    ['剩餘23小時59分', 23 * H + 59 * M],
    ['還剩 05:12:33', 5 * H + 12 * M + 33 * S],
    ['3天18小時', 90 * H],
    ['剩餘 45 分鐘', 45 * M],
    ['還剩　０５：１２：３３', 5 * H + 12 * M + 33 * S],
    // overdue
    ['已超时2小时', -2 * H],
    ['超時 2小時', -2 * H],
    ['已超时1天3小时', -27 * H],
    ['逾期 30分钟', -30 * M],
    ['已超时0分', 0],
  ];
  it.each(cases)('%s → %d ms', (text, ms) => {
    expect(expectValue(readRemaining(text))).toBe(ms);
  });

  const invalid = [
    '',
    '   ',
    '---',
    '剩余',
    '3',
    '23 59',
    '回答(12)',
    '3天18',
    '25:61',
    '05:60',
    '昨天 25:61',
    '2022-12-05 10:00',
    '12-05 10:00',
    '小时',
    '3小时3天',
  ];
  it.each(invalid)('%j is a problem', (text) => {
    expectProblem(readRemaining(text));
  });
});

describe('readDeadline', () => {
  it('adds a countdown to now', () => {
    expect(expectValue(readDeadline('剩余23小时59分', NOW))).toBe(at('2022-12-21T11:59:00+08:00'));
    expect(expectValue(readDeadline('還剩 05:12:33', NOW))).toBe(at('2022-12-20T17:12:33+08:00'));
    expect(expectValue(readDeadline('剩1天02:03:04', NOW))).toBe(at('2022-12-21T14:03:04+08:00'));
    expect(expectValue(readDeadline('已超时2小时', NOW))).toBe(at('2022-12-20T10:00:00+08:00'));
  });
  it('takes an absolute time when the text is one', () => {
    expect(expectValue(readDeadline('截止 2022-12-15 23:59:59', NOW))).toBe(at('2022-12-15T23:59:59+08:00'));
    expect(expectValue(readDeadline('12-25 18:00前', NOW))).toBe(at('2022-12-25T18:00:00+08:00'));
    expect(expectValue(readDeadline('截止時間：2022年12月25日 18:00', NOW))).toBe(at('2022-12-25T18:00:00+08:00'));
  });
  it('does not read an impossible absolute time as a countdown', () => {
    expect(expectProblem(readDeadline('昨天 25:61', NOW))).toContain('昨天 25:61');
    expectProblem(readDeadline('截止 2022-02-30', NOW));
  });
  it.each(['', '---', '截止', '3'])('%j is a problem', (text) => {
    expectProblem(readDeadline(text, NOW));
  });
  it('is a problem when now is not an instant', () => {
    expectProblem(readDeadline('3天', Number.NaN));
  });
});

describe('readCount', () => {
  const cases: [string, number][] = [
    ['3', 3],
    ['0', 0],
    ['共3条', 3],
    ['共 3 條', 3],
    ['3个回答', 3],
    ['3個回答', 3],
    ['回答(12)', 12],
    ['回答（１２）', 12],
    ['1,234', 1234],
    ['共1,234,567条', 1234567],
    ['99+', 99],
    ['暂无回答', 0],
    ['暫無回答', 0],
    ['沒有回答', 0],
  ];
  it.each(cases)('%s → %d', (text, n) => {
    expect(expectValue(readCount(text))).toBe(n);
  });
  it.each(['', '---', '回答', '1/3', '1.5', '2022-12-05', '1,2345', '9'.repeat(20)])('%j is a problem', (text) => {
    expectProblem(readCount(text));
  });
});

describe('readProvince', () => {
  const cases: [string, string][] = [
    ['浙江省杭州市西湖区文三路 100 号', '浙江省'],
    ['新疆维吾尔自治区乌鲁木齐市天山区', '新疆维吾尔自治区'],
    ['寧夏回族自治區銀川市興慶區', '宁夏回族自治区'],
    ['内蒙古自治区呼和浩特市', '内蒙古自治区'],
    ['內蒙古自治區呼和浩特市', '内蒙古自治区'],
    ['北京市朝阳区建国路', '北京市'],
    ['北京 北京市 朝阳区', '北京市'],
    ['广西壮族自治区南宁市', '广西壮族自治区'],
    ['廣西壯族自治區南寧市', '广西壮族自治区'],
    ['西藏自治区拉萨市', '西藏自治区'],
    ['黑龍江省哈爾濱市', '黑龙江省'],
    ['陝西省西安市', '陕西省'],
    ['山西省太原市', '山西省'],
    ['香港特別行政區九龍', '香港特别行政区'],
    ['香港 九龙 旺角', '香港特别行政区'],
    ['澳門特別行政區', '澳门特别行政区'],
    ['臺灣省臺北市', '台湾省'],
    ['台湾 台北市', '台湾省'],
    ['浙江省 杭州市 ***', '浙江省'],
    ['浙江 杭州市 西湖区 ****', '浙江省'],
    ['浙江西湖区', '浙江省'],
    ['张三 138****0000 江苏省南京市海南路 1 号', '江苏省'],
    ['收货地址：重慶市渝中區', '重庆市'],
  ];
  it.each(cases)('%s → %s', (text, province) => {
    expect(expectValue(readProvince(text))).toBe(province);
  });
  it('knows 34 province-level names', () => {
    const PROVINCES = WORDS.provinces;
    expect(PROVINCES).toHaveLength(34);
    expect(new Set(PROVINCES).size).toBe(34);
    for (const p of PROVINCES) expect(expectValue(readProvince(`${p}某某路`))).toBe(p);
  });
  it.each(['', '---', '***', '杭州市西湖区'])('%j is a problem', (text) => {
    expectProblem(readProvince(text));
  });
});

describe('readOrderId / readLongId', () => {
  it('takes the first run of 15+ digits', () => {
    expect(expectValue(readOrderId('订单号:3012345678901234567'))).toBe('3012345678901234567');
    expect(expectValue(readOrderId('訂單號：３０１２３４５６７８９０１２３４５６７ 复制'))).toBe('3012345678901234567');
    expect(expectValue(readLongId('工单 123456789012345 / 订单 3012345678901234567'))).toBe('123456789012345');
    expect(expectValue(readLongId('电话 13800000000 工单号 20221205000000123'))).toBe('20221205000000123');
  });
  it.each(['', '---', '12345678901234', '2022-12-05 10:00:00'])('%j is a problem', (text) => {
    expectProblem(readOrderId(text));
    expectProblem(readLongId(text));
  });
});
