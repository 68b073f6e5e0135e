/** The page knowledge the extension ships (its recipes, compiled): given to the content script by the background, installed directly by tests. */
import { useKnowledge } from './knowledge';
import { SHIPPED_KNOWLEDGE } from './recipes/compile';

export { SHIPPED_KNOWLEDGE };

export function useShippedKnowledge(): void {
  useKnowledge(SHIPPED_KNOWLEDGE);
}
