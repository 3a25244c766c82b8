import { useLang, useT } from '../i18n/i18n';

export function LanguageToggle() {
  const t = useT();
  const { lang, setLang } = useLang();
  const next = lang === 'da' ? 'en' : 'da';
  return (
    <button type="button" className="link-button" lang={next} onClick={() => setLang(next)} data-testid="language-toggle">
      {t('lang.toggle')}
    </button>
  );
}
