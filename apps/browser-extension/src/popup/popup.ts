import { h, localize } from '../shared/dom.js';
import { type Language, type MessageKey, t } from '../shared/i18n.js';
import type { Request, SummaryResponse } from '../shared/messages.js';
import { loadSettings, saveSettings } from '../shared/settings.js';
import { coveredByDefault, sitePattern } from '../shared/sites.js';
import type { PageSummary } from '../shared/summary.js';

const ROLE_KEY: Record<'lead' | 'supporting' | 'joint', MessageKey> = {
  lead: 'roleLead',
  supporting: 'roleSupporting',
  joint: 'roleJoint',
};

/**
 * The popup: what the content script found on the current tab, the per-site switch, and "enable on
 * this site" for sites outside the defaults (asks for that one origin, at that moment).
 */
async function main(): Promise<void> {
  const settings = await loadSettings();
  let language: Language = settings.language;
  const tr = (key: MessageKey, value?: string | number) => t(language, key, value);
  // `?tab=ID` opens the popup as a page about another tab (side panel use, and the end-to-end tests).
  const tabParam = new URLSearchParams(location.search).get('tab');
  const tab = tabParam
    ? await chrome.tabs.get(Number(tabParam))
    : (await chrome.tabs.query({ active: true, currentWindow: true }))[0];
  const root = document.getElementById('app') as HTMLElement;

  const ask = async (request: Request): Promise<unknown> => {
    if (tab?.id === undefined) return null;
    try {
      return await chrome.tabs.sendMessage(tab.id, request, { frameId: 0 });
    } catch {
      return null; // no content script in this tab
    }
  };

  let host = '';
  const render = async () => {
    document.documentElement.lang = language === 'en' ? 'en' : 'zh-CN';
    localize(document, (key) => tr(key as MessageKey));
    const summary = (await ask({ type: 'summary' })) as SummaryResponse;
    const current = await loadSettings();
    // The tab's URL is readable when the popup was opened from the toolbar (activeTab); otherwise
    // the content script, if it runs there, tells it.
    const url = tab?.url ?? summary?.url ?? '';
    try {
      host = new URL(url).hostname;
    } catch {
      host = '';
    }
    root.replaceChildren();

    const languageSelect = h(
      'select',
      {
        id: 'language',
        attrs: { 'aria-label': tr('language') },
        on: { change: (e) => void switchLanguage((e.target as HTMLSelectElement).value as Language) },
      },
      h('option', { attrs: { value: 'zh_CN' } }, '中文'),
      h('option', { attrs: { value: 'en' } }, 'English'),
    );
    languageSelect.value = language;
    root.append(h('header', {}, h('h1', {}, tr('relatedMeasures')), languageSelect));

    if (host) {
      const toggle = h('input', { id: 'site-toggle', attrs: { type: 'checkbox' } });
      toggle.checked = !current.disabledSites.includes(host);
      toggle.addEventListener('change', () => void setSite(toggle.checked));
      root.append(h('label', { className: 'site' }, toggle, ` ${tr('siteOn')} `, h('code', {}, host)));
    }

    if (!summary) {
      root.append(h('p', { className: 'muted', id: 'status' }, tr('notAvailable')));
      const pattern = sitePattern(url);
      if (pattern && !coveredByDefault(url)) {
        root.append(
          h('button', { id: 'add-site', on: { click: () => void addSite(pattern) } }, tr('addSite')),
        );
      }
      return;
    }
    renderSummary(summary);
  };

  const renderSummary = (summary: PageSummary) => {
    if (summary.status === 'off') {
      root.append(h('p', { className: 'muted', id: 'status' }, tr('siteOff')));
      return;
    }
    if (summary.status === 'budget-exceeded')
      root.append(h('p', { className: 'warn', id: 'status' }, tr('budgetExceeded')));
    if (summary.measures.length === 0)
      root.append(h('p', { className: 'muted', id: 'status' }, tr('noMeasures')));
    const list = h('ol', { id: 'measures' });
    for (const m of summary.measures) {
      const id = `${m.document}#${m.number}`;
      const evidence = m.phrases.map((p) => `${p.phrase}×${p.count}`).join('、');
      list.append(
        h(
          'li',
          {},
          h(
            'button',
            {
              className: 'measure',
              attrs: { 'data-measure': String(m.number) },
              on: { click: () => void ask({ type: 'scrollTo', kind: 'measure', id }) },
            },
            h('strong', {}, tr('badge', m.numeral)),
            ` ${m.title}`,
          ),
          h('div', { className: 'evidence' }, `${tr('evidence')}：${evidence}　${tr('score')} ${m.score}`),
        ),
      );
    }
    if (summary.measures.length > 0) root.append(list);
    if (summary.agencies.length > 0) {
      root.append(h('h2', {}, tr('agenciesMentioned')));
      const agencies = h('ul', { id: 'agencies' });
      for (const a of summary.agencies) {
        const roles = a.roles.map((r) => `${tr(ROLE_KEY[r.role])} ${tr('badge', r.numeral)}`).join('；');
        agencies.append(
          h(
            'li',
            {},
            h(
              'button',
              {
                className: 'agency',
                attrs: { 'data-agency': a.id },
                on: { click: () => void ask({ type: 'scrollTo', kind: 'agency', id: a.id }) },
              },
              a.name,
            ),
            ` ${tr('times', a.count)}`,
            roles ? h('div', { className: 'evidence' }, roles) : null,
          ),
        );
      }
      root.append(agencies);
    }
    if (summary.regions.length > 0) {
      root.append(
        h('h2', {}, tr('regions')),
        h('p', { id: 'regions' }, summary.regions.map((r) => `${r.name}(${r.count})`).join('、')),
      );
    }
    if (summary.documents.length > 0) {
      root.append(
        h('h2', {}, tr('documentsCited')),
        h('p', { id: 'documents' }, summary.documents.map((d) => d.id).join('、')),
      );
    }
  };

  const switchLanguage = async (next: Language) => {
    language = next;
    await saveSettings({ language: next });
    await render();
  };

  const setSite = async (on: boolean) => {
    const current = await loadSettings();
    const disabled = new Set(current.disabledSites);
    if (on) disabled.delete(host);
    else disabled.add(host);
    await saveSettings({ disabledSites: [...disabled] });
    setTimeout(() => void render(), 300);
  };

  const addSite = async (pattern: string) => {
    // Must run in the click's user gesture: ask for exactly this origin, nothing wider.
    const granted = await chrome.permissions.request({ origins: [pattern] });
    if (!granted) {
      root.append(h('p', { className: 'warn' }, tr('permissionDenied')));
      return;
    }
    const current = await loadSettings();
    await saveSettings({ addedSites: [...new Set([...current.addedSites, pattern])] });
    if (tab?.id !== undefined)
      await chrome.scripting.executeScript({
        target: { tabId: tab.id, allFrames: true },
        files: ['content.js'],
      });
    setTimeout(() => void render(), 500);
  };

  await render();
}

void main();
