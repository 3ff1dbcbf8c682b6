import {
  Alert,
  Anchor,
  Badge,
  DataList,
  Group,
  List,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceTypeView } from '../../../../common/contracts/social-services';
import { ButtonLink } from '../../../components/ButtonLink';
import { PageHeader } from '../../../components/PageHeader';
import { formatDateTime } from '../../../lib/format';
import { useServiceType } from '../api/get-service-type';
import { useReinstateServiceType } from '../api/reinstate-service-type';
import { useRetireServiceType } from '../api/retire-service-type';
import { RetireAction } from './RetireAction';
import { ServiceTypeProviders } from './ServiceTypeProviders';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** A list of the card, or "none" when it is empty. */
function Entries({ items }: { items: string[] }) {
  const { t } = useTranslation('socialServices');
  if (items.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t('card.none')}
      </Text>
    );
  return (
    <List size="sm" spacing={4}>
      {items.map((item) => (
        <List.Item key={item}>{item}</List.Item>
      ))}
    </List>
  );
}

/**
 * A service type's standard card, who offers it, and (for the platform administrator) its changes;
 * `extra` adds what other features show on the card (the app composes them: features never import each other).
 */
export function ServiceTypePage({ extra }: { extra?: (card: ServiceTypeView) => ReactNode } = {}) {
  const { id } = useParams({ from: '/authed/catalogue/types/$id' });
  const { t } = useTranslation('socialServices');
  const card = useServiceType(id);
  if (!card.data)
    return card.error ? (
      <Text role="alert">{card.error.message}</Text>
    ) : (
      <Loader aria-label={t('loading', { ns: 'common' })} />
    );
  return <Card card={card.data} extra={extra} />;
}

function Card({ card, extra }: { card: ServiceTypeView; extra?: (card: ServiceTypeView) => ReactNode }) {
  const { t } = useTranslation('socialServices');
  const retire = useRetireServiceType(card.id);
  const reinstate = useReinstateServiceType(card.id);
  return (
    <Stack>
      <PageHeader
        title={card.name}
        actions={
          <Group>
            {card.abilities.update && (
              <ButtonLink to="/catalogue/types/$id/edit" params={{ id: card.id }}>
                {t('card.edit')}
              </ButtonLink>
            )}
            <RetireAction
              entry={card}
              message={t('retire.typeMessage')}
              retire={retire}
              reinstate={reinstate}
              idPrefix="type"
            />
          </Group>
        }
      />
      <Group gap="xs">
        <Badge variant="filled" color={card.status === 'active' ? 'teal.9' : 'gray.8'} data-testid="status">
          {t(`statuses.${card.status}`)}
        </Badge>
        <Text size="sm">{card.area.name}</Text>
      </Group>
      {card.retirement && (
        <Alert
          color="gray"
          variant="outline"
          title={t('card.retiredNotice', { date: formatDateTime(card.retirement.at) })}
        >
          {card.retirement.byName && (
            <Text size="sm">{t('card.retiredBy', { name: card.retirement.byName })}</Text>
          )}
          <Text size="sm">{t('card.reason', { reason: card.retirement.reason })}</Text>
        </Alert>
      )}
      <Section id="card-service" title={t('form.sections.basic')}>
        <DataList labelWidth="14rem">
          <DataList.Item>
            <DataList.ItemLabel>{t('fields.description')}</DataList.ItemLabel>
            <DataList.ItemValue>{card.description}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('fields.recipients')}</DataList.ItemLabel>
            <DataList.ItemValue>{card.recipients}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('fields.deliveryUnit')}</DataList.ItemLabel>
            <DataList.ItemValue>{card.deliveryUnit}</DataList.ItemValue>
          </DataList.Item>
        </DataList>
      </Section>
      <Section id="card-legal" title={t('fields.legalBasis')}>
        <Entries items={card.legalBasis} />
      </Section>
      <Section id="card-qualifications" title={t('fields.qualifications')}>
        <Entries
          items={card.qualifications.map((q) =>
            q.status === 'retired' ? `${q.name} (${t('statuses.retired')})` : q.name,
          )}
        />
      </Section>
      <Section id="card-organisational" title={t('fields.organisationalResources')}>
        <Entries items={card.organisationalResources} />
      </Section>
      <Section id="card-technical" title={t('fields.technicalResources')}>
        <Entries items={card.technicalResources} />
      </Section>
      <ServiceTypeProviders serviceTypeId={card.id} />
      {extra?.(card)}
      <Anchor component={Link} to="/catalogue">
        {t('card.backToCatalogue')}
      </Anchor>
    </Stack>
  );
}
