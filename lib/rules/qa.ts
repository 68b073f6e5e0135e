import { addHoursMs, assertInstant } from './shanghai';
import { DEFAULT_SETTINGS, type RuleSettings } from './settings';

export interface QaInput {
  askedAt: number;
  buyerAnswerCount: number;
  /** Q&A entries the item has; null when the page does not show it. */
  itemQaCount: number | null;
  /** False when the question has no reply entry (judged invalid by the system). */
  answerable: boolean;
}

export type QaPriority = 'high' | 'normal';

export interface QaSuggestion {
  suggestAt: number | null;
  priority: QaPriority | null;
}

/**
 * RULES §3. Unanswerable or already answered by a buyer: nothing to suggest.
 * Interpretation: an unknown itemQaCount (null) gives 'normal', so 'high' always rests on a seen count.
 */
export function qaSuggestion(input: QaInput, settings: RuleSettings = DEFAULT_SETTINGS): QaSuggestion {
  const askedAt = assertInstant(input.askedAt, 'askedAt');
  if (!input.answerable || input.buyerAnswerCount > 0) return { suggestAt: null, priority: null };
  const few = input.itemQaCount !== null && input.itemQaCount < settings.fewQaThreshold;
  return { suggestAt: addHoursMs(askedAt, settings.qaSuggestHours), priority: few ? 'high' : 'normal' };
}
