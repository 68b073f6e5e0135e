import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, withSettings } from '@/lib/rules/settings';
import { loadSettings, recordReport, saveSettings } from '@/lib/store/log';
import { freshDb, H, report, sh } from './helpers';

const T = sh('2022-12-20T12:00:00');

describe('loadSettings / saveSettings', () => {
  it('gives the defaults when nothing is stored, as a copy', async () => {
    const { db } = freshDb();
    const settings = await loadSettings(db);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    settings.remoteProvinces.push('北京');
    expect(DEFAULT_SETTINGS.remoteProvinces).not.toContain('北京');
  });

  it('ignores stored rows with unknown keys or wrong types', async () => {
    const { db } = freshDb();
    await db.settings.bulkPut([
      { key: 'pointsCap', value: '6' },
      { key: 'invoiceFirstDays', value: 2.5 },
      { key: 'dueSoonHours', value: -1 },
      { key: 'respondHours', value: Number.POSITIVE_INFINITY },
      { key: 'remoteProvinces', value: [1, 2] },
      { key: 'reminderLeadMinutes', value: [60, Number.NaN] },
      { key: 'specialPeriodStart', value: null },
      { key: 'unknownKey', value: 1 },
      { key: '__proto__', value: { pointsCap: 1 } },
      { key: 'toString', value: 'x' },
      { key: 'specialPeriodEnd', value: null },
      { key: 'fewQaThreshold', value: 5 },
      { key: 'remoteProvinces2', value: ['北京'] },
    ]);
    expect(await loadSettings(db)).toEqual(withSettings({ specialPeriodEnd: null, fewQaThreshold: 5 }));
  });

  it('saves overrides, drops one set back to its default, and rejects invalid values writing nothing', async () => {
    const { db } = freshDb();
    const end = sh('2023-01-15T00:00:00');
    expect(await saveSettings(db, { dueSoonHours: 12, specialPeriodEnd: end, remoteProvinces: ['新疆'] })).toEqual(
      withSettings({ dueSoonHours: 12, specialPeriodEnd: end, remoteProvinces: ['新疆'] }),
    );
    await saveSettings(db, { dueSoonHours: DEFAULT_SETTINGS.dueSoonHours });
    expect((await db.settings.toArray()).map((r) => r.key).sort()).toEqual(['remoteProvinces', 'specialPeriodEnd']);
    await expect(saveSettings(db, { pointsCap: -1, urgentHours: 2 })).rejects.toThrow(/pointsCap/);
    await expect(saveSettings(db, { bogus: 1 } as never)).rejects.toThrow(RangeError);
    expect(await loadSettings(db)).toEqual(withSettings({ specialPeriodEnd: end, remoteProvinces: ['新疆'] }));
  });

  it('re-derives the open items deadlines with the new settings', async () => {
    const { db } = freshDb();
    await recordReport(db, report([{ kind: 'qa', id: 'q', status: 'open', askedAt: T }]), { now: T }, DEFAULT_SETTINGS);
    await saveSettings(db, { qaSuggestHours: 48 });
    expect(await db.questions.get('qa:q')).toMatchObject({ dueTimes: [T + 48 * H], finalDueAt: T + 48 * H });
  });
});
