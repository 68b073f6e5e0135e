// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { showNotice, NOTICE_TAG } from '@/lib/content/page-notice';

describe('the page notices', () => {
  it('keeps the silent-worker notice apart from the page notice, above the list, and takes no page element of the same name (issue 23)', () => {
    document.body.replaceChildren();
    const table = document.createElement('table');
    const fake = document.createElement(NOTICE_TAG); // a page script's look-alike, with no root of ours
    document.body.append(fake, table);
    showNotice(document, '后台没有回应', 'silent');
    showNotice(document, '无权限', 'page');
    const ours = [...document.querySelectorAll(NOTICE_TAG)].filter((h) => h !== fake);
    expect(ours.map((h) => [(h as HTMLElement).dataset.kind, h.shadowRoot!.textContent])).toEqual([
      ['silent', expect.stringContaining('后台没有回应')],
      ['page', expect.stringContaining('无权限')],
    ]);
    expect(ours.every((h) => h.nextElementSibling === table || h.nextElementSibling?.tagName === NOTICE_TAG.toUpperCase())).toBe(true);
    showNotice(document, null, 'silent');
    expect([...document.querySelectorAll(NOTICE_TAG)].filter((h) => h !== fake).map((h) => (h as HTMLElement).dataset.kind)).toEqual(['page']);
    expect(fake.isConnected).toBe(true);
  });
});
