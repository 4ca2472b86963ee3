import { detectHostFeatures, type HostFeatures } from '../office/requirements.js';
import { ProgressPanel } from '../progress/progress-view.js';
import { h, replaceChildren } from './dom.js';
import { FillView } from './fill-view.js';
import { type ExcelRun, errorText } from './host.js';
import { type Language, type MessageKey, t } from './i18n.js';
import { LookupView } from './lookup-view.js';
import { ValidateView } from './validate-view.js';
import type { TabName, View, ViewContext } from './view.js';

const LANGUAGE_KEY = 'taizhang.language';

function storedLanguage(): Language {
  try {
    return globalThis.localStorage?.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

/** The task pane shell: header with the language switch, three tabs, a status line. */
export class TaskPaneApp {
  private language: Language = storedLanguage();
  private tab: TabName = 'fill';
  private working = false;
  private error: string | null = null;
  private readonly views: Record<TabName, View>;
  private readonly features: HostFeatures;

  constructor(
    private readonly root: HTMLElement,
    run: ExcelRun | null,
  ) {
    this.features = detectHostFeatures();
    const context: ViewContext = {
      language: () => this.language,
      text: (key: MessageKey, params?: Record<string, string | number>) => t(this.language, key, params),
      run: run ?? (() => Promise.reject(new Error(t(this.language, 'notInExcel')))),
      features: this.features,
      busy: (task) => this.busy(task),
      showTab: (tab) => {
        this.tab = tab;
        this.render();
      },
      refresh: () => this.render(),
    };
    this.views = {
      fill: new FillView(context),
      validate: new ValidateView(context),
      lookup: new LookupView(context),
      progress: new ProgressPanel(context),
    };
    this.hostMissing = run === null;
  }

  private readonly hostMissing: boolean;

  private async busy(task: () => Promise<void>): Promise<void> {
    this.working = true;
    this.error = null;
    this.render();
    try {
      await task();
    } catch (error) {
      this.error = errorText(error);
    } finally {
      this.working = false;
      this.render();
    }
  }

  render(): void {
    const text = (key: MessageKey) => t(this.language, key);
    document.documentElement.lang = this.language === 'zh' ? 'zh-CN' : 'en';
    const tabs: Array<[TabName, MessageKey]> = [
      ['fill', 'tabFill'],
      ['validate', 'tabValidate'],
      ['lookup', 'tabLookup'],
      ['progress', 'tabProgress'],
    ];
    const header = h(
      'header',
      { class: 'header' },
      h(
        'div',
        { class: 'brand' },
        h('h1', { class: 'title' }, text('appTitle')),
        h('p', { class: 'subtitle' }, text('appSubtitle')),
      ),
      h(
        'button',
        {
          class: 'button subtle language',
          id: 'language-switch',
          'aria-label': text('switchLanguageLabel'),
          onClick: () => {
            this.language = this.language === 'zh' ? 'en' : 'zh';
            try {
              globalThis.localStorage?.setItem(LANGUAGE_KEY, this.language);
            } catch {
              // Storage may be off in the host; the choice then lasts for this session.
            }
            this.render();
          },
        },
        text('switchLanguage'),
      ),
    );
    const nav = h(
      'nav',
      { class: 'tabs', role: 'tablist' },
      ...tabs.map(([name, label]) =>
        h(
          'button',
          {
            class: `tab${this.tab === name ? ' selected' : ''}`,
            id: `tab-${name}`,
            role: 'tab',
            'aria-selected': String(this.tab === name),
            onClick: () => {
              this.tab = name;
              this.render();
            },
          },
          text(label),
        ),
      ),
    );
    const status = h(
      'div',
      { class: 'status', role: 'status', 'aria-live': 'polite', id: 'status' },
      this.working ? h('span', { class: 'spinner', 'aria-hidden': 'true' }) : null,
      this.working ? text('busy') : null,
    );
    const body = h('main', { class: `body${this.working ? ' working' : ''}` });
    if (this.hostMissing)
      body.append(h('div', { class: 'message-bar warning', id: 'no-host' }, text('notInExcel')));
    if (this.error)
      body.append(
        h(
          'div',
          { class: 'message-bar error', role: 'alert', id: 'error' },
          `${text('failed')}${this.error}`,
        ),
      );
    body.append(this.views[this.tab].render());
    replaceChildren(this.root, header, nav, status, body);
  }
}
