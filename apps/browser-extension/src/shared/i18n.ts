import en from '../../static/_locales/en/messages.json' with { type: 'json' };
import zh from '../../static/_locales/zh_CN/messages.json' with { type: 'json' };

/**
 * UI text. The same `_locales` files the browser uses for the manifest, read directly so that the
 * user can switch language in the extension without switching the browser's (chrome.i18n follows
 * the browser's UI language only).
 */
export type Language = 'zh_CN' | 'en';
export type MessageKey = keyof typeof zh;

const catalogs: Record<Language, Record<string, { message: string }>> = { zh_CN: zh, en };

export function t(language: Language, key: MessageKey, value?: string | number): string {
  const entry = catalogs[language][key] ?? catalogs.zh_CN[key];
  const message = entry?.message ?? key;
  return value === undefined ? message : message.replace('$VALUE$', String(value));
}

export function isLanguage(value: unknown): value is Language {
  return value === 'zh_CN' || value === 'en';
}
