/**
 * A large local log for the popup bench: tickets and questions as the background writes them (derived
 * dueTimes/finalDueAt through withDeadlines), most of them long closed and a few open, as a seller's log
 * looks after a year or two. Deterministic for a given `now`.
 */
import { withDeadlines } from '@/lib/store/derive';
import type { QaEntry, Ticket } from '@/lib/store/types';
import type { RuleSettings } from '@/lib/rules/settings';

const H = 3_600_000;
const D = 24 * H;
const PROVINCES = ['浙江省', '江苏省', '广东省', '新疆维吾尔自治区', '北京市', '西藏自治区', '四川省'];
const URL_WORK_ORDERS = 'https://myseller.taobao.com/home.htm/qn-platform-task/workorder/list';
const URL_ASK_ALL = 'https://myseller.taobao.com/home.htm/comment-manage/ask-all';

export interface LogShape {
  tickets: number;
  openTickets: number;
  questions: number;
  openQuestions: number;
}

export const DEFAULT_SHAPE: LogShape = { tickets: 100_000, openTickets: 1_000, questions: 10_000, openQuestions: 200 };

/** Ticket i: open ones (every `tickets / openTickets`-th) have deadlines from days overdue to days ahead. */
function ticket(i: number, open: boolean, now: number): Ticket {
  const orderId = `3289${String(i).padStart(15, '0')}`;
  const kind = i % 2 === 0 ? 'invoice' : 'logistics';
  // Open items were seen in the last days; closed ones over the past two years.
  const seen = open ? now - (i % 72) * H : now - 3 * D - (i % 700) * D;
  const base: Ticket = { key: `${kind}:${orderId}`, kind, status: open ? 'open' : 'done', orderId, url: URL_WORK_ORDERS, firstSeenAt: seen - 2 * D, lastSeenAt: seen, dueTimes: [] };
  if (kind === 'invoice') {
    base.requestedAt = seen - (i % 19) * D - (i % 11) * H;
    if (i % 3 === 0) {
      base.workOrderId = `8023${String(i).padStart(15, '0')}`;
      base.workOrderCreatedAt = seen - (i % 20) * H;
    }
  } else {
    base.lastUpdateAt = seen - (i % 90) * H;
    base.province = PROVINCES[i % PROVINCES.length];
    if (i % 4 === 1) {
      base.workOrderId = `8023${String(i).padStart(15, '0')}`;
      base.workOrderCreatedAt = seen - (i % 26) * H;
    }
  }
  if (!open) Object.assign(base, { closedAt: seen + D, closedBy: 'page' as const });
  return base;
}

function question(i: number, open: boolean, now: number): QaEntry {
  const askedAt = open ? now - (i % 60) * H - (i % 37) * 60_000 : now - 2 * D - (i % 700) * D;
  const base: QaEntry = {
    key: `qa:q-${i}`,
    kind: 'qa',
    id: `q-${i}`,
    status: open ? 'open' : i % 5 === 0 ? 'unanswerable' : 'answered',
    question: `这款第${i}号商品冬天穿会不会冷?`,
    itemId: String(689100000000 + (i % 500)),
    askedAt,
    buyerAnswerCount: open ? 0 : 1 + (i % 4),
    itemQaCount: i % 20,
    url: URL_ASK_ALL,
    firstSeenAt: askedAt + H,
    lastSeenAt: askedAt + 2 * H,
    dueTimes: [],
  };
  if (!open) Object.assign(base, { answeredAt: askedAt + 5 * H, closedAt: askedAt + 5 * H, closedBy: 'page' as const });
  return base;
}

/** Every `total / open`-th item is open, spread over the whole key range. */
const isOpen = (i: number, total: number, open: number) => open > 0 && i % Math.floor(total / open) === 0 && i / Math.floor(total / open) < open;

export function bigLog(now: number, settings: RuleSettings, shape: LogShape = DEFAULT_SHAPE): { tickets: Ticket[]; questions: QaEntry[] } {
  const tickets = Array.from({ length: shape.tickets }, (_, i) => withDeadlines(ticket(i, isOpen(i, shape.tickets, shape.openTickets), now), settings));
  const questions = Array.from({ length: shape.questions }, (_, i) => withDeadlines(question(i, isOpen(i, shape.questions, shape.openQuestions), now), settings));
  return { tickets, questions };
}
