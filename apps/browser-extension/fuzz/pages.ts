/**
 * Hostile pages, generated from a seed: prose that mentions the seed's measures and agencies, mixed with
 * the things real pages do to a content script — deep nesting, 100,000 text nodes, words split across
 * inline elements, shadow roots, iframes, editable regions, SVG text, scripts that rewrite the DOM while
 * it is annotated, CSS aimed at every element (and at the extension's own tags), markup and
 * `<img onerror>` written as text, and monkey-patched DOM prototypes.
 *
 * Every page carries a probe script (main world) that counts its own errors, ticks a heartbeat, answers a
 * button click, and, on dynamic pages, says when its rewriting is done.
 */
import type { Random } from '@taizhang/testkit';

export interface GeneratedPage {
  html: string;
  /** Extra documents the page loads into iframes, by path. */
  frames: Record<string, string>;
  kinds: string[];
  dynamic: boolean;
  huge: boolean;
}

const PHRASES = [
  '省住房城乡建设厅',
  '省发展改革委',
  '省财政厅',
  '省国土资源厅',
  '省公安厅',
  '各市州人民政府',
  '青政〔2016〕76号',
  '青海省人民政府关于深入推进青海省新型城镇化建设的实施意见',
  '棚户区改造',
  '海绵城市',
  '地下综合管廊',
  '居住证制度',
  '户籍制度改革',
  '特色小镇',
  '西宁市',
  '海东市',
  '农业转移人口市民化',
  '城市地下综合管廊建设',
  '推进城镇棚户区和城乡危房改造',
];
const FILLER = [
  '近日，',
  '会议强调，',
  '据了解，',
  '截至目前，',
  '与此同时，',
  '下一步，',
  '全面落实',
  '加快推进',
  '扎实做好',
];

/** Text that can carry markup characters; escaped where it goes into HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function sentence(r: Random): string {
  let s = r.pick(FILLER);
  for (let k = r.between(1, 3); k > 0; k--)
    s += `${r.pick(PHRASES)}${r.pick(['负责', '牵头', '配合', '开展', '和', '，'])}`;
  return `${s}${r.pick(['。', '；', '！'])}`;
}

function prose(r: Random, sentences = r.between(2, 8)): string {
  return Array.from({ length: sentences }, () => escapeHtml(sentence(r))).join('');
}

/** A phrase cut into pieces, each in its own inline element. */
function split(r: Random, phrase: string): string {
  let out = '';
  let i = 0;
  while (i < phrase.length) {
    const n = r.between(1, 3);
    const tag = r.pick(['b', 'i', 'span', 'em', 'a href="#x"', 'font color="red"', 'u', 'small']);
    out += `<${tag}>${escapeHtml(phrase.slice(i, i + n))}</${tag.split(' ')[0]}>`;
    i += n;
  }
  return out;
}

/** A script that runs in the page (main world). */
const script = (code: string) => `<script>${code}</script>`;

type Block = (r: Random, page: GeneratedPage, id: number) => string;

const BLOCKS: Record<string, Block> = {
  prose: (r) => `<p>${prose(r)}</p>`,
  table: (r) =>
    `<table>${Array.from({ length: r.between(2, 6) }, () => `<tr><td>${prose(r, 1)}</td><td>${escapeHtml(r.pick(PHRASES))}</td></tr>`).join('')}</table>`,
  'deep-nesting': (r) => {
    const depth = r.pick([100, 400, 800]);
    const tag = r.pick(['div', 'span', 'b']);
    return `${`<${tag}>`.repeat(depth)}${prose(r, 2)}${`</${tag}>`.repeat(depth)}`;
  },
  'split-text': (r) =>
    `<p>${Array.from({ length: r.between(2, 6) }, () => split(r, r.pick(PHRASES))).join('，')}</p>`,
  'shadow-dom': (r, _p, id) =>
    `<div id="host${id}"></div><div id="closed${id}"></div>${script(`(() => {
      const open = document.getElementById('host${id}').attachShadow({ mode: 'open' });
      const p = document.createElement('p'); p.textContent = ${JSON.stringify(sentence(r))}; open.appendChild(p);
      const closed = document.getElementById('closed${id}').attachShadow({ mode: 'closed' });
      const q = document.createElement('p'); q.textContent = ${JSON.stringify(sentence(r))}; closed.appendChild(q);
    })();`)}`,
  iframes: (r, page, id) => {
    const child = `/frame/${id}.html`;
    page.frames[child] =
      `<!doctype html><html><head><meta charset="utf-8"></head><body><p>${prose(r)}</p><div contenteditable="true">${prose(r, 1)}</div></body></html>`;
    return `<iframe src="${child}" width="300" height="100"></iframe><iframe srcdoc="${escapeHtml(`<p>${prose(r, 2)}</p>`)}"></iframe><iframe id="blank${id}"></iframe>${script(`(() => { const d = document.getElementById('blank${id}').contentDocument; if (d) { d.body.textContent = ${JSON.stringify(sentence(r))}; } })();`)}`;
  },
  editable: (r) =>
    `<div contenteditable="true"><p>${prose(r, 2)}</p><div contenteditable="false">${prose(r, 1)}</div></div><div contenteditable="">${prose(r, 1)}</div><div contenteditable="plaintext-only">${prose(r, 1)}</div><textarea>${prose(r, 2)}</textarea><input value="${escapeHtml(sentence(r))}"><select><option>${escapeHtml(r.pick(PHRASES))}</option></select>`,
  svg: (r) =>
    `<svg width="400" height="60"><text x="0" y="20">${escapeHtml(sentence(r))}</text><foreignObject width="400" height="40"><p>${prose(r, 1)}</p></foreignObject></svg>`,
  'script-content': (r) =>
    `${script(`window.__phrases = ${JSON.stringify([sentence(r), r.pick(PHRASES)])};`)}<style>/* ${escapeHtml(r.pick(PHRASES))} */ .x{}</style><noscript>${prose(r, 1)}</noscript><template><p>${prose(r, 1)}</p></template><pre>${prose(r, 1)}</pre><code>${escapeHtml(r.pick(PHRASES))}</code>`,
  'markup-as-text': (r) =>
    `<p>${escapeHtml(`<img src=x onerror="window.__pwned=1">${r.pick(PHRASES)}<script>window.__pwned=1</script>${r.pick(PHRASES)}&lt;b&gt;`)}</p><p title="${escapeHtml(`"><img src=x onerror=window.__pwned=1>${r.pick(PHRASES)}`)}">${prose(r, 1)}</p><img src="/missing.png" onerror="window.__imgErrors=(window.__imgErrors||0)+1" alt="${escapeHtml(r.pick(PHRASES))}">`,
  'hostile-css': (r) =>
    `<style>${r.pick([
      '* { display: inline-block !important; position: relative !important; transform: rotate(0.1deg); }',
      '*, *::before, *::after { content: "x"; visibility: hidden; font-size: 0 !important; }',
      'taizhang-mark, taizhang-badge, taizhang-card { display: none !important; all: unset !important; }',
      'body * { pointer-events: none !important; user-select: none; } span { display: none; }',
      ':not(html):not(body) { filter: blur(2px) !important; opacity: 0.5 !important; }',
      '* { all: revert !important; } body { writing-mode: vertical-rl; direction: rtl; }',
    ])}</style><p>${prose(r)}</p>`,
  'monkey-patch': (r) =>
    `<p>${prose(r, 2)}</p>${script(`(() => {
      Node.prototype.appendChild = function () { throw new Error('page patched appendChild'); };
      Element.prototype.setAttribute = function () { throw new Error('page patched setAttribute'); };
      Text.prototype.splitText = function () { throw new Error('page patched splitText'); };
      window.MutationObserver = undefined; window.MessageChannel = undefined;
      document.createTreeWalker = () => { throw new Error('page patched createTreeWalker'); };
    })();`)}`,
  'odd-text': (r) =>
    `<p dir="rtl">${escapeHtml(`\u202e${r.pick(PHRASES)}\u202c`)}</p><p>${escapeHtml(`${r.pick(PHRASES)}\u0301\u200b${r.pick(PHRASES)}𠀀𪚥`)}</p><p>${escapeHtml(r.pick(PHRASES).split('').join('\u00ad'))}</p><p>${escapeHtml(`${r.pick(PHRASES)} `.repeat(r.pick([1, 50, 20_000])))}</p>`,
  dynamic: (r, page, id) => {
    page.dynamic = true;
    const steps = r.between(5, 30);
    return `<div id="live${id}"><p>${prose(r, 2)}</p></div>${script(`(() => {
      const live = document.getElementById('live${id}');
      const phrases = ${JSON.stringify(Array.from({ length: 8 }, () => sentence(r)))};
      let step = 0;
      window.__pending = (window.__pending || 0) + 1;
      const timer = setInterval(() => {
        const p = phrases[step % phrases.length];
        try { switch (step % 6) {
          case 0: live.textContent = p; break;
          case 1: live.appendChild(document.createElement('p')).textContent = p; break;
          case 2: { const t = live.firstChild; if (t && t.nodeType === 3) t.data = p + step; else live.prepend(p); break; }
          case 3: if (live.lastChild) live.lastChild.remove(); break;
          case 4: live.appendChild(document.createElement('span')).textContent = p; break;
          case 5: { const f = live.firstChild; if (f) live.appendChild(f); break; }
        } } catch (e) { window.__errors.push('step: ' + e.message); } // a page that patched its own DOM
        if (++step >= ${steps}) { clearInterval(timer); window.__pending -= 1; }
      }, ${r.between(5, 60)});
    })();`)}`;
  },
  'many-text-nodes': (r, page, id) => {
    page.huge = true;
    const count = r.pick([20_000, 100_000]);
    return `<div id="many${id}"></div>${script(`(() => {
      const root = document.getElementById('many${id}');
      const words = ${JSON.stringify(PHRASES)};
      const frag = document.createDocumentFragment();
      for (let i = 0; i < ${count}; i++) frag.appendChild(document.createTextNode(i % 7 === 0 ? words[i % words.length] : '，'));
      root.appendChild(frag);
    })();`)}`;
  },
};

const PROBE = script(`(() => {
  window.__errors = [];
  window.__ticks = 0;
  window.__clicked = 0;
  window.__pending = window.__pending || 0;
  addEventListener('error', (e) => window.__errors.push(String(e.message || (e.target && e.target.tagName) || 'error')), true);
  addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
  setInterval(() => { window.__ticks++; }, 20);
})();`);

export function generatePage(r: Random, index: number): GeneratedPage {
  const page: GeneratedPage = { html: '', frames: {}, kinds: [], dynamic: false, huge: false };
  const names = Object.keys(BLOCKS).filter((k) => k !== 'many-text-nodes');
  const body: string[] = [];
  const last: string[] = [];
  const count = r.between(3, 7);
  for (let k = 0; k < count; k++) {
    const kind = index % 50 === 49 && k === 0 ? 'many-text-nodes' : r.pick(names);
    page.kinds.push(kind);
    // Patched prototypes go last, so the page's other scripts still run (the content script's world is separate).
    (kind === 'monkey-patch' ? last : body).push((BLOCKS[kind] as Block)(r, page, index * 10 + k));
  }
  body.push(...last);
  // The page's own working parts: a button whose handler must still run, last so it stays reachable.
  body.push(`<button id="probe-button" onclick="window.__clicked++">${escapeHtml(r.pick(PHRASES))}</button>`);
  page.html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(r.pick(PHRASES))}</title>${PROBE}</head><body>${body.join('\n')}</body></html>`;
  return page;
}
