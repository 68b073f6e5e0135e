/**
 * Teaching a page: the tables the content script saw (headers and first rows, never stored), the seller's
 * choice of record kind and which column is which field, the recipe that makes, and what that recipe would
 * read from those rows, worked out with the same readers and rules as the page and the background.
 */
import { badgeModel } from '../badges/badge-basis';
import type { FieldName } from '../pages/fields/specs';
import { useKnowledge } from '../pages/knowledge';
import { readPageReport } from '../pages/read-page';
import type { PageRecord, RecordKind } from '../pages/records';
import { knowledgeAt, recipeRoute } from '../pages/recipes/compile';
import type { Recipe } from '../pages/recipes/format';
import type { RuleSettings } from '../rules/settings';

/** A table as the content script answers `page-tables`: its headers, then up to five rows of cell texts in header order. */
export type TableOutline = [headers: string[], ...rows: string[][]];

/** The answer checked: a list of tables, each a list of string lists. */
export function isTableOutlines(value: unknown): value is TableOutline[] {
  const strings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');
  return Array.isArray(value) && value.every((t) => Array.isArray(t) && t.length > 0 && t.every(strings));
}

/** The seller's answer: which header holds which field. */
export type Mapping = Partial<Record<FieldName, string>>;

/** The recipe the seller's answer makes for the page at `href`: header words only, no cell text. */
export function recipeFrom(href: string, kind: RecordKind, mapping: Mapping, now: number, overridesShipped = false, todoList?: string): Recipe {
  const url = new URL(href);
  const seen = `taught ${new Date(now).toISOString().slice(0, 10)}`;
  const fields: Recipe['fields'] = {};
  for (const [field, header] of Object.entries(mapping) as [FieldName, string][]) if (header) fields[field] = [{ header: [header], seen, unverified: true }];
  return {
    id: `taught:${now}`,
    kind,
    where: { host: url.hostname, route: recipeRoute(url) },
    fields,
    taughtAt: now,
    ...(overridesShipped ? { overridesShipped: true } : {}),
    // The seller says rows leave this list once done (pages/recipes/lists.ts): named as the evidence will name it.
    ...(todoList?.trim() ? { todoList: todoList.trim().slice(0, 20) } : {}),
  };
}

/** The outline as a plain table in `doc`, text only (page text never goes through innerHTML). */
function tableIn(doc: Document, [headers, ...rows]: TableOutline): Element {
  const table = doc.createElement('table');
  const head = table.createTHead().insertRow();
  for (const h of headers) head.append(Object.assign(doc.createElement('th'), { textContent: h }));
  const body = table.createTBody();
  for (const cells of rows) {
    const tr = body.insertRow();
    for (const c of cells) tr.insertCell().textContent = c;
  }
  return table;
}

export interface PreviewRow {
  record: PageRecord;
  /** The deadline the badge would count down to, if any. */
  deadline: number | null;
}

/**
 * The records a page at `href` with this table would give under the shipped and taught recipes (plus `draft`),
 * with each badge's deadline. Installs that knowledge in this page (the popup reads no other page).
 */
export function preview(doc: Document, href: string, outline: TableOutline, taught: readonly Recipe[], now: number, settings: RuleSettings): PreviewRow[] {
  useKnowledge(knowledgeAt(href, taught));
  doc.body.replaceChildren(tableIn(doc, outline));
  return readPageReport(doc, href, now).records.map(({ record }) => ({ record, deadline: badgeModel(record, now, settings)?.lead?.at ?? null }));
}

/** How well the recipes in force read a table: nothing, some records with problems, or all fully. */
export function readingOf(rows: readonly PreviewRow[]): 'unread' | 'half' | 'full' {
  if (rows.length === 0) return 'unread';
  return rows.some((r) => (r.record.problems ?? []).length > 0) ? 'half' : 'full';
}
