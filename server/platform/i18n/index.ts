export { hasKey, localeFromHeader, t } from './i18n';
