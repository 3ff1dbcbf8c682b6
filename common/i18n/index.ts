import enAuth from './en/auth.json';
import enCommon from './en/common.json';
import enDashboard from './en/dashboard.json';
import enErrors from './en/errors.json';
import enUsers from './en/users.json';
import plAuth from './pl/auth.json';
import plCommon from './pl/common.json';
import plDashboard from './pl/dashboard.json';
import plErrors from './pl/errors.json';
import plUsers from './pl/users.json';

export const locales = ['pl', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'pl';

/**
 * Message catalogs, one namespace per module, shared by server and web so an error id thrown
 * by the server has the same text the page would show.
 */
export const resources = {
  pl: { common: plCommon, errors: plErrors, auth: plAuth, dashboard: plDashboard, users: plUsers },
  en: { common: enCommon, errors: enErrors, auth: enAuth, dashboard: enDashboard, users: enUsers },
} as const;

export const namespaces = Object.keys(resources.pl) as (keyof typeof resources.pl)[];
