import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { catalogue } from '../support/i18n';

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
