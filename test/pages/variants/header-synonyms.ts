/**
 * Header words swapped for common synonyms (words.ts LISTED: 订单号 → 订单编号, 剩余时间 → 处理倒计时, …),
 * which a vocabulary of header words is expected to know.
 */
import { swapWords } from './swap-words';
import { LISTED } from './words';

export const headerSynonyms = swapWords(LISTED);
