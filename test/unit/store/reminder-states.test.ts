import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/rules/settings';
import { deleteRemindersOf, markDone, pruneReminderStates, recordReport, reminderStates, saveReminderStates } from '@/lib/store/log';
import type { ReminderState } from '@/lib/store/types';
import { freshDb, H, report, sh } from './helpers';

const T = sh('2022-12-20T12:00:00');
const state = (itemKey: string, lead: number): ReminderState => ({ key: `${itemKey}|qa.suggest`, itemKey, deadlineAt: T, sentLeadMinutes: lead, sentAt: T - lead * 60_000 });

describe('reminder states', () => {
  it('saves by key (upsert), reads them all, and deletes one item’s', async () => {
    const { db } = freshDb();
    await saveReminderStates(db, [state('qa:a', 240), state('qa:b', 60)]);
    await saveReminderStates(db, [state('qa:a', 60)]);
    const states = await reminderStates(db);
    expect([...states.values()]).toEqual([state('qa:a', 60), state('qa:b', 60)]);
    expect(states.get(state('qa:b', 0).key)?.itemKey).toBe('qa:b');
    expect(await deleteRemindersOf(db, 'qa:a')).toBe(1);
    expect([...(await reminderStates(db)).keys()]).toEqual([state('qa:b', 60).key]);
  });

  it('prunes states of items that are closed or not in the log', async () => {
    const { db } = freshDb();
    await recordReport(db, report([
      { kind: 'qa', id: 'open', status: 'open', askedAt: T - 20 * H },
      { kind: 'qa', id: 'closed', status: 'open', askedAt: T - 20 * H },
    ]), { now: T }, DEFAULT_SETTINGS);
    await markDone(db, 'qa:closed', T);
    await saveReminderStates(db, [state('qa:open', 240), state('qa:closed', 240), state('qa:unknown', 240)]);
    expect(await pruneReminderStates(db)).toBe(2);
    expect([...(await reminderStates(db)).values()].map((s) => s.itemKey)).toEqual(['qa:open']);
  });
});
