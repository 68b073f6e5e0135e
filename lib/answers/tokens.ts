/**
 * Buyer questions as search terms. Chinese has no spaces: Intl.Segmenter('zh', word) splits it by ICU's
 * dictionary, which knows 南方 and 冬天 but not every product word (羽绒服 comes out 羽|绒|服), so runs of
 * single characters also give their bigrams (羽绒, 绒服). Words every question has (会不会, 这款, 吗) are no
 * evidence of similarity and are dropped. Each term once: a question is too short for counts to mean much.
 */
import { plainText } from './plain';

/** Question words and fillers of buyer questions (seen in the ranking set, test/unit/answers/ranking-set.ts). */
const STOP = new Set(
  ('的 了 吗 呢 吧 啊 呀 哦 么 嘛 哈 是 在 我 你 他 她 它 们 我们 这 那 个 款 件 只 这个 那个 这款 这件 这种 请问 问 问下 一下 ' +
    '会 不会 会不会 能 能不能 可以 可不可以 可 有 没有 有没有 怎么 怎么样 如何 什么 多少 还是 和 与 或 就 都 也 还 很 ' +
    '太 比较 一点 一些 大家 亲 亲们 的话 如果 宝贝 商品 东西 不 没 着 过 给 让 被 把 对 跟 要 想 请 谢谢 吗? ' +
    '是不是 是否 到底 真的 用 买 需要 好 啥 咋 吗? 呢? 店家 掌柜 客服 卖家 一般 大概 左右 时候').split(' '),
);

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN = /^\p{Script=Han}+$/u;
/** A particle the dictionary glues to a word (洗了, 人的), or the 不 of an A不A question (热不热, 掉不掉): the word without it is the term. */
const PARTICLE = /(?<=\p{Script=Han})[了的吗呢吧着过]+$|^不(?=\p{Script=Han}$)/u;

/** The search terms of a question (or of any text typed into the popup's search). */
export function questionTerms(text: string): string[] {
  const terms = new Set<string>();
  let run = '';
  const endRun = () => {
    for (let i = 0; i + 1 < run.length; i++) terms.add(run.slice(i, i + 2));
    run = '';
  };
  for (const { segment: word, isWordLike } of segmenter.segment(plainText(text).toLowerCase())) {
    const segment = word.replace(PARTICLE, '');
    if (!isWordLike || STOP.has(segment)) {
      endRun();
      continue;
    }
    terms.add(segment);
    if (segment.length === 1 && HAN.test(segment)) run += segment;
    else {
      endRun();
      // A long word unknown as a whole elsewhere (保暖内衣, 加绒款) still meets its parts.
      if (segment.length > 2 && HAN.test(segment)) for (let i = 0; i + 1 < segment.length; i++) terms.add(segment.slice(i, i + 2));
    }
  }
  endRun();
  return [...terms];
}
