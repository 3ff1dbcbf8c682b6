import { Badge, Button, Group, Modal, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contractTypes, type MatchView } from '../../../../common/contracts/preparation-programmes';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { ListPager } from '../../../components/ListPager';
import { formatDate } from '../../../lib/format';
import { useMatches, useRecordResult } from '../api/programmes';

/**
 * Graduates of CIS and KIS programmes proposed for the provider's declared needs, shown on the
 * staffing needs page; the provider records whether it hired them. Hidden when there are none.
 */
export function NeedMatchesSection() {
  const { t } = useTranslation('preparationProgrammes');
  const [page, setPage] = useState(1);
  const matches = useMatches(page);
  if (!matches.data || matches.data.total === 0) return null;
  return (
    <Stack>
      <Title order={2} size="h3">
        {t('matches.title')}
      </Title>
      <Text size="sm">{t('matches.intro')}</Text>
      <Table.ScrollContainer minWidth={800}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('matches.need')}</Table.Th>
              <Table.Th>{t('matches.candidate')}</Table.Th>
              <Table.Th>{t('matches.programme')}</Table.Th>
              <Table.Th>{t('matches.filled')}</Table.Th>
              <Table.Th>{t('matches.result')}</Table.Th>
              <Table.Th>{t('participants.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {matches.data.items.map((m) => (
              <Table.Tr key={m.id} data-testid={`match-${m.participant.label}`}>
                <Table.Td>
                  {m.need.institution.name}: {m.need.position} ({m.need.qualification.name})
                </Table.Td>
                <Table.Td>{m.participant.label}</Table.Td>
                <Table.Td>
                  {m.programme.title} — {m.institution.name}
                </Table.Td>
                <Table.Td>
                  {t('matches.filledOf', { filled: m.need.filled, headcount: m.need.headcount })}
                </Table.Td>
                <Table.Td>
                  <Badge variant="light">{t(`matchResults.${m.result}`)}</Badge>
                  {m.hiredFrom && (
                    <Text size="xs">
                      {t('matches.hiredFrom', {
                        date: formatDate(m.hiredFrom),
                        contract: m.contractType ? t(`contractTypes.${m.contractType}`) : '',
                      })}
                    </Text>
                  )}
                  {m.reason && <Text size="xs">{m.reason}</Text>}
                </Table.Td>
                <Table.Td>
                  {(m.abilities.recordResult || m.abilities.withdraw) && <ResultDialog match={m} />}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ListPager total={matches.data.total} page={page} pageSize={matches.data.pageSize} onChange={setPage} />
    </Stack>
  );
}

function ResultDialog({ match }: { match: MatchView }) {
  const { t } = useTranslation('preparationProgrammes');
  const [opened, { open, close }] = useDisclosure(false);
  const record = useRecordResult(match.id);
  const choices = [
    ...(match.abilities.recordResult ? (['hired', 'notHired'] as const) : []),
    ...(match.abilities.withdraw ? (['withdrawn'] as const) : []),
  ];
  const [result, setResult] = useState<string | null>(choices[0] ?? null);
  const [hiredFrom, setHiredFrom] = useState('');
  const [contractType, setContractType] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const error = record.error;
  return (
    <>
      <Button
        size="xs"
        onClick={() => {
          record.reset();
          open();
        }}
      >
        {t('result.open')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('result.title', { label: match.participant.label })}
        centered
        closeButtonProps={{ 'aria-label': t('close', { ns: 'common' }) }}
      >
        <form
          noValidate
          onSubmit={async (event) => {
            event.preventDefault();
            const done = await record
              .mutateAsync({
                version: match.version,
                result: (result ?? '') as 'hired',
                ...(result === 'hired'
                  ? {
                      hiredFrom: hiredFrom || undefined,
                      contractType: (contractType ?? undefined) as 'employment',
                    }
                  : { reason }),
              })
              .catch(() => undefined);
            if (done) close();
          }}
        >
          <Stack>
            <Text size="sm">{t('result.hint', { position: match.need.position })}</Text>
            <ErrorSummary error={error} />
            <Select
              id="field-result"
              label={t('result.result')}
              data={choices.map((c) => ({ value: c, label: t(`matchResults.${c}`) }))}
              value={result}
              onChange={setResult}
              allowDeselect={false}
              withAsterisk
              error={fieldError(error, 'result')}
            />
            {result === 'hired' ? (
              <>
                <TextInput
                  id="field-hiredFrom"
                  type="date"
                  label={t('result.hiredFrom')}
                  value={hiredFrom}
                  onChange={(e) => setHiredFrom(e.currentTarget.value)}
                  withAsterisk
                  error={fieldError(error, 'hiredFrom')}
                />
                <Select
                  id="field-contractType"
                  label={t('result.contractType')}
                  data={contractTypes.map((c) => ({ value: c, label: t(`contractTypes.${c}`) }))}
                  value={contractType}
                  onChange={setContractType}
                  withAsterisk
                  error={fieldError(error, 'contractType')}
                />
              </>
            ) : (
              <TextInput
                id="field-reason"
                label={t('result.reason')}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                withAsterisk
                error={fieldError(error, 'reason')}
              />
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('form.cancel')}
              </Button>
              <Button type="submit" loading={record.isPending}>
                {t('result.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
