/**
 * The answers the 问大家 pages show (docs/PAGES.md "Answers"): the open 查看回答 drawer's rows go to the listed
 * question its head names, an expanded row's to the question above it; each answer as shown, the rest of its
 * row (and the drawer's selected tab) beside it for the background to read.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPageReport } from '@/lib/pages/read-page';
import type { PageRecord } from '@/lib/pages/records';
import { fixtureWindow, parseFixtureHtml, showInWindow } from './fixture-io';

async function read(name: string, html?: (page: string) => string): Promise<PageRecord[]> {
  const expected = JSON.parse(readFileSync(resolve(import.meta.dirname, `${name}.expected.json`), 'utf8')) as { url: string; now: string };
  const window = fixtureWindow(expected.url);
  try {
    const page = readFileSync(resolve(import.meta.dirname, `${name}.html`), 'utf8');
    const document = showInWindow(window, parseFixtureHtml(window, html ? html(page) : page));
    const report = readPageReport(document, expected.url, Date.parse(expected.now));
    expect(report.errors).toEqual([]);
    return report.records.map((r) => r.record);
  } finally {
    await window.happyDOM.close();
  }
}

const answersOf = (records: PageRecord[], question: string) => records.find((r) => r.question === question)?.answers;

describe('answers shown on the 问大家 pages', () => {
  it('gives the open drawer’s answers to the question it shows, and to no other', async () => {
    const records = await read('ask-all-drawer-open');
    const answers = answersOf(records, '这款羽绒服南方冬天穿会不会太热？');
    expect(answers?.map((a) => a.text)).toEqual(['展开 不会热，南方穿刚好，湿冷天气很顶用。', '展开 广州穿有点热，建议选薄一点的款。', '展开 上海冬天穿正合适']);
    expect(answers?.[0]?.by).toMatch(/^已展示回答\(3\) x\*\*9 于 2026-06-28 10:11:12 回答 37510293847/);
    expect(records.filter((r) => r.answers).length).toBe(1);
  });

  it('says the selected tab, so the seller’s own answers are known as such', async () => {
    const sellerTab = (page: string) =>
      page.replace('aria-selected="true" class="next-tabs-tab active"><div class="next-tabs-tab-inner">已展示回答(3)', 'aria-selected="false" class="next-tabs-tab"><div class="next-tabs-tab-inner">已展示回答(3)')
        .replace('aria-selected="false" class="next-tabs-tab"><div class="next-tabs-tab-inner">卖家回答', 'aria-selected="true" class="next-tabs-tab active"><div class="next-tabs-tab-inner">卖家回答');
    const answers = answersOf(await read('ask-all-drawer-open', sellerTab), '这款羽绒服南方冬天穿会不会太热？');
    expect(answers?.every((a) => a.by.startsWith('卖家回答 '))).toBe(true);
  });

  it('gives a drawer naming no listed question to none', async () => {
    const other = (page: string) => page.replace('<span class="qText--Ed3fR">这款羽绒服南方冬天穿会不会太热？</span>', '<span class="qText--Ed3fR">别的问题</span>');
    expect((await read('ask-all-drawer-open', other)).some((r) => r.answers)).toBe(false);
  });

  it('gives an expanded row’s answers to the question above it', async () => {
    const records = await read('ask-all-legacy-expanded');
    expect(answersOf(records, '这条围巾会掉毛吗？')).toEqual([
      { text: '不掉毛，戴了一冬天了', by: ' h**5 2026-06-21 09:12:40' },
      { text: '刚开始有一点浮毛，洗一次就好了', by: ' 林** 2026-06-23 20:47:18' },
    ]);
    expect(answersOf(records, '可以机洗吗？')).toBeUndefined();
  });
});
