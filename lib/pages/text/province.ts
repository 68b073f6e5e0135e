import { words } from '../knowledge';
import { fail, normalizeText, ok, type Read } from './read';

/**
 * The province of a receiving address, as its full Simplified name: `寧夏回族自治區銀川市…` → `宁夏回族自治区`.
 * The earliest province name in the text wins (addresses start with it; a later 海南路 or 吉林路 is a street),
 * so `浙江西湖…` is 浙江省 although 江西 also occurs. Masked and spaced addresses (`浙江省 杭州市 ***`) work.
 * Short names (浙江, 内蒙古, 香港) come with the knowledge, beside the full ones.
 */
export function readProvince(text: string): Read<string> {
  const norm = normalizeText(text);
  const full = words('provinces');
  let found: string | undefined;
  let earliest = Infinity;
  for (const [i, short] of words('provinceShort').entries()) {
    const at = norm.indexOf(short);
    if (at >= 0 && at < earliest) [earliest, found] = [at, full[i]];
  }
  return found ? ok(found) : fail('no province in', text);
}
