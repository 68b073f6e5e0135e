/**
 * Where the content script runs. Seller back office only:
 * - myseller.taobao.com and qn.taobao.com serve the same Qianniu workbench SPA;
 * - rate.taobao.com/sellercenterv2/ is the older 问大家 management page (the rest of that host is buyer-facing).
 */
export const SELLER_MATCHES = [
  'https://myseller.taobao.com/*',
  'https://qn.taobao.com/*',
  'https://rate.taobao.com/sellercenterv2/*',
];
