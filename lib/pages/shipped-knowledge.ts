/** The page knowledge the extension ships: given to the content script by the background, installed directly by tests. */
import { TRADITIONAL_PAIRS } from '../chinese';
import { FIELD_SPECS } from './fields/specs';
import { useKnowledge, type PageKnowledge } from './knowledge';
import { WORDS } from './words';

export const SHIPPED_KNOWLEDGE: PageKnowledge = { fields: FIELD_SPECS, words: WORDS, traditional: TRADITIONAL_PAIRS };

export function useShippedKnowledge(): void {
  useKnowledge(SHIPPED_KNOWLEDGE);
}
