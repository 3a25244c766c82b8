// Every text the client shows goes through one i18next instance with ICU message syntax
// (i18next-icu): plurals ("{count, plural, one {# sag} other {# sager}}"), numbers and dates.
// Each feature keeps its own dictionary (defineMessages), registered as an i18next namespace.
// The ICU formatter (i18next-icu with its message parser) is loaded with the signed-in app
// (enableIcu, awaited by app/App.tsx before the first signed-in page): the sign-in page's own texts
// are plain, so it loads neither (scripts/bundle-budget.mjs). A unit test holds the sign-in texts plain.
import i18next, { type Module } from 'i18next';
import type ICU from 'i18next-icu';
import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { I18nextProvider, initReactI18next, useTranslation } from 'react-i18next';
import { SHELL_MESSAGES } from './shell-messages';

export type Lang = 'da' | 'en';
export const LANGS: readonly Lang[] = ['da', 'en'];

/** The locale behind each language: Danish dates and numbers, British English ones (1 Dec 2026, not 12/1/2026). */
export const LOCALES: Record<Lang, string> = { da: 'da-DK', en: 'en-GB' };

/** A page's own dictionary: Danish is the reference, English must have the same keys. */
export type Messages<K extends string> = Record<Lang, Record<K, string>>;

/** Values for a message's placeholders. */
export type MessageVars = Record<string, string | number | Date>;

const STORAGE_KEY = 'opspor.lang';

/** A key the library could not find, or a message it could not format (a test hook: window.__opsporMissingMessages). */
export interface MissingMessage {
  lang: string;
  namespace: string;
  key: string;
  reason: 'missing' | 'unformattable';
}

declare global {
  interface Window {
    __opsporMissingMessages?: MissingMessage[];
  }
}

const missingListeners = new Set<(m: MissingMessage) => void>();

/** Subscribes to missing or unformattable messages (tests); returns the unsubscribe. */
export function onMissingMessage(listener: (m: MissingMessage) => void): () => void {
  missingListeners.add(listener);
  return () => missingListeners.delete(listener);
}

function reportMissing(m: MissingMessage): void {
  for (const listener of missingListeners) listener(m);
  if (typeof window !== 'undefined') (window.__opsporMissingMessages ??= []).push(m);
  console.warn(`[i18n] ${m.reason} message ${m.namespace}:${m.key} (${m.lang})`);
}

function storedLang(): Lang {
  return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'da';
}

export const i18n = i18next.createInstance();

const ICU_OPTIONS = {
  parseLngForICU: (lng: string) => LOCALES[lng as Lang] ?? lng,
  parseErrorHandler: (_err: unknown, key: string, res: string, options: unknown) => {
    const o = options as { lng?: string; ns?: string } | undefined;
    reportMissing({ lang: o?.lng ?? i18n.language, namespace: o?.ns ?? '', key, reason: 'unformattable' });
    return res;
  },
};

let icu: InstanceType<typeof ICU> | null = null;
let icuLoading: Promise<void> | null = null;

/** Loads the ICU formatter (plurals, selects, dates); texts formatted before it is loaded are plain. */
export function enableIcu(): Promise<void> {
  icuLoading ??= import('i18next-icu').then(({ default: IcuFormat }) => {
    const plugin = new IcuFormat(ICU_OPTIONS);
    plugin.init(i18n, ICU_OPTIONS);
    icu = plugin;
    i18n.emit('languageChanged', i18n.language);
  });
  return icuLoading;
}

/** `{name}` placeholders only: what a text without plurals, selects or dates needs. */
function plainFormat(res: string, vars: Record<string, unknown>): string {
  return res.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** True for a message that needs the ICU formatter ({n, plural, …}, {d, date, …}). */
export function needsIcu(res: string): boolean {
  return /\{\s*\w+\s*,/.test(res);
}

type FormatParse = (res: string, options: Record<string, unknown>, lng: string, ns: string, key: string, info: unknown) => string;

const icuWhenLoaded = {
  type: 'i18nFormat',
  init() {},
  parse(res: string, options: Record<string, unknown>, lng: string, ns: string, key: string, info: unknown) {
    if (icu) return (icu as unknown as { parse: FormatParse }).parse(res, options, lng, ns, key, info);
    if (needsIcu(res)) void enableIcu();
    return plainFormat(res, options);
  },
  addLookupKeys(finalKeys: string[]) {
    return finalKeys;
  },
} as unknown as Module;

void i18n
  .use(icuWhenLoaded)
  .use(initReactI18next)
  .init({
    lng: storedLang(),
    supportedLngs: [...LANGS],
    // No fallback: an English key missing is reported, not quietly shown in Danish.
    fallbackLng: false,
    resources: {},
    ns: [],
    defaultNS: false,
    // Keys are flat ('nav.inbox', 'status.NEW'), dots and colons are part of them.
    keySeparator: false,
    nsSeparator: false,
    initAsync: false,
    saveMissing: true,
    saveMissingTo: 'current',
    missingKeyHandler: (lngs, namespace, key) => {
      for (const lang of lngs) reportMissing({ lang, namespace, key, reason: 'missing' });
    },
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });

const namespaces = new WeakMap<object, string>();
let nextNamespace = 0;

/** The dictionary's namespace, registering it with the library on first use. */
function namespaceOf<K extends string>(messages: Messages<K>, name?: string): string {
  const known = namespaces.get(messages);
  if (known) return known;
  const namespace = name ?? `messages-${nextNamespace++}`;
  namespaces.set(messages, namespace);
  for (const lang of LANGS) i18n.addResourceBundle(lang, namespace, messages[lang], true, true);
  return namespace;
}

/** Registers a feature's dictionary (Danish reference, English with the same keys). */
export function defineMessages<K extends string>(messages: Messages<K>, name?: string): Messages<K> {
  namespaceOf(messages, name);
  return messages;
}

export type Translate<K extends string> = (key: K, vars?: MessageVars) => string;

/** i18next's t without its typed-resources overloads (the dictionaries are typed by defineMessages). */
type PlainT = (key: string, vars?: object) => string;

/** A translator outside React (tests, helpers that are given the language). */
export function translator<K extends string>(messages: Messages<K>, lang: Lang): Translate<K> {
  const t = i18n.getFixedT(lang, namespaceOf(messages)) as unknown as PlainT;
  return (key, vars) => t(key, vars);
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <HtmlLang />
      {children}
    </I18nextProvider>
  );
}

function HtmlLang() {
  const { lang } = useLang();
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return null;
}

interface LangContextValue {
  lang: Lang;
  setLang(lang: Lang): void;
}

export function useLang(): LangContextValue {
  const { i18n: instance } = useTranslation();
  const lang: Lang = instance.language === 'en' ? 'en' : 'da';
  const setLang = useCallback(
    (next: Lang) => {
      localStorage.setItem(STORAGE_KEY, next);
      void instance.changeLanguage(next);
    },
    [instance],
  );
  return useMemo(() => ({ lang, setLang }), [lang, setLang]);
}

/** A translator for a dictionary (a page's own, from defineMessages). */
export function useMessages<K extends string>(messages: Messages<K>): Translate<K> {
  const { t } = useTranslation(namespaceOf(messages));
  return useCallback((key: K, vars?: MessageVars) => (t as unknown as PlainT)(key, vars), [t]);
}

/** The shell's translator (navigation, sign-in, purpose, errors). */
export function useT() {
  return useMessages(SHELL_MESSAGES);
}
