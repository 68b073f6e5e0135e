/**
 * The page fixtures (test/pages) as the Firefox suite checks them: whatever fixtures exist, and from each
 * expected record what its badge must be. Records with an id must get a badge host keyed kind:id when they
 * are open and the rules give them something to show; records without an id are counted by kind.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { badgeModel } from '@/lib/badges/badge-basis';
import type { PageRecord } from '@/lib/pages/records';
import { DEFAULT_SETTINGS } from '@/lib/rules/settings';
import { installI18n } from '../support/i18n';

// The rules word a badge's notes, as the background does: through the catalogue.
installI18n('zh_CN');

const DIR = 'test/pages';
const TIME_FIELDS = ['requestedAt', 'workOrderCreatedAt', 'lastUpdateAt', 'askedAt', 'pageDeadline'];

export interface Expected {
  kind: string;
  id?: string;
  status?: string;
  orderId?: string;
  workOrderId?: string;
  [field: string]: unknown;
}

export interface Fixture {
  name: string;
  url: string;
  html: string;
  records: Expected[];
}

export const fixtures: Fixture[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((f) => {
    const name = f.replace('.expected.json', '');
    const json = JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')) as { url: string; records?: Expected[] };
    return { name, url: json.url, html: readFileSync(`${DIR}/${name}.html`, 'utf8'), records: json.records ?? [] };
  });

/**
 * Whether an open expected record calls for a badge at `now`: the shipped rules on the fields the fixture
 * lists (a buyer-answered question, for one, gets none). Records not open may or may not get one.
 */
export function wantsBadge(r: Expected, now: number): boolean {
  if (r.status !== 'open') return false;
  const record = { ...r, id: r.id ?? '' } as Record<string, unknown>;
  for (const f of TIME_FIELDS) if (typeof record[f] === 'string') record[f] = Date.parse(record[f] as string);
  // A row the platform lists as stalled is first seen now: the background badges it from this sighting.
  if (record.listedStalled === true) record.stalledSince = now;
  return badgeModel(record as unknown as PageRecord, now, DEFAULT_SETTINGS) !== null;
}

export const keyOf = (r: Expected) => `${r.kind}:${r.id}`;
