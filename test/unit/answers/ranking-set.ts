/**
 * The ranking set: earlier seller answers, and new buyer questions that are (or are not) the same question
 * asked again, written from the questions buyers ask on 问大家 (sizes, warmth, washing, colour, delivery,
 * authenticity, shelf life, skin types, batteries). Items: a down jacket (D), a wool scarf (S), a phone
 * charger (C), a face cream (F), dried fruit (N).
 */
export interface Earlier {
  key: string;
  itemId: string;
  question: string;
  text: string;
}

export const ITEMS = { jacket: '689012345678', scarf: '598765432101', charger: '612300000001', cream: '633300000002', nuts: '644400000003' } as const;

const a = (key: string, itemId: string, question: string, text: string): Earlier => ({ key, itemId, question, text });

export const EARLIER: readonly Earlier[] = [
  a('D-warm-south', ITEMS.jacket, '这款羽绒服南方冬天穿会不会太热？', '南方湿冷天穿正合适，不会闷热，内搭薄一点就好。'),
  a('D-cold', ITEMS.jacket, '零下二十度够不够保暖？', '90白鸭绒充绒量足，零下二十度日常通勤没问题。'),
  a('D-size', ITEMS.jacket, '尺码偏大还是偏小，165穿M可以吗？', '版型偏宽松，165/55kg 穿M刚好，喜欢修身选S。'),
  a('D-wash', ITEMS.jacket, '羽绒服可以机洗吗？', '建议手洗或干洗，机洗请用轻柔模式并装洗衣袋。'),
  a('D-down', ITEMS.jacket, '会不会跑绒钻毛？', '采用防钻绒面料和立体走线，正常穿着不会跑绒。'),
  a('D-color', ITEMS.jacket, '黑色有没有色差？', '实物拍摄，屏幕不同可能略有差异，整体无明显色差。'),
  a('S-shed', ITEMS.scarf, '这条围巾会掉毛吗？', '羊毛围巾初次使用有少量浮毛属正常，洗一次就好。'),
  a('S-wash', ITEMS.scarf, '围巾怎么洗，可以机洗吗？', '请冷水手洗，不要拧干，平铺晾干。'),
  a('S-gift', ITEMS.scarf, '有没有礼盒包装？送人的', '默认配礼盒和手提袋，可以备注免费写贺卡。'),
  a('S-itch', ITEMS.scarf, '戴着扎脖子吗？', '选用细支美丽诺羊毛，贴肤不扎，敏感的亲可以先试戴。'),
  a('C-original', ITEMS.charger, '充电器是原装正品吗？', '品牌官方授权正品，支持官网验证防伪码。'),
  a('C-fast', ITEMS.charger, '支持华为手机快充吗？', '支持华为SCP和PD协议，最高66W快充。'),
  a('C-hot', ITEMS.charger, '充电的时候发热严重吗？', '快充时温热属正常，内置温控保护，不会过热。'),
  a('C-warranty', ITEMS.charger, '保修多久？坏了怎么办', '一年只换不修，联系客服寄回即可。'),
  a('F-sensitive', ITEMS.cream, '敏感肌可以用吗？会不会过敏', '无香精无酒精，敏感肌可用，建议先在耳后试用。'),
  a('F-oily', ITEMS.cream, '油皮夏天用会不会太油腻？', '质地是乳霜偏清爽，油皮夏天薄涂一层即可。'),
  a('F-expiry', ITEMS.cream, '保质期到什么时候？', '新批次生产日期2026年5月，保质期三年。'),
  a('F-pregnant', ITEMS.cream, '孕妇能用吗', '成分温和，孕期可以使用，特殊情况请咨询医生。'),
  a('N-expiry', ITEMS.nuts, '坚果的保质期多久？', '未开封保质期12个月，开封后请尽快吃完。'),
  a('N-sweet', ITEMS.nuts, '甜不甜，有没有加糖？', '零添加蔗糖，是果干本身的甜味。'),
  a('N-ship', ITEMS.nuts, '发什么快递，几天能到？', '默认中通，江浙沪次日达，其他地区2到4天。'),
  a('N-broken', ITEMS.nuts, '收到碎了很多怎么办？', '拍照联系客服，碎了按比例补发或退款。'),
];

/** A new question, on an item, and the earlier answer it is the same question as (null: none is). */
export interface Probe {
  question: string;
  itemId: string;
  expected: string | null;
}

const p = (question: string, itemId: string, expected: string | null): Probe => ({ question, itemId, expected });

export const PROBES: readonly Probe[] = [
  // Asked again in other words, on the same item.
  p('南方穿会热吗', ITEMS.jacket, 'D-warm-south'),
  p('广州冬天穿这个羽绒服热不热', ITEMS.jacket, 'D-warm-south'),
  p('东北零下二十多度能穿吗，保暖吗', ITEMS.jacket, 'D-cold'),
  p('身高165体重110斤穿什么码', ITEMS.jacket, 'D-size'),
  p('尺码准吗？偏大吗', ITEMS.jacket, 'D-size'),
  p('能不能放洗衣机洗', ITEMS.jacket, 'D-wash'),
  p('穿久了跑绒吗', ITEMS.jacket, 'D-down'),
  p('实物和图片有色差吗', ITEMS.jacket, 'D-color'),
  p('围巾掉不掉毛？', ITEMS.scarf, 'S-shed'),
  p('可以送礼吗，有礼盒吗', ITEMS.scarf, 'S-gift'),
  p('扎不扎脖子', ITEMS.scarf, 'S-itch'),
  p('是不是原装正品', ITEMS.charger, 'C-original'),
  p('华为能快充吗', ITEMS.charger, 'C-fast'),
  p('充电发热吗', ITEMS.charger, 'C-hot'),
  p('保修期多长时间', ITEMS.charger, 'C-warranty'),
  p('敏感肌肤用了会过敏吗', ITEMS.cream, 'F-sensitive'),
  p('油性皮肤夏天用油腻吗', ITEMS.cream, 'F-oily'),
  p('孕妇可以用吗？', ITEMS.cream, 'F-pregnant'),
  p('坚果保质期是多久', ITEMS.nuts, 'N-expiry'),
  p('发的什么快递', ITEMS.nuts, 'N-ship'),
  p('有没有添加糖，甜吗', ITEMS.nuts, 'N-sweet'),
  // The same question on another item of the shop: the shop's answer is offered.
  p('这件大衣南方冬天穿会太热吗', '699999999999', 'D-warm-south'),
  p('这个围巾能机洗吗', '598765432199', 'S-wash'),
  p('这款面霜敏感肌能用吗', '633300000099', 'F-sensitive'),
  // Unrelated to every earlier question: nothing is offered.
  p('可以开发票吗', ITEMS.jacket, null),
  p('有没有儿童款', ITEMS.jacket, null),
  p('能用在苹果电脑上吗', ITEMS.charger, null),
  p('线有多长', ITEMS.charger, null),
  p('味道香吗', ITEMS.cream, null),
  p('多大容量，用多久', ITEMS.cream, null),
  p('适合老人吃吗', ITEMS.nuts, null),
  p('可以寄到国外吗', ITEMS.nuts, null),
  p('戴着显脸大吗', ITEMS.scarf, null),
];
