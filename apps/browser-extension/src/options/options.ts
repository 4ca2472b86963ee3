import { PolicyDocument, parsePolicyDocument } from '@taizhang/core/document';
import { documentKey } from '@taizhang/core/match';
import { h, localize } from '../shared/dom.js';
import { type Language, type MessageKey, t } from '../shared/i18n.js';
import { SEED_KEY } from '../shared/library.js';
import { loadSettings, saveSettings } from '../shared/settings.js';

/**
 * Options: add a document (paste its text, parsed with core's parser, or load a PolicyDocument
 * JSON); its measures are then annotated too. Nothing the user pasted is lost on an error: the text
 * stays in the box and the message says what is wrong and where.
 */
async function main(): Promise<void> {
  let language: Language = (await loadSettings()).language;
  const tr = (key: MessageKey, value?: string | number) => t(language, key, value);
  const text = document.getElementById('text') as HTMLTextAreaElement;
  const file = document.getElementById('json') as HTMLInputElement;
  const message = document.getElementById('message') as HTMLElement;
  const list = document.getElementById('documents') as HTMLElement;
  const sites = document.getElementById('sites') as HTMLElement;
  const languageSelect = document.getElementById('language') as HTMLSelectElement;

  const say = (msg: string, ok: boolean) => {
    message.textContent = msg;
    message.className = ok ? 'ok' : 'warn';
  };

  const add = async (doc: PolicyDocument): Promise<boolean> => {
    const key = documentKey(doc);
    const current = await loadSettings();
    if (key === SEED_KEY || current.documents.some((d) => documentKey(d) === key)) {
      say(tr('duplicate', key), false);
      return false;
    }
    await saveSettings({ documents: [...current.documents, doc] });
    say(tr('added', `${doc.title}(${key}，${tr('measuresCount', doc.measures.length)})`), true);
    await render();
    return true;
  };

  document.getElementById('parse')?.addEventListener('click', async () => {
    try {
      const doc = parsePolicyDocument(text.value, { name: 'pasted' });
      if (await add(doc)) text.value = '';
    } catch (error) {
      say(tr('parseFailed', error instanceof Error ? error.message : String(error)), false);
    }
  });

  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    let json: unknown;
    try {
      json = JSON.parse(await chosen.text());
    } catch (error) {
      say(
        tr('jsonInvalid', `${chosen.name}: ${error instanceof Error ? error.message : String(error)}`),
        false,
      );
      return;
    }
    const parsed = PolicyDocument.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      say(
        tr(
          'jsonInvalid',
          `${chosen.name}: ${issue ? `${issue.path.join('.') || '(root)'} — ${issue.message}` : ''}`,
        ),
        false,
      );
      return;
    }
    await add(parsed.data);
    file.value = '';
  });

  languageSelect.addEventListener('change', async () => {
    language = languageSelect.value === 'en' ? 'en' : 'zh_CN';
    await saveSettings({ language });
    await render();
  });

  const render = async () => {
    const settings = await loadSettings();
    document.documentElement.lang = language === 'en' ? 'en' : 'zh-CN';
    languageSelect.value = language;
    localize(document, (key) => tr(key as MessageKey));
    list.replaceChildren(h('li', {}, `${SEED_KEY}（${tr('builtIn')}）`));
    for (const doc of settings.documents) {
      const key = documentKey(doc);
      const remove = h('button', { attrs: { 'data-remove': key } }, tr('remove'));
      remove.addEventListener('click', async () => {
        const current = await loadSettings();
        await saveSettings({ documents: current.documents.filter((d) => documentKey(d) !== key) });
        await render();
      });
      list.append(
        h('li', {}, `${doc.title}（${key}，${tr('measuresCount', doc.measures.length)}） `, remove),
      );
    }
    sites.replaceChildren();
    for (const pattern of settings.addedSites) {
      const remove = h('button', {}, tr('remove'));
      remove.addEventListener('click', async () => {
        await chrome.permissions.remove({ origins: [pattern] });
        const current = await loadSettings();
        await saveSettings({ addedSites: current.addedSites.filter((s) => s !== pattern) });
        await render();
      });
      sites.append(h('li', {}, h('code', {}, pattern), ' ', remove));
    }
  };

  await render();
}

void main();
