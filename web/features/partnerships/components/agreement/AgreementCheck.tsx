import { Alert, Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementView } from '../../../../../common/contracts/partnership-agreements';
import type { PartnershipView } from '../../../../../common/contracts/partnerships';
import { ErrorSummary } from '../../../../components/ErrorSummary';
import { formatDate } from '../../../../lib/format';
import { useSendToSignature } from '../../api/save-agreement';

/**
 * "Check your answers" before the binding step: everything that will be frozen, each row with a
 * way back to change it, and what is still missing; only then the text is sent to signature.
 */
export function AgreementCheck({
  view,
  agreement,
  onEdit,
  onBack,
  onSent,
}: {
  view: PartnershipView;
  agreement: AgreementView;
  onEdit: () => void;
  onBack: () => void;
  onSent: () => void;
}) {
  const { t } = useTranslation('partnerships');
  const send = useSendToSignature(view.id, agreement.id);
  const missing = agreement.missingForSignature;
  const fieldName = (f: string) =>
    f === 'title' ? t('agreements.titleField') : t(`agreements.sections.${f.replace('sections.', '')}`);
  const term = `${agreement.termFrom ? formatDate(agreement.termFrom) : '…'} – ${agreement.termTo ? formatDate(agreement.termTo) : t('agreements.termOpen')}`;
  const rows: [string, string][] = [
    [t('agreements.titleField'), agreement.title],
    [t('agreements.columns.term'), term],
    ...agreement.sectionKeys.map((k): [string, string] => [
      t(`agreements.sections.${k}`),
      agreement.sections[k] ?? '',
    ]),
  ];
  return (
    <Paper withBorder p="md" aria-labelledby="agreement-check-title">
      <Stack>
        <Title order={3} size="h5" id="agreement-check-title">
          {t('agreements.check.title')}
        </Title>
        <Text size="sm">{t('agreements.check.intro')}</Text>
        <ErrorSummary error={send.error} />
        {missing.length > 0 && (
          <Alert color="red" variant="outline" title={t('agreements.check.missing')}>
            <List size="sm">
              {missing.map((f) => (
                <List.Item key={f}>{fieldName(f)}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Table>
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th scope="row" w="25%">
                  {label}
                </Table.Th>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{value}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="subtle"
                    onClick={onEdit}
                    aria-label={`${t('agreements.check.change')}: ${label}`}
                  >
                    {t('agreements.check.change')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group>
          <Button
            disabled={missing.length > 0}
            loading={send.isPending}
            onClick={() => send.mutate({ version: agreement.version }, { onSuccess: onSent })}
          >
            {t('agreements.check.confirm')}
          </Button>
          <Button variant="default" onClick={onBack}>
            {t('agreements.check.back')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
