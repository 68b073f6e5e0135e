import { toSimplified } from '../chinese';
import { stripInvisible } from '../pages/text/read';

/**
 * Question and answer text as compared here: full-width forms folded (NFKC), invisible characters removed, spaces
 * collapsed, Traditional → Simplified by the shipped pairs. Needs no page knowledge (the popup has none).
 */
export const plainText = (text: string): string => toSimplified(stripInvisible(text).normalize('NFKC').replace(/\s+/g, ' ').trim());
