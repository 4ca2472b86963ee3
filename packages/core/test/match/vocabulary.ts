/**
 * The characters the matcher's traditional → simplified table must cover, and the pairs for them
 * from OpenCC's TSCharacters. Shared by the table's generator and the test that checks it.
 */
import TSCharacters from 'opencc-js/dict/TSCharacters';
import { CURATED_PHRASES } from '../../src/match/curated.js';

/**
 * Names that appear in pages but not in the seed: successor agencies after the 2018 reform,
 * all Qinghai prefectures, counties and cities, and words pages use around them.
 */
export const EXTRA_VOCABULARY =
  '青海省自然资源厅生态环境厅农业农村厅卫生健康委员会应急管理厅市场监督管理局乡村振兴局林业和草原局医疗保障局退役军人事务厅' +
  '文化和旅游厅广播电视局国家税务总局中国人民银行银保监局金融监督管理局数据局政务服务监督管理局民族宗教事务委员会' +
  '西宁市海东市海北藏族自治州黄南藏族自治州海南藏族自治州果洛藏族自治州玉树藏族自治州海西蒙古族藏族自治州' +
  '格尔木市德令哈市茫崖市玉树市同仁市大柴旦行政委员会冷湖茫崖行委城东区城中区城西区城北区湟中区湟源县大通回族土族自治县' +
  '平安区乐都区民和回族土族自治县互助土族自治县化隆回族自治县循化撒拉族自治县门源共和贵德' +
  '通知公告新闻动态政策解读文件发布人民政府办公厅印发关于实施意见';

/** Every distinct character of the seed, the registries' names, the curated phrases and the extra vocabulary. */
export function vocabularyCharacters(seed: string, names: readonly string[] = []): Set<string> {
  const chars = new Set<string>();
  const add = (s: string) => {
    for (const c of s) if (c.charCodeAt(0) >= 0x3400) chars.add(c);
  };
  add(seed);
  add(EXTRA_VOCABULARY);
  for (const name of names) add(name);
  for (const p of CURATED_PHRASES) {
    add(p.phrase);
    for (const v of p.variants ?? []) add(v);
  }
  return chars;
}

/** OpenCC TSCharacters entries `T S` (first simplified candidate), for simplified characters in `vocabulary`. */
export function traditionalPairs(vocabulary: Set<string>): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const entry of (TSCharacters as string).split('|')) {
    const [t, s] = entry.split(' ');
    if (!t || !s || t === s) continue;
    if (t.length !== 1 || s.length !== 1) continue; // one UTF-16 unit each: folding keeps offsets
    if (vocabulary.has(s)) pairs.push([t, s]);
  }
  return pairs;
}
