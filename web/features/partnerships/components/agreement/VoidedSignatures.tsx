import { List, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VoidedSignatureView } from '../../../../../common/contracts/partnership-agreements';
import { formatDate, formatDateTime } from '../../../../lib/format';

/** Signatures voided when the agreement went back to a draft: kept in sight, with when and why. */
export function VoidedSignatures({ signatures }: { signatures: VoidedSignatureView[] }) {
  const { t } = useTranslation('partnerships');
  if (signatures.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="voided-signatures">
      <Title order={3} size="h5">
        {t('agreements.voided.title')}
      </Title>
      <List size="sm">
        {signatures.map((s) => (
          <List.Item key={s.id}>
            {t('agreements.voided.line', {
              institution: s.institutionName,
              name: s.signerName,
              position: s.signerPosition,
              signedOn: formatDate(s.signedOn),
              voidedOn: formatDateTime(s.voidedAt),
              by: s.voidedByName ?? '—',
              reason: s.voidReason ?? '',
            })}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
