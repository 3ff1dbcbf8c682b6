import {
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CatalogueStatusFilter,
  catalogueStatusFilters,
  type QualificationView,
} from '../../../../common/contracts/social-services';
import { ButtonLink } from '../../../components/ButtonLink';
import { EmptyState } from '../../../components/EmptyState';
import { ListPager } from '../../../components/ListPager';
import { PageHeader } from '../../../components/PageHeader';
import { useSession } from '../../../lib/session';
import { useQualifications } from '../api/list-qualifications';
import { useReinstateQualification } from '../api/reinstate-qualification';
import { useRetireQualification } from '../api/retire-qualification';
import { RetireAction } from './RetireAction';

function Actions({ qualification }: { qualification: QualificationView }) {
  const { t } = useTranslation('socialServices');
  const retire = useRetireQualification(qualification.id);
  const reinstate = useReinstateQualification(qualification.id);
  if (!qualification.abilities.update) return null;
  return (
    <Group gap="xs" wrap="nowrap">
      <Anchor
        size="sm"
        aria-label={`${t('qualifications.edit')}: ${qualification.name}`}
        renderRoot={(props) => (
          <Link {...props} to="/catalogue/qualifications/$id/edit" params={{ id: qualification.id }} />
        )}
      >
        {t('qualifications.edit')}
      </Anchor>
      <RetireAction
        entry={qualification}
        message={t('retire.qualificationMessage')}
        retire={retire}
        reinstate={reinstate}
        idPrefix={`qualification-${qualification.id}`}
      />
    </Group>
  );
}

/** The catalogue of qualifications: search, state, pages; the platform administrator keeps it. */
export function QualificationsPage() {
  const { t } = useTranslation('socialServices');
  const search = useSearch({ from: '/authed/catalogue/qualifications' });
  const navigate = useNavigate({ from: '/catalogue/qualifications' });
  const { can } = useSession();
  const list = useQualifications(search);
  const [q, setQ] = useState(search.q ?? '');
  const [status, setStatus] = useState<CatalogueStatusFilter>(search.status ?? 'active');
  const manage = can('socialServices.manageCatalogue');

  const apply = (event: FormEvent) => {
    event.preventDefault();
    navigate({ search: { q: q.trim() || undefined, status: status === 'active' ? undefined : status } });
  };

  return (
    <Stack>
      <PageHeader
        title={t('qualifications.title')}
        actions={
          manage && <ButtonLink to="/catalogue/qualifications/new">{t('qualifications.add')}</ButtonLink>
        }
      />
      <Text>{t('qualifications.intro')}</Text>
      <Paper withBorder p="md" component="form" onSubmit={apply} role="search" aria-label={t('list.filters')}>
        <Group align="flex-end" wrap="wrap">
          <TextInput
            id="filter-q"
            label={t('qualifications.search')}
            type="search"
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            w={320}
          />
          <Select
            id="filter-status"
            label={t('list.status')}
            allowDeselect={false}
            data={catalogueStatusFilters.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
            value={status}
            onChange={(value) => setStatus((value as CatalogueStatusFilter | null) ?? 'active')}
          />
          <Button type="submit">{t('search', { ns: 'common' })}</Button>
        </Group>
      </Paper>
      {list.error && <Text role="alert">{list.error.message}</Text>}
      {!list.data && !list.error && <Loader aria-label={t('loading', { ns: 'common' })} />}
      {list.data?.total === 0 && <EmptyState title={t('qualifications.empty')} hint={t('list.emptyHint')} />}
      {list.data && list.data.total > 0 && (
        <>
          <Table.ScrollContainer minWidth={720}>
            <Table striped captionSide="top">
              <Table.Caption>{t('qualifications.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('fields.name')}</Table.Th>
                  <Table.Th>{t('fields.qualificationDescription')}</Table.Th>
                  <Table.Th>{t('fields.serviceTypeCount')}</Table.Th>
                  <Table.Th>{t('fields.status')}</Table.Th>
                  {manage && <Table.Th>{t('qualifications.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((item) => (
                  <Table.Tr key={item.id} data-testid="qualification-row">
                    <Table.Td fw={600}>{item.name}</Table.Td>
                    <Table.Td>{item.description}</Table.Td>
                    <Table.Td>
                      <Anchor
                        size="sm"
                        renderRoot={(props) => (
                          <Link {...props} to="/catalogue" search={{ qualificationId: item.id }} />
                        )}
                      >
                        {item.serviceTypeCount}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="filled" color={item.status === 'active' ? 'teal.9' : 'gray.8'}>
                        {t(`statuses.${item.status}`)}
                      </Badge>
                    </Table.Td>
                    {manage && (
                      <Table.Td>
                        <Actions qualification={item} />
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListPager
            total={list.data.total}
            page={search.page ?? 1}
            pageSize={list.data.pageSize}
            onChange={(page) =>
              navigate({ search: (prev) => ({ ...prev, page: page > 1 ? page : undefined }) })
            }
          />
        </>
      )}
      <Anchor component={Link} to="/catalogue">
        {t('card.backToCatalogue')}
      </Anchor>
    </Stack>
  );
}
