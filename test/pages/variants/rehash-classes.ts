/**
 * Build-hashed class names changed, as a new release of the app does: every class `name--hash` (CSS
 * modules, `navItem--uDJGIOeJ`) gets a new hash of the same length, one per class across the page; the
 * component libraries' stable classes (`next-*`, `art-*`), BEM modifiers (`state--wait`) and unhashed
 * classes are kept.
 */
import { copyDocument, hash, random, type Transform } from './dom';

const HASHED = /^([A-Za-z][\w-]*?)--([A-Za-z0-9]{3,})$/;
const STABLE = /^(next|art)-/;

/** `name--hash` with a hash of mixed case or digits (`--2uWqE`, `--x8Q`); a BEM modifier (`state--wait`) is not one. */
export function isHashedClass(name: string): boolean {
  const m = HASHED.exec(name);
  return m !== null && !STABLE.test(name) && /[\dA-Z]/.test(m[2]!);
}

export const rehashClasses: Transform = (doc, seed) => {
  const out = copyDocument(doc);
  const rand = random(seed);
  const renamed = new Map<string, string>();
  for (const el of Array.from(out.querySelectorAll('[class]'))) {
    const names = Array.from(el.classList);
    if (!names.some(isHashedClass)) continue;
    el.className = names
      .map((name) => {
        if (!isHashedClass(name)) return name;
        let next = renamed.get(name);
        while (next === undefined || next === name) {
          const [, base, old] = HASHED.exec(name)!;
          next = `${base}--${hash(rand, old!.length)}`;
          if (!isHashedClass(next)) next = undefined;
        }
        renamed.set(name, next);
        return next;
      })
      .join(' ');
  }
  const some = [...renamed].slice(0, 3).map(([from, to]) => `${from} → ${to}`);
  return renamed.size > 0 ? { document: out, changes: [`${renamed.size} hashed classes renamed: ${some.join(', ')}, …`] } : null;
};
