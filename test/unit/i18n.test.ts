import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readdirSync, readFileSync } from 'node:fs';
import { catalogue, installI18n } from '../support/i18n';
import { t, useCatalogue, type Catalogue, type MessageKey } from '@/lib/i18n';
import { makeCatalogue } from '@/lib/background/catalogue';

const placeholders = (m: string) => [...m.matchAll(/\$(\d)/g)].map((x) => x[1]).sort().join();

describe('message catalogues', () => {
  const zh = catalogue('zh_CN');
  const en = catalogue('en');

  it('have the same keys in zh_CN and en, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, { message }] of [...Object.entries(zh), ...Object.entries(en)]) expect(message.trim(), key).not.toBe('');
  });

  it('use the same substitutions in both languages', () => {
    for (const key of Object.keys(zh)) expect(placeholders(en[key]!.message), key).toBe(placeholders(zh[key]!.message));
  });

  it('cover every key the code uses', () => {
    const used = new Set<string>();
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(`${dir}/${e.name}`) : [`${dir}/${e.name}`]));
    for (const file of ['lib', 'components', 'entrypoints'].flatMap(walk).filter((f) => /\.tsx?$/.test(f))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z_]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(10);
    for (const key of used) expect(zh, key).toHaveProperty(key);
  });
});

describe("the worker's catalogue (issue 24)", () => {
  afterEach(() => useCatalogue(null));

  it('words every message as the browser does, substitutions and all, without asking the browser', () => {
    for (const locale of ['zh_CN', 'en'] as const) {
      installI18n(locale);
      const made: Catalogue = makeCatalogue();
      const subs = ['甲', '2', '$1', '丁', '5', '6', '7', '8', '9'];
      const asked = Object.keys(made).map((key) => t(key as MessageKey, ...subs));
      const ask = vi.spyOn(fakeBrowser.i18n, 'getMessage');
      useCatalogue(made);
      expect(Object.keys(made).map((key) => t(key as MessageKey, ...subs))).toEqual(asked);
      expect(ask).not.toHaveBeenCalled();
      useCatalogue(null);
      ask.mockRestore();
    }
  });

  it('gives the key of a message it does not hold, as the browser does', () => {
    installI18n();
    useCatalogue({ badge_left: '剩 \ue001' });
    expect(t('badge_left', '3小时')).toBe('剩 3小时');
    expect(t('nonexistent_key' as MessageKey)).toBe('nonexistent_key');
  });
});
