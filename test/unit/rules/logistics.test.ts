import { describe, expect, it } from 'vitest';
import { isRemoteProvince, logisticsDeadlines, stallRuleVersions } from '../../../lib/rules/logistics';
import { DEFAULT_SETTINGS, withSettings } from '../../../lib/rules/settings';
import { sh } from './time';

const exposure = (lastUpdateAt: number, province: string | null = '广东省', settings = DEFAULT_SETTINGS) =>
  logisticsDeadlines({ lastUpdateAt, province, workOrderCreatedAt: null }, settings).exposureAt;

describe('logistics exposure around the special-period start (2022-12-15 00:00)', () => {
  it('daily 48 h ending 1 ms before the start still counts', () => {
    expect(exposure(sh('2022-12-12T23:59:59.999'))).toBe(sh('2022-12-14T23:59:59.999'));
  });

  it('daily 48 h ending exactly at the start is not valid ([start, end) intervals): special 72 h applies', () => {
    expect(exposure(sh('2022-12-13T00:00:00'))).toBe(sh('2022-12-16T00:00:00'));
  });

  it('stall begun a day before the start: special 72 h', () => {
    expect(exposure(sh('2022-12-14T00:00:00'))).toBe(sh('2022-12-17T00:00:00'));
  });

  it('remote area straddling the start: daily 72 h invalid, special 96 h', () => {
    expect(exposure(sh('2022-12-10T08:00:00'), '新疆维吾尔自治区')).toBe(sh('2022-12-13T08:00:00'));
    expect(exposure(sh('2022-12-12T12:00:00'), '新疆维吾尔自治区')).toBe(sh('2022-12-16T12:00:00'));
  });
});

describe('logistics exposure around a user-set special-period end', () => {
  const s = withSettings({ specialPeriodEnd: sh('2023-01-31T00:00:00') });

  it('special 72 h ending 1 ms before the end still counts', () => {
    expect(exposure(sh('2023-01-27T23:59:59.999'), '广东省', s)).toBe(sh('2023-01-30T23:59:59.999'));
  });

  it('special 72 h ending exactly at the end is not valid: daily applies from the end itself', () => {
    // At 01-31 00:00 daily is in force and 72 h have passed (≥ 48): exposed right at the switch.
    expect(exposure(sh('2023-01-28T00:00:00'), '广东省', s)).toBe(sh('2023-01-31T00:00:00'));
    expect(exposure(sh('2023-01-29T00:00:00'), '广东省', s)).toBe(sh('2023-01-31T00:00:00'));
  });

  it('stall begun after the end: daily 48 h', () => {
    expect(exposure(sh('2023-01-31T00:00:00'), '广东省', s)).toBe(sh('2023-02-02T00:00:00'));
  });

  it('an end in the future leaves the special period in force now', () => {
    const future = withSettings({ specialPeriodEnd: sh('2030-01-01T00:00:00') });
    expect(exposure(sh('2022-12-20T08:00:00'), '浙江省', future)).toBe(sh('2022-12-23T08:00:00'));
  });

  it('an end set before the start empties the special period: daily everywhere', () => {
    const past = withSettings({ specialPeriodEnd: sh('2022-12-01T00:00:00') });
    expect(exposure(sh('2022-12-20T08:00:00'), '浙江省', past)).toBe(sh('2022-12-22T08:00:00'));
    expect(stallRuleVersions(false, past).map((v) => v.name)).toEqual(['daily', 'daily']);
  });

  it('versions partition time: [−∞, start), [start, end), [end, ∞)', () => {
    expect(stallRuleVersions(true, s)).toEqual([
      { name: 'daily', start: -Infinity, end: sh('2022-12-15T00:00:00'), hours: 72 },
      { name: 'special', start: sh('2022-12-15T00:00:00'), end: sh('2023-01-31T00:00:00'), hours: 96 },
      { name: 'daily', start: sh('2023-01-31T00:00:00'), end: Infinity, hours: 72 },
    ]);
    expect(stallRuleVersions(false).map((v) => [v.name, v.end])).toEqual([
      ['daily', sh('2022-12-15T00:00:00')],
      ['special', Infinity],
    ]);
  });
});

describe('isRemoteProvince', () => {
  it('matches Simplified and Traditional names by prefix', () => {
    const names = ['宁夏回族自治区', '寧夏回族自治區', '内蒙古自治区', '內蒙古自治區', '新疆維吾爾自治區', '西藏自治区', '甘肅省', '青海省', '海南省', ' 西藏 '];
    expect(names.filter((p) => !isRemoteProvince(p))).toEqual([]);
  });

  it('does not match other or unknown provinces', () => {
    expect(['广东省', '廣東省', '浙江省', '北京市', '', '南海', '蒙古'].filter((p) => isRemoteProvince(p))).toEqual([]);
    expect(isRemoteProvince(null)).toBe(false);
  });

  it('uses the user list, which may itself be written in Traditional; empty entries match nothing', () => {
    const s = withSettings({ remoteProvinces: ['廣東', '', '  '] });
    expect(isRemoteProvince('广东省', s)).toBe(true);
    expect(isRemoteProvince('新疆维吾尔自治区', s)).toBe(false);
    expect(isRemoteProvince('浙江省', s)).toBe(false);
  });

  it('a Traditional remote name gets the remote threshold', () => {
    const d = logisticsDeadlines({ lastUpdateAt: sh('2022-12-20T08:00:00'), province: '內蒙古自治區', workOrderCreatedAt: null });
    expect(d.remote).toBe(true);
    expect(d.exposureAt).toBe(sh('2022-12-24T08:00:00'));
  });
});

describe('logistics reply-by', () => {
  it('is W + respondHours once a work order exists, and null before', () => {
    const input = { lastUpdateAt: sh('2022-12-20T08:00:00'), province: '江苏省', workOrderCreatedAt: sh('2022-12-24T10:00:00') };
    expect(logisticsDeadlines(input).replyBy).toBe(sh('2022-12-25T10:00:00'));
    expect(logisticsDeadlines(input, withSettings({ respondHours: 12 })).replyBy).toBe(sh('2022-12-24T22:00:00'));
    expect(logisticsDeadlines({ ...input, workOrderCreatedAt: null }).replyBy).toBeNull();
  });

  it('rejects a non-instant', () => {
    expect(() => logisticsDeadlines({ lastUpdateAt: Number.NaN, province: null, workOrderCreatedAt: null })).toThrow(RangeError);
  });
});
