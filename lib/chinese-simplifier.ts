/** A Traditional → Simplified converter for `pairs`: each Traditional character followed by its Simplified one (chinese.ts). */
export function simplifier(pairs: string): (text: string) => string {
  const map = new Map<string, string>();
  const chars = Array.from(pairs);
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
  // Every Traditional character of the map (all in the BMP): text without one is returned untouched, by one native scan.
  const traditional = new RegExp(`[${[...map.keys()].join('')}]`, 'g');
  return (text) => text.replace(traditional, (ch) => map.get(ch)!);
}
