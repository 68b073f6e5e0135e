import { format } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { toSimplified } from '../../../lib/chinese';
import { describe, expect, it } from 'vitest';
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

const H = 3_600_000;
const DAY = 24 * H;
const FROM_2000 = Date.parse('2000-01-01T00:00:00+08:00');
const TO_2099 = Date.parse('2099-12-31T23:59:59.999+08:00');

/** Pieces the parsers look for, so that generated text reaches their inner paths. */
const PIECES = [
  '0', '1', '2', '5', '9', '12', '23', '29', '30', '59', '60', '2022', '2024', '1,234', '３', '：', '／',
  '-', '/', '.', ':', ' ', '\u3000', '\u00a0', '年', '月', '日', '天', '小时', '小時', '时', '分', '分钟', '秒',
  '剩余', '剩餘', '还剩', '還剩', '已超时', '超時', '逾期', '截止', '今天', '昨天', '明天', '共', '条', '個',
  '回答', '(', ')', '（', '）', '+', '暂无', '暫無', '浙江', '省', '内蒙古', '自治区', '自治區', '寧夏', 'T', 'Z',
];
const pieced = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((xs) => xs.join(''));
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }), // any code point, lone surrogates included
  fc.string({ unit: 'grapheme' }),
  pieced,
  pieced,
  pieced,
);
/** Any `now`, sometimes not an instant at all. */
const now = fc.oneof(
  fc.integer({ min: FROM_2000 - 400 * DAY, max: TO_2099 + 400 * DAY }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 0, -1),
);

function wellFormed<T>(r: Read<T>, okValue: (v: T) => boolean): boolean {
  return r.ok ? okValue(r.value) : typeof r.problem === 'string' && r.problem.length > 0;
}
const finite = (v: number): boolean => Number.isFinite(v);
const nonEmpty = (v: string): boolean => typeof v === 'string' && v.length > 0;

describe('readers on arbitrary text', () => {
  it('never throw; ok values are finite numbers or non-empty strings; problems are non-empty', () => {
    fc.assert(
      fc.property(text, now, (t, n) => {
        expect(wellFormed(readTime(t, n), finite)).toBe(true);
        expect(wellFormed(readRemaining(t), finite)).toBe(true);
        expect(wellFormed(readDeadline(t, n), finite)).toBe(true);
        expect(wellFormed(readCount(t), (v) => Number.isSafeInteger(v) && v >= 0)).toBe(true);
        expect(wellFormed(readProvince(t), nonEmpty)).toBe(true);
        expect(wellFormed(readOrderId(t), (v) => /^\d{15,}$/.test(v))).toBe(true);
        expect(wellFormed(readLongId(t), (v) => /^\d{15,}$/.test(v))).toBe(true);
        expect(typeof normalizeText(t)).toBe('string');
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a number the same with bidi controls and other invisible characters inside it', () => {
    const invisible = fc.constantFrom('\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c', '\u200b', '\u2060', '\u00ad', '\ufeff');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...'0123456789'), fc.option(invisible, { nil: '' })), { minLength: 15, maxLength: 30 }), (digits) => {
        const clean = digits.map(([d]) => d).join('');
        expect(readOrderId(digits.map(([d, c]) => d + c).join(''))).toEqual({ ok: true, value: clean });
      }),
      { numRuns: 500 },
    );
  });

  it('normalizeText folds exactly as the full chain of replacements does, shortcut or not', () => {
    const reference = (t: string) =>
      toSimplified(
        t
          .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
          .replace(/\p{Cf}/gu, '')
          .replace(/\s+/g, ' ')
          .trim(),
      );
    const piece = fc.constantFrom(' ', '  ', '\t', '\u00a0', '\u3000', '\u200b', '\ufeff', '\u202e', '\u2066', '\u200f', '\u061c', '\u00ad', '２', '：', 'a', '還', '开', '\n', '😀');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, text), { maxLength: 12 }), (parts) => {
        const t = parts.join('');
        expect(normalizeText(t)).toBe(reference(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('read full-width digits, colons and slashes exactly as ASCII ones', () => {
    const toFullWidth = (s: string): string => s.replace(/[0-9:/]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    /** Same outcome: both the same value, or both a problem (problems quote the text as given, so differ). */
    const same = <T>(a: Read<T>, b: Read<T>): boolean => (a.ok && b.ok ? a.value === b.value : a.ok === b.ok);
    fc.assert(
      fc.property(pieced, now, (t, n) => {
        const w = toFullWidth(t);
        expect(same(readTime(w, n), readTime(t, n))).toBe(true);
        expect(same(readRemaining(w), readRemaining(t))).toBe(true);
        expect(same(readCount(w), readCount(t))).toBe(true);
        expect(same(readLongId(w), readLongId(t))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('readTime', () => {
  const instant = fc.integer({ min: FROM_2000, max: TO_2099 });

  it('round-trips any 2000–2099 instant formatted as Shanghai yyyy-MM-dd HH:mm:ss, to the second', () => {
    fc.assert(
      fc.property(instant, now, (ms, n) => {
        const shown = format(new TZDate(ms, 'Asia/Shanghai'), 'yyyy-MM-dd HH:mm:ss');
        expect(readTime(shown, n)).toEqual({ ok: true, value: ms - (ms % 1000) });
        expect(readTime(`申请时间：${shown.replace(/-/g, '/')}`, n)).toEqual({ ok: true, value: ms - (ms % 1000) });
      }),
      { numRuns: 2000 },
    );
  });

  it('places a month-day within a year up to now (past-facing) or from now (future-facing), at the shown month, day and time', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: FROM_2000 + 400 * DAY, max: TO_2099 - 400 * DAY }), (ms, n) => {
        const shown = format(new TZDate(ms, 'Asia/Shanghai'), 'MM-dd HH:mm');
        fc.pre(!shown.startsWith('02-29')); // Feb 29 depends on the year chosen: example tests cover it
        const past = readTime(shown, n);
        const future = readTime(shown, n, 'future');
        expect(past.ok && future.ok).toBe(true);
        const [p, f] = [past.ok ? past.value : Number.NaN, future.ok ? future.value : Number.NaN];
        expect(p - n).toBeLessThanOrEqual(10 * 60_000);
        expect(n - p).toBeLessThan(367 * DAY);
        expect(n - f).toBeLessThanOrEqual(10 * 60_000);
        expect(f - n).toBeLessThan(367 * DAY);
        expect(format(new TZDate(p, 'Asia/Shanghai'), 'MM-dd HH:mm')).toBe(shown);
        expect(format(new TZDate(f, 'Asia/Shanghai'), 'MM-dd HH:mm')).toBe(shown);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('readRemaining', () => {
  it('reads `${d}天${h}小时${m}分` as their sum, and its Traditional form alike', () => {
    fc.assert(
      fc.property(fc.nat(9999), fc.nat(999), fc.nat(9999), (d, h, m) => {
        const sum = d * DAY + h * H + m * 60_000;
        expect(readRemaining(`${d}天${h}小时${m}分`)).toEqual({ ok: true, value: sum });
        expect(readRemaining(`剩餘 ${d} 天 ${h} 小時 ${m} 分鐘`)).toEqual({ ok: true, value: sum });
        expect(readRemaining(`已超时${d}天${h}小时${m}分`)).toEqual({ ok: true, value: sum === 0 ? 0 : -sum });
      }),
    );
  });

  it('reads hh:mm:ss as its sum', () => {
    fc.assert(
      fc.property(fc.nat(99), fc.nat(59), fc.nat(59), (h, m, s) => {
        const pad = (x: number): string => String(x).padStart(2, '0');
        expect(readRemaining(`还剩 ${pad(h)}:${pad(m)}:${pad(s)}`)).toEqual({ ok: true, value: h * H + m * 60_000 + s * 1000 });
      }),
    );
  });

  it('readDeadline of a countdown is now + the countdown', () => {
    const pad = (x: number): string => String(x).padStart(2, '0');
    const countdown = fc
      .tuple(fc.constantFrom('', '剩余', '剩餘 ', '还剩 ', '還剩', '剩', '倒计时:'), fc.nat(30), fc.nat(23), fc.nat(59), fc.nat(59), fc.boolean())
      .map(([label, d, h, m, s, clock]) => ({
        text: clock ? `${label}${d}天${pad(h)}:${pad(m)}:${pad(s)}` : `${label}${d}天${h}小时${m}分${s}秒`,
        ms: d * DAY + h * H + m * 60_000 + s * 1000,
      }));
    fc.assert(
      fc.property(countdown, fc.integer({ min: FROM_2000, max: TO_2099 }), ({ text: t, ms }, n) => {
        expect(readDeadline(t, n)).toEqual({ ok: true, value: n + ms });
        expect(readDeadline(`已超时${t.replace(/^\D*/, '')}`, n)).toEqual({ ok: true, value: ms === 0 ? n : n - ms });
      }),
      { numRuns: 1000 },
    );
  });
});
