/** What the content script's tests give startSentinel: a background answering as the real one does, a fixed clock. */
import { vi } from 'vitest';
import type { SentinelDeps } from '@/lib/content/sentinel';
import type { NearScreen } from '@/lib/content/near-screen';
import { replyTo } from '@/lib/background/page-reports';
import { parsePageReport, type PageReply, type PageReport } from '@/lib/messages';
import { DEFAULT_SETTINGS, type RuleSettings } from '@/lib/rules/settings';

/** Answers as the background does (background/page-reports.ts), with these settings; keeps every report in `reports`. */
export const fakeBackground = (reports: PageReport[], settings: RuleSettings = DEFAULT_SETTINGS) =>
  async (report: PageReport): Promise<PageReply> => {
    reports.push(report);
    return replyTo(parsePageReport(report)!, { settings, pointsInWindow: 0, forecast: null });
  };

export function sentinelDeps(reports: PageReport[], now: number): SentinelDeps {
  const context = { settings: DEFAULT_SETTINGS, pointsInWindow: 0, forecast: null };
  return { report: fakeBackground(reports), now: () => now, warn: vi.fn<(error: unknown) => void>(), alive: () => true, nearScreen: everyRowNear, context, css: '' };
}

/** Every row counts as near: happy-dom has no layout, so every badge is drawn. */
export function everyRowNear(): NearScreen {
  return { watch: () => undefined, unwatch: () => undefined, isNear: () => true, stop: () => undefined };
}
