import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The project's lint config must forbid every way of turning text into markup or code.
const FORBIDDEN: [string, string, string][] = [
  ['innerHTML', 'no-restricted-properties', 'export function f(el: Element, s: string) { el.innerHTML = s; }'],
  ['outerHTML', 'no-restricted-properties', 'export function f(el: Element, s: string) { el.outerHTML = s; }'],
  ['insertAdjacentHTML', 'no-restricted-properties', "export function f(el: Element, s: string) { el.insertAdjacentHTML('beforeend', s); }"],
  ['dangerouslySetInnerHTML', 'no-danger', 'export const C = ({ s }: { s: string }) => <div dangerouslySetInnerHTML={{ __html: s }} />;'],
  ['eval', 'no-eval', 'export function f(s: string) { return eval(s); }'],
  ['new Function', 'no-new-func', "export function f(s: string) { return new Function('x', s); }"],
  ['document.write', 'no-restricted-properties', 'export function f(s: string) { document.write(s); }'],
];

function lint(source: string): { status: number | null; out: string } {
  const dir = mkdtempSync(join('test', '.lint-probe-'));
  try {
    writeFileSync(join(dir, 'probe.tsx'), `${source}\n`);
    const r = spawnSync('npx', ['oxlint', '-c', '.oxlintrc.json', '--deny-warnings', dir], { encoding: 'utf8' });
    return { status: r.status, out: r.stdout + r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('lint rules', () => {
  it('pass plain text rendering', () => {
    expect(lint('export function f(el: Element, s: string) { el.textContent = s; }').status).toBe(0);
  });
  for (const [what, rule, source] of FORBIDDEN) {
    it(`forbid ${what} (${rule})`, () => {
      const { status, out } = lint(source);
      expect(status, out).not.toBe(0);
      expect(out).toContain(rule);
    });
  }
});
