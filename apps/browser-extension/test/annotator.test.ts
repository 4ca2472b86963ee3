// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotator } from '../src/content/annotator.js';
import { annotator, loadBody, opened, seedKey, snapshot } from './dom.js';

const SPONGE = `<h1>西宁市海绵城市建设试点工作推进会召开</h1>
<p>10月12日，西宁市召开<b>海绵城市</b>建设试点工作推进会。会议要求按照省住房城乡建设厅、省水利厅的部署，加快推进海绵型道路、海绵型公园建设，缓解雨洪内涝压力。</p>
<p>省财政厅有关负责同志出席会议。<a href="/news/2.html">海绵城市</a>建设三年内完成试点任务。</p>`;

let current: Annotator | null = null;
afterEach(() => {
  current?.stop();
  current = null;
});

async function annotate(markup: string, options = {}) {
  loadBody(markup);
  current = annotator(options);
  await current.start();
  return current;
}

const marks = (selector = 'taizhang-mark') => [...document.querySelectorAll(selector)];

describe('Annotator', () => {
  it('marks measure phrases and agencies, badges the first mention and records the measures on <html>', async () => {
    await annotate(SPONGE);
    expect(document.documentElement.getAttribute('data-taizhang-measures')).toBe('8');
    const sponge = marks('taizhang-mark[data-taizhang-measure="8"]');
    expect(sponge.length).toBeGreaterThanOrEqual(4);
    expect(sponge[0]?.textContent).toBe('海绵城市建设');
    const agencies = marks('taizhang-mark[data-taizhang-agency]').map((m) => m.textContent);
    expect(agencies).toEqual(expect.arrayContaining(['省住房城乡建设厅', '省水利厅', '省财政厅']));
    const badges = marks('taizhang-badge');
    expect(badges.map((b) => b.textContent)).toEqual(['措施(八)']);
    expect(badges[0]?.previousElementSibling).toBe(sponge[0]);
    expect(badges[0]?.getAttribute('tabindex')).toBe('0');
  });

  it('finds a phrase split by inline markup and marks each piece, badge after the last', async () => {
    await annotate(
      '<p>我市推进<b>海绵</b><a href="/x">城市</a>建设，建设海绵型道路。</p><p>海绵</p><p>城市</p>',
    );
    const pieces = marks('taizhang-mark[data-taizhang-measure="8"]');
    expect(pieces.map((m) => m.textContent)).toEqual(['海绵', '城市', '建设', '海绵型道路']);
    expect(pieces[0]?.parentElement?.tagName).toBe('B');
    expect(pieces[1]?.parentElement?.tagName).toBe('A');
    expect(pieces[2]?.parentElement?.tagName).toBe('P');
    expect(document.querySelector('a')?.textContent).toBe('城市');
    expect(document.querySelector('a taizhang-mark')?.textContent).toBe('城市');
    expect(marks('taizhang-badge')[0]?.previousElementSibling).toBe(pieces[2]);
    // Separate paragraphs are not one phrase.
    expect(document.querySelectorAll('p')[1]?.querySelector('taizhang-mark')).toBeNull();
  });

  it('keeps links working: a mark inside a link stays inside it', async () => {
    await annotate(SPONGE);
    const link = document.querySelector('a');
    expect(link?.getAttribute('href')).toBe('/news/2.html');
    expect(link?.querySelector('taizhang-mark')?.textContent).toBe('海绵城市');
    expect(link?.textContent?.startsWith('海绵城市')).toBe(true);
  });

  it('puts the page back exactly when turned off, the same text nodes included', async () => {
    loadBody(SPONGE);
    const before = snapshot();
    const firstText = document.querySelector('p')?.firstChild;
    current = annotator();
    await current.start();
    expect(snapshot()).not.toBe(before);
    current.stop();
    expect(snapshot()).toBe(before);
    expect(document.querySelector('p')?.firstChild).toBe(firstText);
    expect(document.querySelector('taizhang-card')).toBeNull();
    // and on again
    await current.start();
    expect(marks().length).toBeGreaterThan(0);
  });

  it('never annotates twice', async () => {
    await annotate(SPONGE);
    const count = marks().length;
    await current?.start();
    expect(marks().length).toBe(count);
    expect(marks('taizhang-mark taizhang-mark')).toHaveLength(0);
  });

  it('skips script, style, textarea, input, contenteditable, code and pre', async () => {
    await annotate(`<p>推进海绵城市建设，省住房城乡建设厅牵头。</p>
<script>var s = "海绵城市";</script><style>.x::after{content:"海绵城市"}</style>
<textarea>海绵城市</textarea><input value="海绵城市"><div contenteditable="true">海绵城市建设</div>
<code>海绵城市</code><pre>海绵城市</pre><select><option>海绵城市</option></select>`);
    expect(marks().every((m) => m.closest('p'))).toBe(true);
    expect(document.querySelector('script')?.textContent).toBe('var s = "海绵城市";');
    expect(document.querySelector('textarea')?.value).toBe('海绵城市');
  });

  it('annotates nothing on a page of tourism statistics, and says so on <html>', async () => {
    await annotate(`<h1>2023年全省旅游经济运行情况</h1><p>全省共接待国内外游客4505万人次，同比增长68.5%；实现旅游总收入433亿元。
城镇化水平提高，乡村游、自驾游持续升温，旅游业发展态势良好。省文化和旅游厅发布。</p>`);
    expect(marks()).toHaveLength(0);
    expect(marks('taizhang-badge')).toHaveLength(0);
    expect(document.documentElement.getAttribute('data-taizhang-measures')).toBe('');
  });

  it('treats hostile page text as text', async () => {
    await annotate(
      `<p>海绵城市&lt;img src=x onerror="window.__pwned=1"&gt;建设，棚户区改造&lt;script&gt;alert(1)&lt;/script&gt;城中村</p>`,
    );
    expect(document.querySelectorAll('img, script')).toHaveLength(0);
    expect(marks().length).toBeGreaterThanOrEqual(2);
    expect(document.body.textContent).toContain('<img src=x onerror="window.__pwned=1">');
  });

  it('annotates content added later, in one batch', async () => {
    await annotate('<p>今日要闻</p>');
    expect(marks()).toHaveLength(0);
    const p = document.createElement('p');
    p.textContent = '我市加快城镇棚户区改造和城中村改造，推进货币化安置。';
    document.body.append(p);
    await new Promise((r) => setTimeout(r, 50));
    await current?.settled();
    expect(marks('taizhang-mark[data-taizhang-measure="5"]').length).toBeGreaterThanOrEqual(2);
    expect(document.documentElement.getAttribute('data-taizhang-measures')?.split(',')[0]).toBe('5');
  });

  it('shows a card on focus, in shadow DOM, with the measure, its section, owners and a link', async () => {
    await annotate(SPONGE);
    const badge = document.querySelector('taizhang-badge') as HTMLElement;
    badge.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    const host = document.querySelector('taizhang-card') as HTMLElement;
    expect(host.hidden).toBe(false);
    await new Promise((r) => setTimeout(r, 0)); // targets arrive asynchronously
    const text = host.shadowRoot?.textContent ?? '';
    expect(text).toContain('措施(八)');
    expect(text).toContain('推进海绵城市建设');
    expect(text).toContain('三、全面提升城市功能');
    expect(text).toContain('省住房城乡建设厅');
    expect(text).toContain('目标与时限');
    expect(text).toContain('西宁市完成海绵城市试点建设任务');
    const link = host.shadowRoot?.querySelector('a');
    expect(link?.getAttribute('href')).toBe(`document.html?doc=${encodeURIComponent(seedKey)}#m8`);
    link?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(opened.at(-1)).toEqual([seedKey, 8]);
    host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(host.hidden).toBe(true);
    // Tabbing on past the badge closes the card too.
    badge.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(host.hidden).toBe(false);
    document.querySelector('a')?.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(host.hidden).toBe(true);
  });

  it('summarises the page for the popup', async () => {
    await annotate(SPONGE);
    const summary = current?.summary();
    expect(summary?.status).toBe('annotated');
    expect(summary?.measures[0]).toMatchObject({ number: 8, numeral: '八', title: '推进海绵城市建设' });
    const housing = summary?.agencies.find((a) => a.name === '省住房城乡建设厅');
    expect(housing?.roles.some((r) => r.measure === 8)).toBe(true);
    expect(summary?.regions.map((r) => r.name)).toContain('西宁');
    expect(current?.scrollTo('measure', '8')).toBe(true);
    expect(current?.scrollTo('measure', '30')).toBe(false);
    expect(current?.scrollTo('measure', `${seedKey}#8`)).toBe(true);
    expect(current?.scrollTo('measure', '宁政〔2020〕12号#8')).toBe(false);
  });

  it('finds mentions at both ends of a very long text node', async () => {
    const filler = '统计数据'.repeat(10_000);
    await annotate(`<p>海绵城市建设${filler}海绵型道路和海绵城市</p>`);
    const found = marks('taizhang-mark[data-taizhang-measure="8"]');
    expect(found.length).toBe(3);
    expect(found.at(-1)?.textContent).toBe('海绵城市');
  });

  it('stops at its time budget and says so', async () => {
    await annotate(SPONGE, { budgetMs: -1 });
    expect(document.documentElement.getAttribute('data-taizhang-status')).toBe('budget-exceeded');
    expect(current?.summary().status).toBe('budget-exceeded');
  });
});
