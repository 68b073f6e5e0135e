/**
 * Schema v10 (issue 23): an older 问大家 reader kept the asker's masked name and the ask time inside the question
 * text (`冬天盖会起球吗？ 提问人：x**9 提问时间：…`), so a question the page gives no id was keyed by a hash of that
 * text: the same question read today (lib/pages/ask-all.ts questionText cuts at 提问人/提问时间) is another row.
 * Each such row is folded into its correct key: onto the correctly read row when there is one, keeping the
 * seller's marks (marked handled, with when), the earliest sighting and the answers; else moved, its text cut.
 */
import type { Transaction } from 'dexie';
import { questionKey } from '../pages/ask-all';
import { knowledgeVersion } from '../pages/knowledge';
import { useShippedKnowledge } from '../pages/shipped-knowledge';
import { answerKey } from './answer-rows';
import { withDeadlines } from './derive';
import { settingsOverrides } from './settings-store';
import { withSettings } from '../rules/settings';
import type { LoggedAnswer, QaEntry, ReminderState } from './types';

/** Where the question's own text ends (as ask-all.ts QUESTION_META, Simplified or Traditional). */
const META = /\s提[问問](?:人|者|时间|時間|日期) ?[:：]/;
const BADGE = /^[问問](?:[:：]\s*|\s+)/;

/** The question without what the older reader kept after it; null when it kept nothing of the kind. */
export function cutQuestion(question: string): string | null {
  const meta = META.exec(` ${question}`);
  if (!meta) return null;
  const own = ` ${question}`.slice(0, meta.index).trim().replace(BADGE, '');
  return own === '' ? null : own;
}

/** `wrong`'s facts and marks on `right` (the correctly read row): the seller's handled mark wins over an open row. */
function fold(right: QaEntry, wrong: QaEntry): QaEntry {
  const out: QaEntry = { ...right, firstSeenAt: Math.min(right.firstSeenAt, wrong.firstSeenAt) };
  if (wrong.closedBy === 'user' && right.closedBy !== 'user' && right.status === 'open') {
    out.status = wrong.status;
    out.closedBy = 'user';
    if (wrong.closedAt !== undefined) out.closedAt = wrong.closedAt;
  }
  out.answeredAt ??= wrong.answeredAt;
  out.answerText ??= wrong.answerText;
  out.askedAt ??= wrong.askedAt;
  return out;
}

export async function upgradeToV10(tx: Transaction): Promise<void> {
  // The keys are made as the reader makes them, with the page knowledge; a worker or an options page opening the log has none yet.
  if (knowledgeVersion() === 0) useShippedKnowledge();
  const settings = withSettings(settingsOverrides(await tx.table<{ key: string; value: unknown }, string>('settings').toArray()));
  const questions = tx.table<QaEntry, string>('questions');
  const rows = new Map((await questions.toArray()).map((q) => [q.key, q]));
  const moved = new Map<string, string>();
  for (const q of Array.from(rows.values())) {
    const cut = q.question === undefined ? null : cutQuestion(q.question);
    // Only a key the older reader made from the wrong text; a page's own question id is right whatever the text.
    if (cut === null || q.id !== questionKey(q.itemId, q.question!)) continue;
    const id = questionKey(q.itemId, cut);
    const key = `qa:${id}`;
    const right = rows.get(key);
    rows.set(key, withDeadlines(right ? fold(right, q) : { ...q, key, id, question: cut }, settings));
    rows.delete(q.key);
    moved.set(q.key, key);
  }
  if (moved.size === 0) return;
  await questions.bulkDelete([...moved.keys()]);
  await questions.bulkPut([...new Set(moved.values())].map((k) => rows.get(k)!));

  // The answers logged under a wrong key go to the right one (once per text), with the question's text cut.
  const answers = tx.table<LoggedAnswer, string>('answers');
  const stray = await answers.where('questionKey').anyOf([...moved.keys()]).toArray();
  await answers.bulkDelete(stray.map((a) => a.key));
  const kept = new Set(await answers.where('questionKey').anyOf([...new Set(moved.values())]).primaryKeys());
  const fixed = stray
    .map((a) => {
      const to = moved.get(a.questionKey)!;
      return { ...a, key: answerKey(to, a.text), questionKey: to, question: rows.get(to)!.question ?? a.question };
    })
    .filter((a) => !kept.has(a.key));
  await answers.bulkPut(fixed);

  // Reminder states follow their item, unless the right item has its own for that deadline (what was sent stands).
  const reminders = tx.table<ReminderState, string>('reminders');
  const states = await reminders.toArray();
  const have = new Set(states.map((s) => s.key));
  const movedStates: ReminderState[] = [];
  for (const s of states) {
    const to = moved.get(s.itemKey);
    if (!to) continue;
    const key = `${to}${s.key.slice(s.itemKey.length)}`;
    if (!have.has(key)) movedStates.push({ ...s, key, itemKey: to });
    have.add(key);
  }
  await reminders.bulkDelete(states.filter((s) => moved.has(s.itemKey)).map((s) => s.key));
  await reminders.bulkPut(movedStates);
}
