import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { SHELL_MESSAGES } from './shell-messages';

export type Lang = 'da' | 'en';
export const LANGS: readonly Lang[] = ['da', 'en'];

/** A page's own dictionary: Danish is the reference, English must have the same keys. */
export type Messages<K extends string> = Record<Lang, Record<K, string>>;

export function defineMessages<K extends string>(messages: Messages<K>): Messages<K> {
  return messages;
}

const STORAGE_KEY = 'opspor.lang';

interface LangContextValue {
  lang: Lang;
  setLang(lang: Lang): void;
}

const LangContext = createContext<LangContextValue>({ lang: 'da', setLang: () => undefined });

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => (localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'da'));
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLangState(next);
  }, []);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): LangContextValue {
  return useContext(LangContext);
}

/** Fills `{name}` placeholders. */
export function format(text: string, vars: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in vars ? String(vars[key]) : whole));
}

/** A translator for a dictionary (a page's own, from defineMessages). */
export function useMessages<K extends string>(messages: Messages<K>): (key: K, vars?: Record<string, string | number>) => string {
  const { lang } = useLang();
  return useCallback((key: K, vars?: Record<string, string | number>) => format(messages[lang][key] ?? key, vars), [messages, lang]);
}

/** The shell's translator (navigation, sign-in, purpose, errors). */
export function useT() {
  return useMessages(SHELL_MESSAGES);
}
