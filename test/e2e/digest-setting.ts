/**
 * Sets the morning digest for a Chromium test (minutes after Shanghai midnight, or null: off) and, optionally, the
 * day it last went out in. A test that involves reminders sets it, so its hour against the default 09:00 never
 * decides what it sees.
 */
import type { ExtensionBrowser } from '../../scripts/lib/chromium.mjs';
import { digestRows } from '../support/digest-clock';
import { setSettings } from './settings-rows';

export const setDigest = (b: ExtensionBrowser, minutes: number | null, shownDay?: string): Promise<void> => setSettings(b, digestRows(minutes, shownDay));
