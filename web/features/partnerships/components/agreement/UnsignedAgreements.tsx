import { Anchor, Stack, Table, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../lib/format';
import { useUnsignedAgreements } from '../../api/list-agreements';

/** The partnerships-level view of what my institutions still have to sign; nothing shows when nothing waits. */
export function UnsignedAgreements() {
  const { t } = useTranslation('partnerships');
  const unsigned = useUnsignedAgreements();
  const items = unsigned.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Stack
      gap="xs"
      component="section"
      aria-labelledby="unsigned-agreements"
      data-testid="unsigned-agreements"
    >
      <Title order={2} size="h4" id="unsigned-agreements">
        {t('agreements.unsigned.title')}
      </Title>
      <Table.ScrollContainer minWidth={600}>
        <Table striped captionSide="top">
          <Table.Caption>{t('agreements.unsigned.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('agreements.unsigned.agreement')}</Table.Th>
              <Table.Th>{t('agreements.unsigned.partnership')}</Table.Th>
              <Table.Th>{t('agreements.unsigned.institution')}</Table.Th>
              <Table.Th>{t('agreements.unsigned.sentOn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((a) => (
              <Table.Tr key={`${a.agreementId}-${a.institutionId}`}>
                <Table.Td>
                  <Anchor
                    renderRoot={(props) => (
                      <Link
                        {...props}
                        to="/partnerships/$id"
                        params={{ id: a.partnershipId }}
                        hash="agreement"
                      />
                    )}
                  >
                    {a.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{a.partnershipName}</Table.Td>
                <Table.Td>{a.institutionName}</Table.Td>
                <Table.Td>{a.sentToSignatureAt ? formatDateTime(a.sentToSignatureAt) : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
