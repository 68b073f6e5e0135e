import { acceptPageReport, rememberPage, type SeenPage } from '@/lib/background/page-reports';
import { mergeRecords, type RecordCache } from '@/lib/background/record-cache';
import { badgeContext } from '@/lib/badges/context';
import { DEFAULT_SETTINGS } from '@/lib/rules/settings';

// Until the Dexie store lands, what pages showed lives in session storage, so it survives worker suspension.
const SEEN = 'seenPages';
const RECORDS = 'records';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(async (message, sender) => {
    const report = acceptPageReport(message, sender, browser.runtime.id);
    if (!report) return undefined;
    const stored = await browser.storage.session.get([SEEN, RECORDS]);
    const records = mergeRecords((stored[RECORDS] as RecordCache | undefined) ?? {}, report.records);
    const seen = rememberPage((stored[SEEN] as SeenPage[] | undefined) ?? [], report);
    await browser.storage.session.set({ [SEEN]: seen, [RECORDS]: records });
    // The ledger of deducted points arrives with the store; until then it is empty.
    return badgeContext(Object.values(records), [], Date.now(), DEFAULT_SETTINGS);
  });
});
