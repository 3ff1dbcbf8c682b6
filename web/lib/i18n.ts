import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLocale, type Locale, locales, resources } from '../../common/i18n';

const STORAGE_KEY = 'kooperacja.locale';

const stored = (): Locale | undefined => {
  const value = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return (locales as readonly string[]).includes(value ?? '') ? (value as Locale) : undefined;
};

void i18next.use(initReactI18next).init({
  resources,
  lng: stored() ?? defaultLocale,
  fallbackLng: defaultLocale,
  supportedLngs: [...locales],
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  initAsync: false,
});

const syncHtmlLang = (lng: string) => document.documentElement.setAttribute('lang', lng);
syncHtmlLang(i18next.language);
i18next.on('languageChanged', syncHtmlLang);

/** Switches the interface language and remembers it in this browser. */
export function setLocale(locale: Locale) {
  localStorage.setItem(STORAGE_KEY, locale);
  void i18next.changeLanguage(locale);
}

export const currentLocale = (): Locale => (i18next.language as Locale) ?? defaultLocale;

export { i18next };
