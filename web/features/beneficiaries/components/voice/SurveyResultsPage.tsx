import {
  Anchor,
  Button,
  Group,
  Loader,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { Link, notFound, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type SurveyResultsView,
  surveyMilestones,
  surveyRatings,
} from '../../../../../common/contracts/person-survey';
import { ListPager } from '../../../../components/ListPager';
import { PageHeader } from '../../../../components/PageHeader';
import { ApiError } from '../../../../lib/api';
import { useSurveyResults } from '../../api/surveys';

const PAGE_SIZE = 20;

/**
 * The partnership's monitoring of the person's voice (seed 002 §10): per milestone how many were
 * asked and answered and the average ratings, then the proposals and what helped, searchable and
 * filterable by milestone. Nothing on the page links a text to a person.
 */
export function SurveyResultsPage() {
  const { t } = useTranslation('personVoice');
  const { id } = useParams({ from: '/authed/partnerships/$id/survey-results' });
  const results = useSurveyResults(id);
  if (results.error instanceof ApiError && results.error.status === 404) throw notFound();
  if (results.error) return <Text role="alert">{results.error.message}</Text>;
  if (!results.data) return <Loader aria-label={t('loading', { ns: 'common' })} />;
  const data = results.data;
  const average = (value: number | null) => (value === null ? t('results.none') : value.toFixed(1));
  return (
    <Stack>
      <PageHeader
        title={t('results.title')}
        actions={
          <Button
            component="a"
            variant="default"
            href={`/api/partnerships/${id}/survey-results.xlsx`}
            download
          >
            {t('results.export')}
          </Button>
        }
      />
      <Anchor renderRoot={(props) => <Link {...props} to="/partnerships/$id" params={{ id }} />}>
        {data.partnership.name}
      </Anchor>
      <Text size="sm">{t('results.intro')}</Text>
      <Paper withBorder p="md" component="section" aria-labelledby="results-counts">
        <Title order={2} size="h4" id="results-counts" mb="sm">
          {t('results.counts')}
        </Title>
        <Table data-testid="survey-counts">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('fields.milestone')}</Table.Th>
              <Table.Th>{t('results.issued')}</Table.Th>
              <Table.Th>{t('results.answered')}</Table.Th>
              <Table.Th>{t('states.open')}</Table.Th>
              <Table.Th>{t('states.expired')}</Table.Th>
              <Table.Th>{t('states.revoked')}</Table.Th>
              {surveyRatings.map((r) => (
                <Table.Th key={r}>{t(`ratings.${r}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.milestones.map((m) => (
              <Table.Tr key={m.milestone} data-testid={`counts-${m.milestone}`}>
                <Table.Th scope="row">{t(`milestones.${m.milestone}`)}</Table.Th>
                <Table.Td>{m.issued}</Table.Td>
                <Table.Td>{m.answered}</Table.Td>
                <Table.Td>{m.open}</Table.Td>
                <Table.Td>{m.expired}</Table.Td>
                <Table.Td>{m.revoked}</Table.Td>
                {surveyRatings.map((r) => (
                  <Table.Td key={r}>{average(m.averages[r])}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="xs" mt="xs">
          {t('results.averages')}
        </Text>
      </Paper>
      <TextsSection
        id="proposals"
        title={t('results.proposals')}
        empty={t('results.noProposals')}
        rows={data.proposals}
      />
      <TextsSection
        id="helped"
        title={t('results.helped')}
        empty={t('results.noHelped')}
        rows={data.helped}
      />
    </Stack>
  );
}

function TextsSection({
  id,
  title,
  empty,
  rows,
}: {
  id: string;
  title: string;
  empty: string;
  rows: SurveyResultsView['proposals'];
}) {
  const { t } = useTranslation('personVoice');
  const [query, setQuery] = useState('');
  const [milestone, setMilestone] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const needle = query.trim().toLocaleLowerCase('pl');
  const shown = rows.filter(
    (r) =>
      (!milestone || r.milestone === milestone) &&
      (!needle || r.text.toLocaleLowerCase('pl').includes(needle)),
  );
  const current = Math.min(page, Math.max(1, Math.ceil(shown.length / PAGE_SIZE)));
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby={`results-${id}`}
      data-testid={`results-${id}`}
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id={`results-${id}`}>
          {title}
        </Title>
        {rows.length === 0 ? (
          <Text size="sm">{empty}</Text>
        ) : (
          <>
            <Group align="flex-end">
              <TextInput
                label={t('results.search')}
                value={query}
                onChange={(e) => {
                  setQuery(e.currentTarget.value);
                  setPage(1);
                }}
              />
              <Select
                label={t('results.filterMilestone')}
                placeholder={t('results.allMilestones')}
                clearable
                data={surveyMilestones.map((m) => ({ value: m, label: t(`milestones.${m}`) }))}
                value={milestone}
                onChange={(value) => {
                  setMilestone(value);
                  setPage(1);
                }}
              />
            </Group>
            {shown.length === 0 ? (
              <Text size="sm">{t('results.noMatch')}</Text>
            ) : (
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('fields.milestone')}</Table.Th>
                    <Table.Th>{t('results.text')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE).map((r, i) => (
                    // The texts carry no id on purpose (nothing links them to an answer).
                    // biome-ignore lint/suspicious/noArrayIndexKey: a static page of texts
                    <Table.Tr key={`${current}-${i}`}>
                      <Table.Td>{t(`milestones.${r.milestone}`)}</Table.Td>
                      <Table.Td>{r.text}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            <ListPager total={shown.length} page={current} pageSize={PAGE_SIZE} onChange={setPage} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
