/**
 * The shipped recipes checked against themselves and the fixtures: no word listed twice, no word claimed by
 * two fields of one kind, and every finding not marked unverified shown by some fixture (one of its synonyms) (a header of its
 * tables, a label in its text, a parameter of its URL).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FieldName } from '@/lib/pages/fields/specs';
import type { Finding } from '@/lib/pages/recipes/format';
import { SHIPPED_RECIPES } from '@/lib/pages/recipes/shipped';
import { readTables } from '@/lib/pages/table';
import { normalizeText } from '@/lib/pages/text';
import { fixturesIn, fixtureWindow, parseExpected, parseFixtureHtml, showInWindow } from './fixture-io';

const wordsOf = (f: Finding) => [...(f.header ?? []), ...(f.label ?? []), ...(f.urlParam ?? [])];
const findings = SHIPPED_RECIPES.flatMap((r) => (Object.entries(r.fields) as [FieldName, Finding[]][]).flatMap(([field, fs]) => fs.map((f) => ({ recipe: r.id, field, f }))));

async function whatFixturesShow(): Promise<{ headers: Set<string>; text: string; urls: string[] }> {
  const headers = new Set<string>();
  let text = '';
  const urls: string[] = [];
  for (const fixture of fixturesIn(import.meta.dirname, '')) {
    const expected = parseExpected(fixture.expected!);
    urls.push(expected.url);
    const window = fixtureWindow(expected.url);
    try {
      const document = showInWindow(window, parseFixtureHtml(window, readFileSync(fixture.html!, 'utf8')));
      for (const t of readTables(document)) for (const h of t.headers) headers.add(h);
      text += normalizeText(((document as Document).body ?? (document as unknown as Element)).textContent ?? '');
    } finally {
      await window.happyDOM.close();
    }
  }
  return { headers, text, urls };
}

describe('shipped recipes', () => {
  it('list no word twice within a field', () => {
    const twice = findings.flatMap(({ recipe, field, f }) => wordsOf(f).filter((w, i, all) => all.indexOf(w) !== i).map((w) => `${recipe} ${field}: ${w}`));
    expect(twice).toEqual([]);
  });

  it('give no header word to two fields of one kind', () => {
    const clashes = SHIPPED_RECIPES.flatMap((r) => {
      const owner = new Map<string, FieldName>();
      return (Object.entries(r.fields) as [FieldName, Finding[]][]).flatMap(([field, fs]) =>
        fs.flatMap((f) => f.header ?? []).flatMap((w) => {
          const before = owner.get(w);
          owner.set(w, before ?? field);
          return before && before !== field ? [`${r.kind}: ${w} (${before}, ${field})`] : [];
        }),
      );
    });
    expect(clashes).toEqual([]);
  });

  it('have ids of their own', () => {
    expect(new Set(SHIPPED_RECIPES.map((r) => r.id)).size).toBe(SHIPPED_RECIPES.length);
  });

  it('are each shown by a fixture, or marked unverified', async () => {
    const shown = await whatFixturesShow();
    // A finding is a list of synonyms: one of them shown is the finding seen.
    const seen = (f: Finding) =>
      (f.header ?? []).some((w) => shown.headers.has(w)) ||
      (f.label ?? []).some((w) => shown.text.includes(`${w}:`) || shown.text.includes(`${w} :`)) ||
      (f.urlParam ?? []).some((p) => shown.urls.some((u) => new URL(u).searchParams.has(p)));
    const unshown = findings.filter(({ f }) => !f.unverified && !seen(f)).map(({ recipe, field, f }) => `${recipe} ${field}: ${wordsOf(f).join(' ')}`);
    expect(unshown).toEqual([]);
  });
});
