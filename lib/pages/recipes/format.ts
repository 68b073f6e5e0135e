/**
 * Page knowledge as recipes: where a recipe applies, the record kind it reads, and per field how to find it on
 * the page (a column's header words, a `label：value` label, a URL parameter), each finding with where and
 * when it was seen. The extension ships recipes (shipped.ts) and the seller teaches more (taught in the popup);
 * both become the one knowledge the readers use (compile.ts), so shipped and taught pages read alike.
 */
import type { FieldName } from '../fields/specs';
import type { RecordKind } from '../records';

export interface Finding {
  /** Header texts of the field's column, as headerKey leaves them (Simplified, no spaces, no trailing colon). */
  header?: readonly string[];
  /** Words of its `label：value` pairs in a row, where they differ from its header words. */
  label?: readonly string[];
  /** URL parameters that name it for the whole page (`itemParams=…`). */
  urlParam?: readonly string[];
  /** Where and when it was seen: a public source and month, or `taught` with the day. */
  seen: string;
  /** No fixture shows it (a guess, or a page only the seller has seen). */
  unverified?: true;
}

/**
 * Where a recipe applies; no key: on every seller page, where its header words still match only tables that have
 * those very headers ("any seller page whose table has these headers").
 */
export interface RecipeWhere {
  /** The seller host, e.g. `myseller.taobao.com`. */
  host?: string;
  /** A route prefix: path and hash path after the host, e.g. `/home.htm/aftersale/task`. */
  route?: string;
}

export interface Recipe {
  /** `shipped:<name>` or `taught:<time>`: unique. */
  id: string;
  kind: RecordKind;
  where: RecipeWhere;
  fields: Partial<Record<FieldName, readonly Finding[]>>;
  /** Taught recipes: when (epoch ms). */
  taughtAt?: number;
  /** The seller said its words may take a header the shipped recipes already read. */
  overridesShipped?: true;
  /** The seller said its route is a to-do list (lists.ts), and how to name it: rows leave it when done. */
  todoList?: string;
}

/** The fields a seller can teach per kind, in the order the teach view offers them. */
export const TEACHABLE: Readonly<Record<RecordKind, readonly FieldName[]>> = {
  invoice: ['workOrderId', 'orderId', 'requestedAt', 'workOrderCreatedAt', 'pageDeadline', 'status', 'taskType'],
  logistics: ['workOrderId', 'orderId', 'lastUpdateAt', 'workOrderCreatedAt', 'pageDeadline', 'province', 'status', 'taskType'],
  qa: ['question', 'askedAt', 'itemId', 'buyerAnswerCount', 'status'],
};
