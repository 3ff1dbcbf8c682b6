import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReadinessItemView } from '../../../../common/contracts/provider-readiness';
import { formatDate } from '../../../lib/format';

/** A register entry is answered from the institution's registry card, not by the provider. */
export function RegistryAnswer({ item }: { item: ReadinessItemView }) {
  const { t } = useTranslation('providerReadiness');
  if (!item.registry)
    return (
      <Text size="sm" c="red.9">
        {t('form.registryMissing')}
      </Text>
    );
  return (
    <Text size="sm">
      {item.registry.date
        ? t('form.registryDated', { number: item.registry.number, date: formatDate(item.registry.date) })
        : t('form.registry', { number: item.registry.number })}
    </Text>
  );
}
