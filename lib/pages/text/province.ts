import { knowledgeVersion, words } from '../knowledge';
import { fail, normalizeText, ok, type Read } from './read';

let shortNames: { of: number; map: ReadonlyMap<string, string> } | null = null;

/** Short name (as addresses may write it: 浙江, 内蒙古, 香港) → full name, for the knowledge's province list. */
function byShortName(): ReadonlyMap<string, string> {
  if (shortNames?.of !== knowledgeVersion()) {
    const map = new Map(words('provinces').map((full) => [full.replace(/(壮族|回族|维吾尔)?自治区$|特别行政区$|[省市]$/, ''), full]));
    shortNames = { of: knowledgeVersion(), map };
  }
  return shortNames.map;
}

/**
 * The province of a receiving address, as its full Simplified name: `寧夏回族自治區銀川市…` → `宁夏回族自治区`.
 * The earliest province name in the text wins (addresses start with it; a later 海南路 or 吉林路 is a street),
 * so `浙江西湖…` is 浙江省 although 江西 also occurs. Masked and spaced addresses (`浙江省 杭州市 ***`) work.
 */
export function readProvince(text: string): Read<string> {
  const norm = normalizeText(text);
  let best: { at: number; full: string } | null = null;
  for (const [short, full] of byShortName()) {
    const at = norm.indexOf(short);
    if (at >= 0 && (best === null || at < best.at)) best = { at, full };
  }
  return best ? ok(best.full) : fail('no province in', text);
}
