import { Anchor, Badge, Button, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupportPlanVersionView, SupportPlanView } from '../../../../../common/contracts/support-plan';
import { formatPln } from '../../../../../common/money';
import { ConfirmAction } from '../../../../components/ConfirmAction';
import { ErrorSummary } from '../../../../components/ErrorSummary';
import { formatDate, formatDateTime } from '../../../../lib/format';
import { planPdfUrl, useSupportPlan, useSupportPlanStep } from '../../api/support-plan';
import { SupportPlanForm } from './SupportPlanForm';

const statusColor = { draft: 'gray.8', submitted: 'blue.9', approved: 'teal.9' } as const;

/** The person's individual support plan: its newest version, the steps to approval, every version's print. */
export function SupportPlanSection({ personId }: { personId: string }) {
  const { t } = useTranslation('supportPlan');
  const plan = useSupportPlan(personId);
  const [editing, setEditing] = useState(false);
  const view = plan.data;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="support-plan" data-testid="support-plan">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h5" id="support-plan">
            {t('title')}
          </Title>
          {view?.current && (
            <Badge variant="filled" color={statusColor[view.current.status]}>
              {t('versionLabel', { number: view.current.number })}: {t(`statuses.${view.current.status}`)}
            </Badge>
          )}
        </Group>
        {plan.error && <Text role="alert">{plan.error.message}</Text>}
        {!view && !plan.error && <Loader aria-label={t('loading', { ns: 'common' })} />}
        {view &&
          (editing ? (
            <SupportPlanForm personId={personId} view={view} onDone={() => setEditing(false)} />
          ) : (
            <PlanSummary personId={personId} view={view} onEdit={() => setEditing(true)} />
          ))}
      </Stack>
    </Paper>
  );
}

function PlanSummary({
  personId,
  view,
  onEdit,
}: {
  personId: string;
  view: SupportPlanView;
  onEdit: () => void;
}) {
  const { t } = useTranslation('supportPlan');
  const submit = useSupportPlanStep(personId, 'submit');
  const approve = useSupportPlanStep(personId, 'approve');
  const current = view.current;
  return (
    <Stack>
      <ErrorSummary error={submit.error ?? approve.error} />
      {current ? <VersionContent version={current} /> : <Text size="sm">{t('none')}</Text>}
      <Group gap="xs">
        {view.abilities.edit && (
          <Button variant="default" onClick={onEdit}>
            {current ? t('edit') : t('create')}
          </Button>
        )}
        {view.abilities.submit && (
          <ConfirmAction
            color="blue.9"
            label={t('submit')}
            title={t('submitTitle')}
            message={t('submitMessage')}
            confirmLabel={t('submit')}
            loading={submit.isPending}
            onConfirm={() => submit.mutateAsync({ version: view.version }).catch(() => undefined)}
          />
        )}
        {view.abilities.approve && (
          <ConfirmAction
            color="teal.9"
            label={t('approve')}
            title={t('approveTitle')}
            message={t('approveMessage')}
            confirmLabel={t('approve')}
            loading={approve.isPending}
            onConfirm={() => approve.mutateAsync({ version: view.version }).catch(() => undefined)}
          />
        )}
      </Group>
      {view.versions.length > 0 && (
        <>
          <Title order={3} size="h6">
            {t('versions')}
          </Title>
          <Table data-testid="plan-versions">
            <Table.Tbody>
              {view.versions.map((v) => (
                <Table.Tr key={v.number}>
                  <Table.Td>{t('versionLabel', { number: v.number })}</Table.Td>
                  <Table.Td>{t(`statuses.${v.status}`)}</Table.Td>
                  <Table.Td>
                    {v.approvedAt &&
                      t('approvedBy', { name: v.approvedByName ?? '—', date: formatDateTime(v.approvedAt) })}
                  </Table.Td>
                  <Table.Td>
                    <Anchor href={planPdfUrl(personId, v.number)} target="_blank" size="sm">
                      {t('print')} — {t('versionLabel', { number: v.number })}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}

function VersionContent({ version }: { version: SupportPlanVersionView }) {
  const { t, i18n } = useTranslation('supportPlan');
  const locale = i18n.language === 'en' ? 'en' : 'pl';
  return (
    <Stack gap="xs">
      <Title order={3} size="h6">
        {t('goals')}
      </Title>
      <ol>
        {version.goals.map((g, i) => (
          <li key={`${i.toString()}-${g.text}`}>
            <Text size="sm">{g.text}</Text>
          </li>
        ))}
      </ol>
      <Title order={3} size="h6">
        {t('actions')}
      </Title>
      {version.actions.length === 0 ? (
        <Text size="sm">{t('noActions')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('actionGoal')}</Table.Th>
                <Table.Th>{t('scopeItem')}</Table.Th>
                <Table.Th>{t('provider')}</Table.Th>
                <Table.Th>{t('payer')}</Table.Th>
                <Table.Th>
                  {t('from')} – {t('until')}
                </Table.Th>
                <Table.Th>{t('hours')}</Table.Th>
                <Table.Th>{t('cost')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {version.actions.map((a, i) => (
                <Table.Tr key={`${i.toString()}-${a.scopeItem.id}`}>
                  <Table.Td>{a.goal + 1}</Table.Td>
                  <Table.Td>
                    {t(`instruments.${a.scopeItem.instrument}`, { ns: 'partnershipPlan' })}
                    {a.description && <Text size="xs">{a.description}</Text>}
                  </Table.Td>
                  <Table.Td>{a.provider.name}</Table.Td>
                  <Table.Td>
                    {a.payer.name}
                    <Text size="xs">{a.legalBasis}</Text>
                  </Table.Td>
                  <Table.Td>
                    {formatDate(a.from)} – {formatDate(a.until)}
                  </Table.Td>
                  <Table.Td>{a.hours ?? '—'}</Table.Td>
                  <Table.Td>{a.costGrosze === null ? '—' : formatPln(a.costGrosze, locale)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text size="sm">
        {version.agreement.signed && version.agreement.signedOn
          ? t('signedInfo', { date: formatDate(version.agreement.signedOn) })
          : t('notSigned')}
      </Text>
    </Stack>
  );
}
