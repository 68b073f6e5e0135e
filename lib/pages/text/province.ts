import { fail, normalizeText, ok, type Read } from './read';

/** The 34 province-level divisions, full names in Simplified. */
export const PROVINCES: readonly string[] = [
  '北京市', '天津市', '上海市', '重庆市',
  '河北省', '山西省', '辽宁省', '吉林省', '黑龙江省', '江苏省', '浙江省', '安徽省', '福建省', '江西省', '山东省',
  '河南省', '湖北省', '湖南省', '广东省', '海南省', '四川省', '贵州省', '云南省', '陕西省', '甘肃省', '青海省', '台湾省',
  '内蒙古自治区', '广西壮族自治区', '西藏自治区', '宁夏回族自治区', '新疆维吾尔自治区',
  '香港特别行政区', '澳门特别行政区',
];

/** Short name (as addresses may write it: 浙江, 内蒙古, 香港) → full name. */
const BY_SHORT_NAME: ReadonlyMap<string, string> = new Map(
  PROVINCES.map((full) => [full.replace(/(壮族|回族|维吾尔)?自治区$|特别行政区$|[省市]$/, ''), full]),
);

/**
 * The province of a receiving address, as its full Simplified name: `寧夏回族自治區銀川市…` → `宁夏回族自治区`.
 * The earliest province name in the text wins (addresses start with it; a later 海南路 or 吉林路 is a street),
 * so `浙江西湖…` is 浙江省 although 江西 also occurs. Masked and spaced addresses (`浙江省 杭州市 ***`) work.
 */
export function readProvince(text: string): Read<string> {
  const norm = normalizeText(text);
  let best: { at: number; full: string } | null = null;
  for (const [short, full] of BY_SHORT_NAME) {
    const at = norm.indexOf(short);
    if (at >= 0 && (best === null || at < best.at)) best = { at, full };
  }
  return best ? ok(best.full) : fail('no province in', text);
}
