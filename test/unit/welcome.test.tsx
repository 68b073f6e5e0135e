// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { PAGE_LINKS } from '@/components/welcome/page-links';
import { Welcome } from '@/components/welcome/Welcome';
import { listenForInstall } from '@/lib/background/welcome';
import { detectPage } from '@/lib/pages/detect';
import { SELLER_MATCHES } from '@/lib/pages/hosts';
import { installI18n } from '../support/i18n';

type Installed = Parameters<typeof fakeBrowser.runtime.onInstalled.trigger>[0];
const installed = (reason: string) => ({ reason, temporary: false }) as unknown as Installed;
const matches = (pattern: string, url: string) => new RegExp(`^${pattern.replace(/[.?]/g, '\\$&').replace(/\*/g, '.*')}$`).test(url);

describe('the welcome page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installI18n('zh_CN');
  });
  afterEach(cleanup);

  it('links each page kind it names on every host the content script runs on, and only pages it reads', () => {
    const urls = PAGE_LINKS.flatMap((p) => p.urls.map((url) => ({ url, kind: p.kind })));
    for (const { url, kind } of urls) {
      expect(detectPage(url), url).toBe(kind);
      expect(SELLER_MATCHES.some((m) => matches(m, url)), url).toBe(true);
    }
    for (const pattern of SELLER_MATCHES) expect(urls.some(({ url }) => matches(pattern, url)), pattern).toBe(true);
    for (const link of PAGE_LINKS.filter((p) => p.kind !== 'ask-all')) {
      expect(link.urls.map((u) => new URL(u).hostname)).toEqual(['myseller.taobao.com', 'qn.taobao.com']);
    }
  });

  it('opens on install, not on an update or a browser update', async () => {
    const create = vi.fn<(props: object) => Promise<Browser.tabs.Tab>>(async () => ({}) as Browser.tabs.Tab);
    fakeBrowser.tabs.create = create as unknown as typeof fakeBrowser.tabs.create;
    listenForInstall();
    await fakeBrowser.runtime.onInstalled.trigger(installed('update'));
    await fakeBrowser.runtime.onInstalled.trigger(installed('chrome_update'));
    expect(create).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger(installed('install'));
    expect(create).toHaveBeenCalledExactlyOnceWith({ url: fakeBrowser.runtime.getURL('/welcome.html') });
  });

  it('says when notifications are blocked and how to allow them, and sends a test one on request', async () => {
    const sendTest = vi.fn<() => Promise<void>>(async () => undefined);
    render(<Welcome checkNotifications={async () => 'denied'} sendTest={sendTest} openOptions={vi.fn<() => void>()} />);
    expect((await screen.findByText(/不允许时效哨兵显示通知/)).getAttribute('role')).toBe('status');
    expect(screen.getByText(/允许方法/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '发一条测试通知' }));
    await screen.findByText(/已发送/);
    expect(sendTest).toHaveBeenCalledOnce();
  });

  it('says nothing about allowing them when they are allowed', async () => {
    render(<Welcome checkNotifications={async () => 'granted'} sendTest={async () => undefined} openOptions={vi.fn<() => void>()} />);
    expect((await screen.findByText('浏览器允许时效哨兵显示通知。')).getAttribute('role')).toBe('status');
    expect(screen.queryByText(/允许方法/)).toBeNull();
  });
});
