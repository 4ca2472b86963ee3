// @vitest-environment happy-dom
/**
 * Found by the page fuzzer (`pnpm fuzz`): a long text node with 20,000 mentions took over 20 s in
 * Chromium, because wrapping split the node once per mark and every split copies the rest of the text.
 * The marks are now built from slices and inserted at once; the page's node is never split.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Highlighter, type MarkSpec } from '../src/content/highlighter.js';
import { annotator, loadBody, snapshot } from './dom.js';

afterEach(() => vi.restoreAllMocks());

const WORD = '海绵城市建设 省财政厅 ';

describe('Highlighter regressions found by the fuzzer', () => {
  it('wraps 20,000 spans of one long node without splitting it, in the same shape, and restores it exactly', () => {
    const body = loadBody(`<p id="p">前言：${WORD.repeat(10_000)}结尾</p>`);
    const before = snapshot(body);
    const node = body.querySelector('#p')?.firstChild as Text;
    const specs: MarkSpec[] = [];
    for (let i = 0; i < 10_000; i++) {
      const at = 3 + i * WORD.length;
      specs.push(
        { start: at, end: at + 6, data: { 'taizhang-measure': '8' } },
        { start: at + 7, end: at + 11, data: { 'taizhang-agency': 'x' } },
      );
    }
    const split = vi.spyOn(Text.prototype, 'splitText');
    const highlighter = new Highlighter(document);
    const marks = highlighter.wrap(node, specs);
    expect(split).not.toHaveBeenCalled();
    expect(marks.size).toBe(20_000);
    expect(node.data).toBe('前言：');
    expect(node.nextSibling?.nodeName.toLowerCase()).toBe('taizhang-mark');
    expect(node.nextSibling?.textContent).toBe('海绵城市建设');
    expect(node.nextSibling?.nextSibling?.textContent).toBe(' ');
    expect(body.querySelector('#p')?.textContent).toBe(`前言：${WORD.repeat(10_000)}结尾`);
    expect(body.querySelector('#p')?.lastChild?.textContent).toBe(' 结尾');
    highlighter.removeAll();
    expect(snapshot(body)).toBe(before);
    expect(body.querySelector('#p')?.firstChild).toBe(node);
  });

  it('adjacent spans leave an empty text node between marks, as splitting did', () => {
    const body = loadBody('<p>省财政厅省水利厅</p>');
    const node = body.querySelector('p')?.firstChild as Text;
    new Highlighter(document).wrap(node, [
      { start: 0, end: 4, data: { a: '1' } },
      { start: 4, end: 8, data: { a: '2' } },
    ]);
    expect(
      [...(body.querySelector('p')?.childNodes ?? [])].map((n) => `${n.nodeName}:${n.textContent}`),
    ).toEqual(['#text:', 'TAIZHANG-MARK:省财政厅', '#text:', 'TAIZHANG-MARK:省水利厅', '#text:']);
  });
});

describe('Annotator regressions found by the fuzzer', () => {
  it('a page that rewrites a text node it owns keeps what it wrote, while annotated and after turning off', async () => {
    const body = loadBody('<p id="live">会议要求加快推进海绵城市建设，省财政厅负责。</p>');
    const node = body.querySelector('#live')?.firstChild as Text;
    const current = annotator();
    await current.start();
    expect(body.querySelectorAll('taizhang-mark').length).toBeGreaterThan(0);
    node.data = '页面自己写的新内容：省财政厅。'; // as a page's script holding this node would
    await new Promise((resolve) => setTimeout(resolve, 50));
    await current.settled();
    expect(body.querySelector('#live')?.textContent?.startsWith('页面自己写的新内容')).toBe(true);
    expect(body.querySelector('#live')?.textContent).not.toContain('海绵城市');
    current.stop();
    expect(body.querySelector('#live')?.childNodes).toHaveLength(1);
    expect(body.querySelector('#live')?.firstChild).toBe(node);
    expect(node.data).toBe('页面自己写的新内容：省财政厅。');
  });
});

describe('Annotator budget regression found by the fuzzer', () => {
  it('stops marking when the time budget runs out while marking, and says so', async () => {
    const paragraphs = 60;
    loadBody(
      Array.from(
        { length: paragraphs },
        (_, i) => `<div>第${i}段：加快推进海绵城市建设，省财政厅负责。</div>`,
      ).join(''),
    );
    // A clock that advances 1 ms each time it is read: the budget runs out at the same step every run.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock++);
    const unlimited = annotator({ budgetMs: 1e9, sliceMs: 1e9 });
    await unlimited.start();
    const all = document.querySelectorAll('div:has(taizhang-mark)').length;
    const readsPerPass = clock;
    unlimited.stop();
    clock = 0;
    const current = annotator({ budgetMs: Math.floor(readsPerPass * 0.75), sliceMs: 1e9 });
    await current.start();
    const marked = document.querySelectorAll('div:has(taizhang-mark)').length;
    expect(all).toBe(paragraphs);
    expect(current.summary().status).toBe('budget-exceeded');
    expect(marked).toBeGreaterThan(0);
    expect(marked).toBeLessThan(paragraphs);
    current.stop();
  });
});
