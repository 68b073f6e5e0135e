/** Reading page words: placeholders, header keys, substring matches. The words themselves are page knowledge (knowledge.ts). */

/** Cell texts that mean "nothing here": the field is absent, not unreadable. */
export const PLACEHOLDERS: ReadonlySet<string> = new Set(['', '-', '--', '—', '——', '/', '暂无', '无', 'N/A', 'null']);

/** A header or label as a key: normalized text without spaces, trailing colon or bracketed suffix. */
export function headerKey(normalized: string): string {
  return normalized
    .replace(/\s+/g, '')
    .replace(/[([【][^)\]】]*[)\]】]$/, '')
    .replace(/[:*?]+$/, '');
}

export function hasAny(text: string, words: readonly string[]): boolean {
  return words.some((word) => text.includes(word));
}
