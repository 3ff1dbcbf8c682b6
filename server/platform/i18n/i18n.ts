import i18next, { type TFunction } from 'i18next';
import { defaultLocale, type Locale, locales, resources } from '../../../common/i18n';

const instance = i18next.createInstance();
void instance.init({
  resources,
  lng: defaultLocale,
  fallbackLng: defaultLocale,
  supportedLngs: [...locales],
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  initAsync: false,
});

const fixed = new Map<Locale, TFunction>(locales.map((l) => [l, instance.getFixedT(l)]));

/** Server-side translation with the same catalogs the web app uses. */
export function t(locale: Locale, key: string, params?: Record<string, unknown>): string {
  return (fixed.get(locale) ?? fixed.get(defaultLocale)!)(key, params ?? {}) as string;
}

export function hasKey(key: string): boolean {
  return instance.exists(key, { lng: defaultLocale });
}

/** Picks the first supported language from an Accept-Language header. */
export function localeFromHeader(header: string | undefined): Locale {
  if (!header) return defaultLocale;
  for (const part of header.split(',')) {
    const tag = part.split(';')[0]?.trim().slice(0, 2).toLowerCase();
    if (tag && (locales as readonly string[]).includes(tag)) return tag as Locale;
  }
  return defaultLocale;
}
