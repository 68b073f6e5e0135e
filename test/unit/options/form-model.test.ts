import { beforeEach, describe, expect, it } from 'vitest';
import { draftOf, readDraft } from '@/components/options/form-model';
import { formatLeadTimes, parseLeadTimes, parseShanghaiInput, shanghaiInputValue } from '@/components/options/setting-fields';
import { DEFAULT_SETTINGS, withSettings } from '@/lib/rules/settings';
import { installI18n } from '../../support/i18n';
import { sh } from '../rules/time';

describe('the options form model', () => {
  beforeEach(() => installI18n('zh_CN'));

  it('reads datetime-local values as Shanghai wall time, whatever the zone', () => {
    expect(parseShanghaiInput('2022-12-15T00:00')).toBe(DEFAULT_SETTINGS.specialPeriodStart);
    expect(parseShanghaiInput('2023-01-15T08:30:15')).toBe(sh('2023-01-15T08:30:15'));
    expect(shanghaiInputValue(DEFAULT_SETTINGS.invoicePenaltyFrom)).toBe('2022-12-16T00:00');
    for (const bad of ['2023-02-30T00:00', '2023-01-15T25:00', '2023-01-15', '', '0099-01-01T00:00', 'x']) expect(parseShanghaiInput(bad), bad).toBeNull();
  });

  it('reads reminder lead times in hours, or minutes with a unit, latest first, once each', () => {
    expect(parseLeadTimes('24, 4, 1, 0')).toEqual({ value: [1440, 240, 60, 0] });
    expect(parseLeadTimes('0,1，30分钟、 2小时 45min 1.5h 1')).toEqual({ value: [120, 90, 60, 45, 30, 0] });
    expect(parseLeadTimes('2 小时, 30 分钟 1 h')).toEqual({ value: [120, 60, 30] });
    expect(parseLeadTimes('')).toEqual({ value: [] });
    expect(parseLeadTimes('-1')).toEqual({ error: '无法识别“-1”:请写小时数,或如“30分钟”' });
    expect(parseLeadTimes('721')).toEqual({ error: '每项应在 0 到 720 小时之间' });
    expect(formatLeadTimes([1440, 90, 30, 0])).toBe('24, 90分钟, 30分钟, 0');
    expect(parseLeadTimes(formatLeadTimes([1440, 90, 30, 0]))).toEqual({ value: [1440, 90, 30, 0] });
  });

  it('gives back the stored values untouched when nothing was edited', () => {
    const odd = withSettings({ specialPeriodEnd: sh('2023-01-15T08:30:15.5'), reminderLeadMinutes: [100.5, 0], respondHours: 0.1 + 0.2 });
    expect(readDraft(draftOf(odd), odd)).toEqual({ ok: true, values: odd });
  });

  it('checks the rules between fields', () => {
    const draft = draftOf(withSettings());
    draft.texts.invoiceFinalDays = '5';
    draft.texts.urgentHours = '30';
    expect(readDraft(draft, withSettings())).toEqual({ ok: false, errors: { invoiceFinalDays: '不能少于开票时效的天数', urgentHours: '不能大于“即将到期”的范围' } });
    draft.texts.remoteProvinces = `新疆\n${'很长'.repeat(26)}`;
    expect(readDraft(draft, withSettings())).toMatchObject({ ok: false, errors: { remoteProvinces: '省份名最多 50 个字:很长很长很长很长很长很长很长很长很长很长' } });
  });
});
