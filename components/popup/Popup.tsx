import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { RuleSettings } from '@/lib/rules/settings';
import type { SentinelDb } from '@/lib/store/db';
import { addPenalty, handledByUser, leftListsSince, loadSettings, markDone, reopenItem } from '@/lib/store/log';
import { DAY_MS } from '@/lib/rules/shanghai';
import { StorageUnavailableError, withLog } from '@/lib/store/availability';
import { summarize, type Summary } from '@/lib/store/summary';
import { AddPoint } from './AddPoint';
import { HelpPanel } from './HelpPanel';
import { HandledList } from './HandledList';
import { LeftLists } from './LeftLists';
import { ItemList } from './ItemList';
import { SummaryCards } from './SummaryCards';
import { BrokenPages } from './BrokenPages';
import { brokenPageKinds } from '@/lib/store/page-health';
import type { LogItem, PageHealth, Snooze } from '@/lib/store/types';
import { clearSnoozes, snoozeItem, snoozesByItem } from '@/lib/store/snoozes';
import type { DaysAhead } from '@/lib/reminders/days-ahead';
import { isLogEmpty, openByDay } from '@/lib/store/days-ahead';
import { AnswerLog } from './AnswerLog';
import { PlatformNotes } from './PlatformNotes';
import { loadPlatformState, openLogged, type PlatformState } from '@/lib/store/platform';
import { EmptyLog } from './EmptyLog';
import { useSellerAnswers } from './use-seller-answers';
import { selectedItems, WEEK_DAYS, WeekStrip } from './WeekStrip';
import { TeachOffer } from './TeachOffer';
import { askSellerTab, askWorkerSilent, type SellerTab } from '@/lib/teach/page-link';
import { loadRecipes, saveRecipe } from '@/lib/store/recipes';
import type { Recipe } from '@/lib/pages/recipes/format';

/** How many handled items the popup offers to reopen, latest first. */
const HANDLED_SHOWN = 20;

interface Props {
  db: SentinelDb;
  now: number;
  /** Tells the background the log changed (re-plan reminders, recount the toolbar). */
  onLogChanged(): void;
  openOptions(): void;
  copyText(text: string): Promise<void>;
  /** Opens the first-run guide (the empty log links to it). */
  openWelcome?(): void;
  /** The seller page under the popup and its tables (page-link.ts); null elsewhere. */
  askTab?(): Promise<SellerTab | null>;
  /** Whether that page's content script gets no answer from the worker (page-link.ts). */
  askSilent?(): Promise<boolean>;
  /** In the side panel (issue 25): an item's click shows its row in the seller tab. */
  openItem?(item: LogItem): void;
}

export function Popup({ db, now, onLogChanged, openOptions, copyText, openWelcome = () => undefined, askTab = askSellerTab, askSilent = askWorkerSilent, openItem }: Props) {
  const [state, setState] = useState<{
    summary: Summary;
    settings: RuleSettings;
    broken: PageHealth[];
    week: DaysAhead<LogItem>;
    empty: boolean;
    taught: Recipe[];
    platform: PlatformState;
    logged: { invoice: number; logistics: number };
    left: LogItem[];
    snoozes: Map<string, Snooze>;
  } | null>(null);
  const [page, setPage] = useState<SellerTab | null>(null);
  useEffect(() => void askTab().then(setPage, () => setPage(null)), [askTab]);
  const [silent, setSilent] = useState(false);
  useEffect(() => void askSilent().then(setSilent, () => undefined), [askSilent]);
  /** The week strip's selected day ('overdue' or `2026-12-02`): the list shows that day's items only. */
  const [day, setDay] = useState<string | null>(null);
  const [error, setError] = useState('');
  const suggestionsFor = useSellerAnswers(db);
  const load = useCallback(async () => {
    try {
      const settings = await withLog(db, () => loadSettings(db));
      const [summary, broken, week, empty, taught, platform, logged, left, snoozes] = await withLog(db, () =>
        Promise.all([
          summarize(db, now, settings),
          brokenPageKinds(db),
          openByDay(db, now, WEEK_DAYS, settings),
          isLogEmpty(db),
          loadRecipes(db),
          loadPlatformState(db),
          openLogged(db),
          leftListsSince(db, now - DAY_MS),
          snoozesByItem(db),
        ]),
      );
      setState({ settings, summary, broken, week, empty, taught, platform, logged, left, snoozes });
      setError('');
    } catch (e) {
      setError(e instanceof StorageUnavailableError ? t('storage_unavailable') : t('popup_error', String((e as Error)?.message ?? e)));
    }
  }, [db, now]);
  useEffect(() => void load(), [load]);

  const changed = async () => {
    onLogChanged();
    await load();
  };
  // Before anything else: the page under the popup shows no badges because the worker does not answer it.
  const silentLine = silent && <p class="silent" role="status">{t('worker_silent')}</p>;
  if (error) return <p role="alert">{error}</p>;
  // The silent worker is said while the rest loads too: some of it waits on that worker.
  if (!state) return <main>{silentLine}<p>{t('popup_loading')}</p></main>;
  return (
    <main>
      <header>
        <h1>{t('extName')}</h1>
        <button type="button" class="link" onClick={openOptions}>
          {t('popup_options')}
        </button>
      </header>
      {silentLine}
      <BrokenPages pages={state.broken} copy={copyText} taught={state.taught} />
      <PlatformNotes state={state.platform} logged={state.logged} now={now} />
      <TeachOffer
        page={page}
        taught={state.taught}
        settings={state.settings}
        now={now}
        onSave={async (recipe) => {
          await withLog(db, () => saveRecipe(db, recipe));
          // The background compiles the recipes anew and the open seller tabs fetch their knowledge again.
          await changed();
        }}
      />
      {state.empty ? (
        <EmptyLog openWelcome={openWelcome} />
      ) : (
        <>
          <SummaryCards summary={state.summary} settings={state.settings} />
          <WeekStrip week={state.week} selected={day} onSelect={setDay} />
        </>
      )}
      {!state.empty && (
        <ItemList
          items={selectedItems(state.week, day) ?? state.summary.items}
          now={now}
          settings={state.settings}
          onDone={async (item) => {
            await markDone(db, item.key, now);
            await changed();
          }}
          openItem={openItem}
          snoozes={state.snoozes}
          onSnooze={async (item, choice) => {
            await withLog(db, () => snoozeItem(db, item.key, choice, now));
            await changed();
          }}
          onUnsnooze={async (item) => {
            await withLog(db, () => clearSnoozes(db, [item.key]));
            await changed();
          }}
          suggestionsFor={suggestionsFor ?? undefined}
          copy={copyText}
          qaView={<AnswerLog load={() => withLog(db, () => db.answers.toArray())} copy={copyText} />}
        />
      )}
      <LeftLists
        items={state.left}
        onReopen={async (item) => {
          await reopenItem(db, item.key, state.settings);
          await changed();
        }}
      />
      <HandledList
        load={() => withLog(db, () => handledByUser(db, HANDLED_SHOWN))}
        onReopen={async (item) => {
          await reopenItem(db, item.key, state.settings);
          await changed();
        }}
      />
      <AddPoint
        now={now}
        onAdd={async (e) => {
          await addPenalty(db, { ...e, source: 'user' });
          await changed();
        }}
      />
      <HelpPanel />
    </main>
  );
}
