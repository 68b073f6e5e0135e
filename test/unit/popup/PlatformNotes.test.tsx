// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { PlatformNotes } from '@/components/popup/PlatformNotes';
import type { PlatformState } from '@/lib/store/platform';
import { H, sh } from '../store/helpers';
import { installI18n } from '../../support/i18n';

const NOW = sh('2026-12-07T10:00:00');
const HOME = 'https://myseller.taobao.com/home.htm/QnworkbenchHome/';
const counts = (readAt: number): PlatformState['counts'] => ({ key: 'counts', counts: { invoiceApply: 40, updateException: 5, payGotException: 2 }, readAt, url: HOME });
const logged = { invoice: 12, logistics: 3 };

describe('what the platform says, in the popup', () => {
  beforeEach(() => installI18n('zh_CN'));
  afterEach(cleanup);

  it('shows the platform’s counts beside the log’s, where to look, and when they were read', () => {
    const { container } = render(<PlatformNotes state={{ counts: counts(NOW - 3 * H) }} logged={logged} now={NOW} />);
    const lines = [...container.querySelectorAll('.platform-count')];
    expect(lines.map((l) => l.textContent)).toEqual([
      '平台显示 临赔发票申请 40 · 已记录 12 → 打开发票管理',
      '平台显示 物流异常包裹(揽收/运输/派送) 7 · 已记录 3 → 打开包裹中心',
    ]);
    expect(lines[0]!.querySelector('a')!.getAttribute('href')).toBe('https://myseller.taobao.com/home.htm/merchant-invoice/');
    expect(container.querySelector('.platform-when')!.textContent).toBe('读于 12-07 07:00(3 小时前)');
  });

  it('says counts read long ago are out of date', () => {
    const { container } = render(<PlatformNotes state={{ counts: counts(NOW - 30 * H) }} logged={logged} now={NOW} />);
    const when = container.querySelector('.platform-when')!;
    expect(when.classList.contains('stale')).toBe(true);
    expect(when.textContent).toBe('读于 12-06 04:00(30 小时前) · 已过时,打开工作台首页刷新');
  });

  it('says an account without invoice permission cannot see the requests and who can; nothing when there is nothing to say', () => {
    const access = { key: 'invoice-access', state: 'no-permission', at: NOW - 10 * 60_000, url: 'https://myseller.taobao.com/home.htm/merchant-invoice/' } as const;
    const { container } = render(<PlatformNotes state={{ access }} logged={logged} now={NOW} />);
    expect(container.querySelector('[role="alert"]')!.textContent).toBe(
      '此账号无权查看发票申请:发票管理对它显示为空,不代表没有到期的申请。主账号可以查看。(读于 12-07 09:50(10 分钟前))',
    );
    cleanup();
    const empty = render(<PlatformNotes state={{ access: { ...access, state: 'empty' } }} logged={logged} now={NOW} />);
    expect(empty.container.textContent).toBe('');
  });
});
