/**
 * The cross-check of page knowledge against every fixture's headers: a header that one field's words or
 * rule claims is claimed by no other field, so no column can be read as two fields at once.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELD_RULES, type FieldName } from '@/lib/pages/fields/specs';
import { ruleCovers, wordsOf } from '@/lib/pages/knowledge';
import { readTables } from '@/lib/pages/table';
import { fixturesIn, fixtureWindow, parseExpected, parseFixtureHtml, showInWindow } from './fixture-io';

const FIELDS = Object.keys(FIELD_RULES) as FieldName[];

/** Every field whose words or rule name the header, each with how. */
function claimsOf(header: string): string[] {
  return FIELDS.flatMap((f) => [...(wordsOf(f).includes(header) ? [`${f} (words)`] : []), ...(ruleCovers(f, header) ? [`${f} (rule)`] : [])]);
}

describe('field words and rules against the fixtures', () => {
  const fixtures = fixturesIn(import.meta.dirname, '');
  it.each(fixtures.map((f) => [f.name, f] as const))('%s: no header is claimed by two fields', async (_name, fixture) => {
    const expected = parseExpected(fixture.expected!);
    const window = fixtureWindow(expected.url);
    try {
      const document = showInWindow(window, parseFixtureHtml(window, readFileSync(fixture.html!, 'utf8')));
      const headers = new Set(readTables(document).flatMap((t) => t.headers).filter((h) => h !== ''));
      const doubly = [...headers].map((h) => [h, [...new Set(claimsOf(h).map((c) => c.split(' ')[0]))]] as const).filter(([, fields]) => fields.length > 1);
      expect(doubly.map(([h]) => `${h}: ${claimsOf(h).join(', ')}`)).toEqual([]);
    } finally {
      await window.happyDOM.close();
    }
  });

  it('has no word listed for two fields', () => {
    const owners = new Map<string, FieldName[]>();
    for (const f of FIELDS) for (const w of wordsOf(f)) owners.set(w, [...(owners.get(w) ?? []), f]);
    expect([...owners].filter(([, fs]) => fs.length > 1)).toEqual([]);
  });

  it('would catch a header two fields claim', () => {
    expect(claimsOf('订单号')).toEqual(['orderId (words)', 'orderId (rule)']);
    expect(claimsOf('申请提问时间').length).toBeGreaterThan(1); // requestedAt's rule and askedAt's rule both take it
  });
});
