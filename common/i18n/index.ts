import enCommon from './en/common.json';
import enErrors from './en/errors.json';
import plCommon from './pl/common.json';
import plErrors from './pl/errors.json';

export const locales = ['pl', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'pl';

/**
 * Message catalogs, one namespace per module, shared by server and web so an error id thrown
 * by the server has the same text the page would show.
 */
export const resources = {
  pl: { common: plCommon, errors: plErrors },
  en: { common: enCommon, errors: enErrors },
} as const;

export const namespaces = Object.keys(resources.pl) as (keyof typeof resources.pl)[];
