import { Alert, Anchor, Button, Group, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonView } from '../../../../common/contracts/beneficiaries';
import { retentionRules } from '../../../../common/contracts/rodo';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { formatDateTime } from '../../../lib/format';
import { exportUrl, useAnonymisePerson } from '../api/beneficiaries';

/**
 * The person's rights over their data (RODO), for the entry institution that holds the record:
 * the export of everything, rectification through the edit form, and anonymisation after the
 * retention rules the law imposes have been checked.
 */
export function PrivacySection({ view }: { view: PersonView }) {
  const { t } = useTranslation('beneficiaries');
  const anonymise = useAnonymisePerson(view.id);
  const [reason, setReason] = useState('');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="rodo">
      <Title order={2} size="h5" id="rodo" mb="sm">
        {t('rodo.title')}
      </Title>
      <Stack>
        {view.anonymisedAt && (
          <Alert variant="outline" color="dark" title={t('rodo.anonymised')}>
            {t('rodo.anonymisedOn', { date: formatDateTime(view.anonymisedAt) })}
          </Alert>
        )}
        <div>
          <Title order={3} size="h6">
            {t('rodo.export')}
          </Title>
          <Text size="sm" mb="xs">
            {t('rodo.exportHint')}
          </Text>
          <Group gap="xs">
            <Button variant="default" size="xs" component="a" href={exportUrl(view.id, 'json')} download>
              {t('rodo.exportJson')}
            </Button>
            <Button
              variant="default"
              size="xs"
              component="a"
              href={exportUrl(view.id, 'pdf')}
              target="_blank"
            >
              {t('rodo.exportPdf')}
            </Button>
          </Group>
        </div>
        {view.abilities.update && (
          <div>
            <Title order={3} size="h6">
              {t('rodo.rectify')}
            </Title>
            <Text size="sm">
              {t('rodo.rectifyHint')}{' '}
              <Anchor
                renderRoot={(props) => (
                  <Link {...props} to="/beneficiaries/$id/edit" params={{ id: view.id }} />
                )}
              >
                {t('rodo.rectifyLink')}
              </Anchor>
            </Text>
          </div>
        )}
        <div>
          <Title order={3} size="h6">
            {t('rodo.retention')}
          </Title>
          <Text size="sm" mb="xs">
            {t('rodo.retentionHint')}
          </Text>
          <Table.ScrollContainer minWidth={640}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('rodo.rule')}</Table.Th>
                  <Table.Th>{t('rodo.period')}</Table.Th>
                  <Table.Th>{t('rodo.basis')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {retentionRules.map((rule) => (
                  <Table.Tr key={rule.key}>
                    <Table.Td>{t(`rodo.rules.${rule.key}.title`)}</Table.Td>
                    <Table.Td>{t(`rodo.rules.${rule.key}.period`)}</Table.Td>
                    <Table.Td>
                      <Text size="xs" lang="pl">
                        {rule.legalBasis}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </div>
        {!view.anonymisedAt && (
          <div>
            <Text size="sm" mb="xs">
              {t('rodo.anonymiseHint')}
            </Text>
            <ErrorSummary error={anonymise.error} />
            <ConfirmAction
              label={t('rodo.anonymise')}
              title={t('rodo.confirmTitle')}
              message={t('rodo.anonymiseHint')}
              confirmLabel={t('rodo.confirm')}
              confirmDisabled={reason.trim() === ''}
              loading={anonymise.isPending}
              onConfirm={() =>
                anonymise.mutateAsync({ reason, version: view.version }).catch(() => undefined)
              }
            >
              <Textarea
                id="anonymise-reason"
                required
                label={t('rodo.reason')}
                description={t('rodo.reasonHint')}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
              />
            </ConfirmAction>
          </div>
        )}
      </Stack>
    </Paper>
  );
}
