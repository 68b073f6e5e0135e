import { simplifier } from './chinese-simplifier';

/**
 * Traditional → Simplified for the characters seller pages and province names use.
 * Not a general converter: pages are matched against a known vocabulary, so only that vocabulary's
 * characters need mapping. Add a pair here when a page word or province needs it.
 * Page reading takes the same pairs from the page knowledge (knowledge.ts), so the content script ships
 * only the converter (chinese-simplifier.ts).
 */
export const TRADITIONAL_PAIRS =
  '餘余時时鐘钟還还單单開开發发滯滞關关閉闭問问無无運运輸输簽签訂订號号創创請请狀状態态處处計计貨货區区編编類类條条個个' +
  '務务實实際际間间認认賬账戶户買买賣卖價价評评論论應应當当紅红後后為为與与從从這这裡里裏里對对會会過过現现點点' +
  '維维爾尔肅肃寧宁內内廣广壯壮遼辽龍龙東东陝陕蘇苏雲云貴贵慶庆臺台灣湾門门' +
  '錄录詢询擇择補补償偿歷历據据檢检準准撥拨電电郵邮總总頁页數数記记錯错誤误獲获戲戏勢势銷销熱热暫暂別别沒没' +
  '結结題题寶宝貝贝資资訊讯詳详確确進进動动賠赔額额稅税標标費费聯联權权擔担負负異异預预況况攬揽';

/** The converter for the shipped pairs: the rules' province matching and everything outside page reading. */
export const toSimplified = simplifier(TRADITIONAL_PAIRS);
