// A sample past for the point history and the week strip (demo, e2e and the docs screenshots), relative to
// `now`: closed tickets and answered questions whose deadlines fell over the last 13 weeks, some met and some
// missed, and deductions in the ledger: the invoice rule's, one of them capped, and one for another cause (物流停滞),
// which the invoice cap never cuts (RULES §4). Rows as the log stores them (lib/store/types.ts, v7).
const H = 3_600_000;
const D = 24 * H;
const URL_INVOICE = 'https://myseller.taobao.com/home.htm/merchant-invoice/';
const URL_ASK = 'https://myseller.taobao.com/home.htm/comment-manage/ask-all';

/** Closed items carry no derived deadlines (dueTimes [], no finalDueAt): the log derives them for open items only. */
const closed = (row, seenAt, closedAt) => ({ ...row, firstSeenAt: seenAt, lastSeenAt: closedAt, closedAt, closedBy: 'page', dueTimes: [] });

export function sampleHistory(now) {
  const tickets = [];
  const questions = [];
  for (let i = 0; i < 24; i++) {
    const requestedAt = now - (96 - i * 3.7) * D;
    // Most are issued within the 10 days; every third only after the first deadline; one in seven never before the last.
    const issuedAfter = i % 7 === 3 ? 23 * D : i % 3 === 1 ? 13 * D : 4 * D + (i % 5) * D;
    const orderId = `32891000000009${String(i).padStart(4, '0')}`;
    if (requestedAt + issuedAfter > now) continue;
    tickets.push(closed({ key: `invoice:${orderId}`, kind: 'invoice', status: 'done', orderId, requestedAt, url: URL_INVOICE }, requestedAt + H, requestedAt + issuedAfter));
  }
  for (let i = 0; i < 16; i++) {
    const askedAt = now - (88 - i * 5.3) * D;
    const answeredAt = askedAt + (i % 4 === 2 ? 40 * H : 6 * H);
    if (answeredAt > now) continue;
    const row = { key: `qa:h${i}`, kind: 'qa', id: `h${i}`, status: 'answered', question: `样例问题 ${i + 1}:尺码偏大吗?`, askedAt, buyerAnswerCount: 0, itemQaCount: 2, url: URL_ASK };
    questions.push({ ...row, firstSeenAt: askedAt + H, lastSeenAt: answeredAt, answeredAt, dueTimes: [] });
  }
  const first = tickets[1]?.key;
  const penalties = [
    { at: now - 71 * D, points: 1, rule: 'invoice', source: 'page', ticketKey: first },
    { at: now - 44 * D, points: 2, rule: 'invoice', source: 'user', note: '平台判定投诉成立(两单)' },
    { at: now - 38 * D, points: 3, rule: 'invoice', source: 'user', note: '发票工单超时' },
    { at: now - 36 * D, points: 2, rule: 'invoice', source: 'user', note: '催开发票投诉成立(两单)' }, // 2 + 3 + 2 > 6: 1 counts
    { at: now - 33 * D, points: 2, rule: 'other', source: 'user', note: '物流停滞工单超时' },
    { at: now - 9 * D, points: 1, rule: 'invoice', source: 'user', note: '催开发票投诉' },
  ].map(({ ticketKey, ...e }) => (ticketKey === undefined ? e : { ...e, ticketKey }));
  return { tickets, questions, penalties };
}

/** Writes the rows into the extension's log from its service worker (raw IndexedDB, as the log reader reads). */
export function seedLog(worker, rows) {
  return worker.evaluate(
    (tables) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('deadline-sentinel');
        open.addEventListener('error', () => reject(open.error));
        open.addEventListener('success', () => {
          const db = open.result;
          const tx = db.transaction(Object.keys(tables), 'readwrite');
          for (const [name, list] of Object.entries(tables)) for (const row of list) tx.objectStore(name).put(row);
          tx.addEventListener('complete', () => (db.close(), resolve()));
          tx.addEventListener('error', () => reject(tx.error));
        });
      }),
    rows,
  );
}
