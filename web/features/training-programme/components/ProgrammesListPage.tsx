import { Anchor, Button, Stack, Table, Text } from '@mantine/core';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FilterForm, useFilterDraft } from '../../../components/FilterForm';
import { ListResults, toPage } from '../../../components/ListResults';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate } from '../../../lib/format';
import { useProgrammes } from '../api/programmes';

/** Training programmes the user runs, reads as the operator's staff, or takes part in as a JST. */
export function ProgrammesListPage() {
  const { t } = useTranslation('trainingProgramme');
  const search = useSearch({ from: '/authed/training-programmes' });
  const navigate = useNavigate({ from: '/training-programmes' });
  const list = useProgrammes(search);
  const [draft, setDraft] = useFilterDraft({ q: search.q ?? '' });
  return (
    <Stack>
      <PageHeader
        title={t('title')}
        actions={
          list.data?.canCreate && (
            <Button component={Link} to="/training-programmes/new">
              {t('new')}
            </Button>
          )
        }
      />
      <Text size="sm">{t('intro')}</Text>
      <FilterForm
        label={t('searchApply')}
        query={{ label: t('search'), value: draft.q, onChange: (q) => setDraft({ q }) }}
        submitLabel={t('searchApply')}
        onSubmit={() => navigate({ search: draft.q.trim() ? { q: draft.q.trim() } : {} })}
      />
      <ListResults
        query={list}
        page={search.page ?? 1}
        onPageChange={(page) => navigate({ search: toPage(page) })}
        empty={{
          title: t('empty'),
          hint: list.data?.canCreate || search.q ? t('emptyHint') : t('emptyForJst'),
        }}
      >
        {(data) => (
          <Table.ScrollContainer minWidth={640}>
            <Table striped data-testid="programmes-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('fields.name')}</Table.Th>
                  <Table.Th>{t('fields.operator')}</Table.Th>
                  <Table.Th>{t('fields.period')}</Table.Th>
                  <Table.Th>{t('fields.enrolled')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Anchor
                        renderRoot={(props) => (
                          <Link {...props} to="/training-programmes/$id" params={{ id: p.id }} />
                        )}
                      >
                        {p.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{p.operator?.name ?? t('fields.operatorNone')}</Table.Td>
                    <Table.Td>
                      {formatDate(p.startsOn)} – {formatDate(p.endsOn)}
                    </Table.Td>
                    <Table.Td>
                      {p.enrolledJsts} / {p.targetJsts}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </ListResults>
    </Stack>
  );
}
