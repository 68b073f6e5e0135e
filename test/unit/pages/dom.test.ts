// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rawText, textOf } from '@/lib/pages/dom';
import { normalizeText } from '@/lib/pages/text';

/** A table cell holding `html`, parsed as a page would be. */
function cellWith(html: string): Element {
  return new DOMParser().parseFromString(`<table><tr><td>${html}</td></tr></table>`, 'text/html').querySelector('td')!;
}

const TAGS = ['div', 'span', 'em', 'b', 'script', 'style', 'svg', 'a', 'i', 'p'];
/** Random markup: text (with full-width digits and Traditional characters) nested in the tags above. */
const markup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('', ' ', '2022-12-05', '１０:００', '還沒開票', '剩余3小时', ' a\u00a0b '),
    fc.tuple(fc.constantFrom(...TAGS), fc.array(tie('node'), { maxLength: 3 })).map(([tag, kids]) => `<${tag}>${kids.join('')}</${tag}>`),
  ),
})).node;

describe('textOf', () => {
  it('reads what normalizing rawText reads, on any markup (its single-wrapper shortcut included)', () => {
    fc.assert(
      fc.property(markup, (html) => {
        const cell = cellWith(html);
        expect(textOf(cell)).toBe(normalizeText(rawText(cell)));
      }),
      { numRuns: 500 },
    );
  });

  it('puts a space between blocks and none inside a word', () => {
    const cell = cellWith('<div>2022-12-05</div><div>10:00</div><span>剩<em>余</em>3小时</span><script>x</script>');
    expect(textOf(cell)).toBe('2022-12-05 10:00 剩余3小时');
  });
});
