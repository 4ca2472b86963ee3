/**
 * Character-for-character folding used while parsing: full-width punctuation to ASCII, and the traditional
 * forms of the words the parser looks for (牽頭, 責任單位, 職能分工負責 …) to simplified. Each character maps to
 * exactly one character, so an offset in the folded text is the same offset in the original: the parser finds
 * structure in the folded text and slices names from the original, exactly as written.
 */
const FOLD: Record<string, string> = {
  '（': '(',
  '）': ')',
  '；': ';',
  '，': ',',
  '：': ':',
  '　': ' ',
  '\u00a0': ' ',
  '\t': ' ',
  '【': '[',
  '】': ']',
  '［': '[',
  '］': ']',
  // Traditional → simplified for the parser's keywords and headings.
  牽: '牵',
  頭: '头',
  責: '责',
  單: '单',
  職: '职',
  負: '负',
  門: '门',
  會: '会',
  關: '关',
  實: '实',
  見: '见',
  東: '东',
  號: '号',
  發: '发',
  機: '机',
  構: '构',
  題: '题',
  類: '类',
  時: '时',
  級: '级',
  縣: '县',
  務: '务',
  廳: '厅',
  區: '区',
  協: '协',
  調: '调',
  當: '当',
  內: '内',
  準: '准',
  則: '则',
  屬: '属',
  條: '条',
  與: '与',
  為: '为',
  過: '过',
  進: '进',
  達: '达',
  劃: '划',
  點: '点',
  辦: '办',
  們: '们',
  個: '个',
  項: '项',
  導: '导',
  據: '据',
  統: '统',
  計: '计',
};

export function foldForParsing(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    out += FOLD[ch] ?? ch;
  }
  return out;
}
