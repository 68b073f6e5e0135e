/**
 * Loads rule vectors (DESIGN contract 1) from test/vectors/*.json and, when RULE_VECTORS_DIR is set,
 * from that folder too. Strict on purpose: a malformed file, unknown kind, unknown field or bad time
 * becomes an error on that case, which the runner turns into a failing test instead of a skip.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SETTINGS, type RuleSettings } from '../../lib/rules/settings';

export type Kind = 'invoice' | 'logistics' | 'qa' | 'ledger';
/** Value type of a vector field. Instants are ISO strings with an offset in the file, epoch ms once parsed. */
type FieldType = 'instant' | 'instant|null' | 'number' | 'number|null' | 'boolean' | 'string|null' | 'priority|null' | 'events' | 'moments';

const INPUT: Record<Kind, Record<string, FieldType>> = {
  invoice: { requestedAt: 'instant', workOrderCreatedAt: 'instant|null' },
  logistics: { lastUpdateAt: 'instant', province: 'string|null', workOrderCreatedAt: 'instant|null' },
  qa: { askedAt: 'instant', buyerAnswerCount: 'number', itemQaCount: 'number|null', answerable: 'boolean' },
  ledger: { events: 'events', at: 'instant', forecast: 'moments' },
};
const OPTIONAL_INPUT: ReadonlySet<string> = new Set(['ledger.forecast']);

export const EXPECT: Record<Kind, Record<string, FieldType>> = {
  invoice: {
    firstDeadline: 'instant',
    finalDeadline: 'instant',
    respondBy: 'instant|null',
    penaltyRiskAt: 'instant|null',
    pointsAtRisk: 'number',
  },
  logistics: { exposureAt: 'instant|null', remote: 'boolean', replyBy: 'instant|null' },
  qa: { suggestAt: 'instant|null', priority: 'priority|null' },
  ledger: { points: 'number', otherPoints: 'number', forecastPoints: 'number' },
};

const INSTANT_SETTINGS: ReadonlySet<string> = new Set(['specialPeriodStart', 'specialPeriodEnd', 'invoicePenaltyFrom']);

export type Value = number | boolean | string | null | { at: number; points: number; rule?: 'invoice' | 'other' }[] | { at: number }[];

export interface Vector {
  id: string;
  kind: Kind;
  note?: string;
  input: Record<string, Value>;
  settings: Partial<RuleSettings>;
  /** Field → expected value, with the field's type so instants print as instants. */
  expect: Record<string, { type: FieldType; value: Value }>;
}

/** One test case: a parsed vector, or the reason it could not be parsed. */
export interface VectorCase {
  name: string;
  vector?: Vector;
  error?: string;
}

export interface VectorSource {
  label: string;
  dir: string;
  cases: VectorCase[];
}

const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/** ISO 8601 with an explicit offset → epoch ms. Rejects zone-less times (they would depend on TZ) and rolled-over dates like 02-30. */
export function parseInstant(text: unknown, where = 'time'): number {
  if (typeof text !== 'string') throw new Error(`${where}: expected an ISO time string, got ${JSON.stringify(text)}`);
  const m = ISO_WITH_OFFSET.exec(text);
  if (!m) throw new Error(`${where}: not ISO 8601 with an offset: ${JSON.stringify(text)}`);
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new Error(`${where}: unparseable time ${JSON.stringify(text)}`);
  const offsetMin = m[8] === 'Z' ? 0 : (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11]));
  const wall = new Date(ms + offsetMin * 60_000);
  const fields = [wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate(), wall.getUTCHours(), wall.getUTCMinutes()];
  const written = [m[1], m[2], m[3], m[4], m[5]].map(Number);
  if (fields.some((f, i) => f !== written[i])) throw new Error(`${where}: no such time ${JSON.stringify(text)}`);
  return ms;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function parseValue(raw: unknown, type: FieldType, where: string): Value {
  const fail = (want: string): never => {
    throw new Error(`${where}: expected ${want}, got ${JSON.stringify(raw)}`);
  };
  if (raw === null && type.endsWith('|null')) return null;
  switch (type) {
    case 'instant':
    case 'instant|null':
      return parseInstant(raw, where);
    case 'number':
    case 'number|null':
      return typeof raw === 'number' && Number.isFinite(raw) ? raw : fail('a number');
    case 'boolean':
      return typeof raw === 'boolean' ? raw : fail('true or false');
    case 'string|null':
      return typeof raw === 'string' ? raw : fail('a string or null');
    case 'priority|null':
      return raw === 'high' || raw === 'normal' ? raw : fail('"high", "normal" or null');
    case 'events':
      if (!Array.isArray(raw)) return fail('an array of {at, points, rule?}');
      return raw.map((e, i) => {
        if (!isRecord(e) || Object.keys(e).some((k) => k !== 'at' && k !== 'points' && k !== 'rule')) return fail('{at, points, rule?} items');
        if (e.rule !== undefined && e.rule !== 'invoice' && e.rule !== 'other') return fail('rule "invoice" or "other"');
        const event = { at: parseInstant(e.at, `${where}[${i}].at`), points: parseValue(e.points, 'number', `${where}[${i}].points`) as number };
        return e.rule === undefined ? event : { ...event, rule: e.rule };
      });
    case 'moments':
      if (!Array.isArray(raw)) return fail('an array of {at}');
      return raw.map((e, i) => {
        if (!isRecord(e) || Object.keys(e).some((k) => k !== 'at')) return fail('{at} items');
        return { at: parseInstant(e.at, `${where}[${i}].at`) };
      });
  }
}

/** Vector `settings` → RuleSettings overrides, by name; instants as ISO strings (specialPeriodEnd may be null). */
export function parseSettings(raw: unknown, where = 'settings'): Partial<RuleSettings> {
  if (raw === undefined) return {};
  if (!isRecord(raw)) throw new Error(`${where}: expected an object`);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const at = `${where}.${key}`;
    if (!Object.hasOwn(DEFAULT_SETTINGS, key)) throw new Error(`${at}: unknown setting`);
    const def: unknown = DEFAULT_SETTINGS[key as keyof RuleSettings];
    if (INSTANT_SETTINGS.has(key)) {
      out[key] = value === null && key === 'specialPeriodEnd' ? null : parseInstant(value, at);
    } else if (Array.isArray(def)) {
      const itemType = typeof def[0];
      if (!Array.isArray(value) || value.some((v) => typeof v !== itemType)) throw new Error(`${at}: expected an array of ${itemType}`);
      out[key] = value;
    } else {
      out[key] = parseValue(value, 'number', at);
    }
  }
  return out as Partial<RuleSettings>;
}

const TOP_LEVEL = new Set(['id', 'kind', 'note', 'input', 'settings', 'expect']);

export function parseVector(raw: unknown, where: string): Vector {
  if (!isRecord(raw)) throw new Error(`${where}: a vector must be an object`);
  const unknownKeys = Object.keys(raw).filter((k) => !TOP_LEVEL.has(k));
  if (unknownKeys.length) throw new Error(`${where}: unknown keys ${unknownKeys.join(', ')}`);
  const { id, kind, note } = raw;
  if (typeof id !== 'string' || id === '') throw new Error(`${where}: missing id`);
  if (typeof kind !== 'string' || !Object.hasOwn(INPUT, kind)) throw new Error(`${where}: unknown kind ${JSON.stringify(kind)}`);
  if (note !== undefined && typeof note !== 'string') throw new Error(`${where}: note must be a string`);
  const k = kind as Kind;

  if (!isRecord(raw.input)) throw new Error(`${where}: missing input object`);
  const input: Record<string, Value> = {};
  for (const name of Object.keys(raw.input)) if (!Object.hasOwn(INPUT[k], name)) throw new Error(`${where}: unknown ${k} input ${name}`);
  for (const [name, type] of Object.entries(INPUT[k])) {
    if (!Object.hasOwn(raw.input, name)) {
      if (OPTIONAL_INPUT.has(`${k}.${name}`)) continue;
      throw new Error(`${where}: missing input ${name}`);
    }
    input[name] = parseValue(raw.input[name], type, `${where}: input.${name}`);
  }

  if (!isRecord(raw.expect) || Object.keys(raw.expect).length === 0) throw new Error(`${where}: missing expect`);
  const expect: Vector['expect'] = {};
  for (const [name, value] of Object.entries(raw.expect)) {
    const type = Object.hasOwn(EXPECT[k], name) ? EXPECT[k][name] : undefined;
    if (type === undefined) throw new Error(`${where}: unknown ${k} expect field ${name}`);
    expect[name] = { type, value: parseValue(value, type, `${where}: expect.${name}`) };
  }
  return { id, kind: k, ...(note === undefined ? {} : { note }), input, settings: parseSettings(raw.settings, `${where}: settings`), expect };
}

/** Cases of one file; a file that cannot be read becomes one failing case named after the file. */
export function loadVectorFile(path: string, file: string): VectorCase[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    return [{ name: `${file} (unreadable)`, error: `${path}: ${(e as Error).message}` }];
  }
  if (!Array.isArray(data) || data.length === 0) {
    return [{ name: `${file} (malformed)`, error: `${path}: expected a non-empty array of vectors` }];
  }
  const seen = new Set<string>();
  return data.map((raw, i): VectorCase => {
    const rawId = isRecord(raw) && typeof raw.id === 'string' && raw.id !== '' ? raw.id : `#${i}`;
    const name = `${rawId} (${file})`;
    if (seen.has(rawId)) return { name: `${name} [duplicate]`, error: `${path}: duplicate id ${rawId}` };
    seen.add(rawId);
    try {
      return { name, vector: parseVector(raw, `${file} ${rawId}`) };
    } catch (e) {
      return { name, error: (e as Error).message };
    }
  });
}

export function loadVectorDir(dir: string, label: string): VectorSource {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { label, dir, cases: [{ name: `${label}: folder`, error: `${dir} is not a folder` }] };
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) return { label, dir, cases: [{ name: `${label}: folder`, error: `no *.json vectors in ${dir}` }] };
  return { label, dir, cases: files.flatMap((f) => loadVectorFile(join(dir, f), f)) };
}

export const LOCAL_VECTORS_DIR = dirname(fileURLToPath(import.meta.url));

/** test/vectors always; RULE_VECTORS_DIR (relative to the working directory) when set. */
export function loadVectorSources(env: Record<string, string | undefined> = process.env): VectorSource[] {
  const sources = [loadVectorDir(LOCAL_VECTORS_DIR, 'test/vectors')];
  const extra = env.RULE_VECTORS_DIR;
  if (extra !== undefined && extra !== '') {
    const dir = resolve(extra);
    sources.push(loadVectorDir(dir, `RULE_VECTORS_DIR=${dir}`));
  }
  return sources;
}
