import { currentLocale } from './i18n';

const tag = () => (currentLocale() === 'en' ? 'en-GB' : 'pl-PL');

/** A moment in Polish (or English) format, in the Europe/Warsaw zone. */
export const formatDateTime = (value: string | Date) =>
  new Intl.DateTimeFormat(tag(), {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Warsaw',
  }).format(new Date(value));

/** A legal date (yyyy-mm-dd) shown as the locale writes dates, with no zone shift. */
export const formatDate = (value: string) =>
  new Intl.DateTimeFormat(tag(), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${value}T00:00:00Z`),
  );
