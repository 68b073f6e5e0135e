// @vitest-environment happy-dom
/**
 * The content script's JSX (lib/content/dom-jsx.ts, aliased for Preact in the content-script build only) draws
 * components/Badge.tsx as Preact draws it: the same elements, attributes and text for every kind of badge, handlers
 * that fire, and an opened badge that stays open when drawn again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { badgeModel } from '@/lib/badges/badge-basis';
import type { BadgeContext } from '@/lib/badges/context';
import type { BadgeModel } from '@/lib/badges/badge-model';
import type { PageRecord } from '@/lib/pages/records';
import { DEFAULT_SETTINGS } from '@/lib/rules/settings';
import { installI18n } from '../../support/i18n';

const at = (iso: string) => Date.parse(iso);
const NOW = at('2022-12-25T20:30:00+08:00');
const context: BadgeContext = { settings: DEFAULT_SETTINGS, pointsInWindow: 2, forecast: null, forecastNote: '若均未处理,01-03 将达 4/6 分', storageUnavailable: true };
const RECORDS: PageRecord[] = [
  { kind: 'invoice', id: '1', status: 'open', requestedAt: at('2022-12-05T10:00:00+08:00'), workOrderId: 'W', workOrderCreatedAt: at('2022-12-20T09:00:00+08:00'), compensation: 'auto' },
  { kind: 'logistics', id: '2', status: 'open', lastUpdateAt: at('2022-12-22T10:00:00+08:00'), province: '新疆', listedStalled: true, expectedCompensation: 12.5 },
  { kind: 'qa', id: '3', status: 'open', question: '<b>会起球吗</b>', askedAt: at('2022-12-24T08:00:00+08:00'), buyerAnswerCount: 0 },
  { kind: 'invoice', id: '4', status: 'open', problems: [{ field: 'requestedAt', reason: 'unreadable', detail: '2022-13-45' }] },
];

type BadgeFn = (props: Record<string, unknown>) => unknown;

/** components/Badge.tsx compiled against Preact's JSX runtime, or against the content script's. */
async function badgeWith(runtime: 'preact' | 'dom'): Promise<BadgeFn> {
  vi.resetModules();
  // Tests compile JSX in development form (jsxDEV), which takes the same first two arguments.
  if (runtime === 'dom') vi.doMock('preact/jsx-runtime', async () => ({ ...(await import('@/lib/content/dom-jsx')), jsxDEV: (await import('@/lib/content/dom-jsx')).jsx }));
  else vi.doUnmock('preact/jsx-runtime');
  return (await import('@/components/Badge')).Badge as unknown as BadgeFn;
}

async function drawnBy(runtime: 'preact' | 'dom', props: Record<string, unknown>): Promise<HTMLElement> {
  const Badge = await badgeWith(runtime);
  const container = document.createElement('div');
  if (runtime === 'dom') {
    const { jsx, render } = await import('@/lib/content/dom-jsx');
    render(jsx(Badge as never, props), container);
  } else {
    const { render, h } = await vi.importActual<typeof import('preact')>('preact');
    render(h(Badge as never, props), container);
  }
  return container;
}

describe('the content script’s JSX', () => {
  beforeEach(() => installI18n('zh_CN'));
  afterEach(() => vi.doUnmock('preact/jsx-runtime'));

  it.each(RECORDS.map((r) => [r.kind, r] as const))('draws a %s badge as Preact does', async (_kind, record) => {
    const model: BadgeModel = { ...badgeModel(record, NOW, DEFAULT_SETTINGS, undefined, 2)!, similar: 2 };
    const props = { kind: record.kind, model, now: NOW, context, onUndo: () => undefined, onAnswers: () => undefined };
    expect((await badgeWith('dom'))(props)).toBeInstanceOf(HTMLDetailsElement); // a DOM node, not a Preact vnode
    const ours = await drawnBy('dom', props);
    const theirs = await drawnBy('preact', props);
    const markup = (el: Element) => new XMLSerializer().serializeToString(el);
    expect(markup(ours)).toBe(markup(theirs));
    expect(ours.querySelector('b')?.textContent ?? null).toBe(theirs.querySelector('b')?.textContent ?? null); // page text stays text
  });

  it('fires handlers, and keeps an opened badge open when it is drawn again', async () => {
    const Badge = await badgeWith('dom');
    const { jsx, render } = await import('@/lib/content/dom-jsx');
    const record = RECORDS[2]!;
    const answers = vi.fn<() => void>();
    const model: BadgeModel = { ...badgeModel(record, NOW, DEFAULT_SETTINGS)!, similar: 3 };
    const mount = document.createElement('div');
    const style = mount.appendChild(document.createElement('style'));
    render(jsx(Badge as never, { kind: 'qa', model, now: NOW, context, onAnswers: answers }), mount);
    (mount.querySelector('details') as HTMLDetailsElement).open = true;
    (mount.querySelector('button') as HTMLButtonElement).click();
    expect(answers).toHaveBeenCalledOnce();
    render(jsx(Badge as never, { kind: 'qa', model, now: NOW + 60_000, context, onAnswers: answers }), mount);
    expect(mount.querySelectorAll('details')).toHaveLength(1);
    expect((mount.querySelector('details') as HTMLDetailsElement).open).toBe(true);
    expect(mount.firstChild).toBe(style); // what it did not draw stays
    render(null, mount);
    expect([...mount.childNodes]).toEqual([style]);
  });
});
