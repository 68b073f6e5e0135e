import { invoiceDeadlines, type InvoiceInput } from './invoice';
import { logisticsDeadlines, type LogisticsInput } from './logistics';
import { qaSuggestion, type QaInput } from './qa';
import { DEFAULT_SETTINGS, type RuleSettings } from './settings';

export type DeadlineKey =
  | 'invoice.first'
  | 'invoice.final'
  | 'invoice.respond'
  | 'logistics.exposure'
  | 'logistics.reply'
  | 'qa.suggest';

/** One moment a badge or reminder is about; `key` names the rule that produced it (and its i18n label). */
export interface Deadline {
  at: number;
  key: DeadlineKey;
}

export type RuleItem =
  | ({ kind: 'invoice' } & InvoiceInput)
  | ({ kind: 'logistics' } & LogisticsInput)
  | ({ kind: 'qa' } & QaInput);

/**
 * Every deadline of an open item, earliest first, past ones included (callers compare with `now`).
 * penaltyRiskAt is not listed: it always equals invoice.final or invoice.respond.
 */
export function deadlinesOf(item: RuleItem, settings: RuleSettings = DEFAULT_SETTINGS): Deadline[] {
  const list: Deadline[] = [];
  const add = (at: number | null, key: DeadlineKey) => {
    if (at !== null) list.push({ at, key });
  };
  switch (item.kind) {
    case 'invoice': {
      const d = invoiceDeadlines(item, settings);
      add(d.firstDeadline, 'invoice.first');
      add(d.finalDeadline, 'invoice.final');
      add(d.respondBy, 'invoice.respond');
      break;
    }
    case 'logistics': {
      const d = logisticsDeadlines(item, settings);
      add(d.exposureAt, 'logistics.exposure');
      add(d.replyBy, 'logistics.reply');
      break;
    }
    case 'qa':
      add(qaSuggestion(item, settings).suggestAt, 'qa.suggest');
      break;
  }
  return list.sort((a, b) => a.at - b.at);
}
