/**
 * The pane's words in the user's language: Chinese by default, English by the pane's switch or an
 * English Office display language. Components read them with useT().
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { enUS } from './en-US';
import type { Lang, Messages } from './types';
import { zhCN } from './zh-CN';

export type { Lang, Messages } from './types';

export const MESSAGES: Readonly<Record<Lang, Messages>> = { zh: zhCN, en: enUS };

/**
 * The pane's language for an Office display language (zh-CN, en-US, …): English for an English
 * Office, Chinese for any other, since the pane's users work in Chinese.
 */
export function langOf(displayLanguage: string | null | undefined): Lang {
  return displayLanguage && /^en\b/iu.test(displayLanguage) ? 'en' : 'zh';
}

/** The BCP 47 tag of a pane language, for the html lang attribute. */
export const LANG_TAG: Readonly<Record<Lang, string>> = { zh: 'zh-CN', en: 'en-US' };

const I18nContext = createContext<{ t: Messages; lang: Lang }>({ t: zhCN, lang: 'zh' });

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo(() => ({ t: MESSAGES[lang], lang }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The words of the pane's current language, and the language itself for bilingual data (zh/en). */
export function useT(): { t: Messages; lang: Lang } {
  return useContext(I18nContext);
}
