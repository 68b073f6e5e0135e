/**
 * Seller pages whose own script fetches the platform's JSON, as the SPA does (issue 21), for both browsers' e2e.
 * Each page first tries, as a hostile page script might, to get or forge the tap's channel (window.__leaked
 * says what it got), then makes its request and renders rows with headers no reader knows.
 */
export const SELLER = 'https://myseller.taobao.com';
export const INVOICE_API = 'https://einvoice.taobao.com/api/qianniu/invoice/list/apply';
export const TODO_API = 'https://h5api.m.taobao.com/h5/mtop.tmall.tmallwork.todolist/1.0/';
export const WORKBENCH = `${SELLER}/home.htm/QnworkbenchHome/`;
export const SOLD_API = 'https://trade.taobao.com/trade/itemlist/asyncSold.htm';
export const SOLD_PAGE = `${SELLER}/home.htm/trade-platform/tp/sold`;
/** The order numbers of test/pages/data/invoice-list/good.json. */
export const UNKNOWN_INVOICE_IDS = ['3012845512300000101', '3012845512300000102', '3012845512300000103'];
const FORGED_ID = '3012845512300000999';

const FORGE = `
  let leaked = null;
  const listen = (e) => { leaked = e.detail; };
  document.addEventListener('deadline-sentinel-tap', listen);
  document.dispatchEvent(new CustomEvent('deadline-sentinel-bridge'));
  document.removeEventListener('deadline-sentinel-tap', listen);
  const forged = 'ds-forgedforgedforgedforged';
  document.dispatchEvent(new CustomEvent('deadline-sentinel-tap', { detail: forged }));
  const copy = ${JSON.stringify(`${INVOICE_API}\n200\n`)} + JSON.stringify({ code: 200, total: 1, data: [{ serialNo: 'F1', tid: '${FORGED_ID}' }] });
  document.dispatchEvent(new CustomEvent(forged, { detail: copy }));
  window.__leaked = leaked;`;

const invoiceScript = (answer: string) => `
(async () => {${FORGE}
  const res = await fetch('${INVOICE_API}?pageNo=0&pageSize=20&answer=${answer}', { credentials: 'include' });
  const body = await res.json().catch(() => ({}));
  const rows = (body.data ?? []).map((r) => r.tid).concat(['${FORGED_ID}']);
  const table = document.createElement('table');
  table.innerHTML = '<thead><tr><th>单据</th><th>金额</th><th>操作</th></tr></thead><tbody></tbody>';
  for (const id of rows) {
    const tr = document.createElement('tr');
    for (const text of [id, '¥9.90', '查看']) tr.appendChild(document.createElement('td')).textContent = text;
    table.tBodies[0].appendChild(tr);
  }
  document.getElementById('root').replaceChildren(table);
  window.__loaded = true;
})();`;

const workbenchScript = `
(() => {
  const xhr = new XMLHttpRequest();
  xhr.open('GET', '${TODO_API}?jsv=2.6.1&appKey=12574478&api=mtop.tmall.tmallwork.todoList&v=1.0&type=originaljson&dataType=json');
  xhr.withCredentials = true;
  xhr.onload = () => {
    const todo = JSON.parse(xhr.responseText).data.result;
    document.getElementById('root').textContent = '待办 ' + todo.length;
    window.__loaded = true;
  };
  xhr.send();
})();`;

/** The workbench's mtop call as JSONP: a script element naming the callback, as lib-mtop may make it. */
const workbenchJsonp = `
(() => {
  window.mtopjsonp3 = (res) => {
    document.getElementById('root').textContent = '待办 ' + res.data.result.length;
    window.__loaded = true;
  };
  const script = document.createElement('script');
  script.src = '${TODO_API}?jsv=2.6.1&appKey=12574478&api=mtop.tmall.tmallwork.todoList&v=1.0&type=jsonp&dataType=jsonp&callback=mtopjsonp3';
  document.head.appendChild(script);
})();`;

/** The sold list's own POST (its answer may come in GBK), after the list's rows are on the page. */
const soldScript = `
(async () => {
  const body = new URLSearchParams({ action: 'itemlist/SoldQueryAction', pageNum: '1', isQnNew: 'true' });
  const res = await fetch('${SOLD_API}?event_submit_do_query=1&_input_charset=utf8', { method: 'POST', body, credentials: 'include' });
  window.__orders = (await res.json()).mainOrders.length;
  window.__loaded = true;
})();`;

const shell = (title: string, script: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body><div id="root">加载中…</div><script>${script}</script></body></html>`;

/**
 * The page at a seller URL: 发票管理 (its `answer` parameter picks the JSON answer), the workbench home (`form=jsonp`
 * for its JSONP form) or the sold list (`soldHtml`: the page fixture its rows come from).
 */
export function dataPage(url: string, soldHtml = ''): string {
  const u = new URL(url);
  if (u.pathname.startsWith('/home.htm/trade-platform/tp/sold')) return soldHtml.replace('</body>', `<script>${soldScript}</script></body>`);
  if (u.pathname.startsWith('/home.htm/QnworkbenchHome') && u.searchParams.get('form') === 'jsonp') return shell('千牛工作台', workbenchJsonp);
  if (u.pathname.startsWith('/home.htm/merchant-invoice')) return shell('发票管理', invoiceScript(u.searchParams.get('answer') ?? 'good'));
  if (u.pathname.startsWith('/home.htm/QnworkbenchHome')) return shell('千牛工作台', workbenchScript);
  return shell('千牛', 'window.__loaded = true;');
}
