/**
 * Header words swapped for wordings only header rules cover (words.ts UNLISTED: 剩余时间 → 赔付倒计时,
 * 订单号 → 订单号码, 申请时间 → 买家申请日期, …): no list of words has them, a rule on what a header names does.
 */
import { swapWords } from './swap-words';
import { UNLISTED } from './words';

export const headerRuleWords = swapWords(UNLISTED);
