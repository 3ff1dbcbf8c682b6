import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Locale, locales } from '../../common/i18n';
import { setLocale } from '../lib/i18n';

/** Polish by default; English available on every page. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language')}
      value={i18n.language}
      onChange={(value) => setLocale(value as Locale)}
      data={locales.map((l) => ({ value: l, label: l.toUpperCase(), title: t(`languages.${l}`) }))}
    />
  );
}
