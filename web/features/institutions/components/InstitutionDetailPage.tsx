import {
  Alert,
  Anchor,
  Badge,
  Button,
  DataList,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { allowedFactsOf } from '../../../../common/contracts/institution-facts';
import type { InstitutionView } from '../../../../common/contracts/institutions';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useInstitution } from '../api/get-institution';
import { InstitutionStatusAction } from './DeactivateInstitution';
import { factSectionOf } from './form-values';
import { TerritoryPath } from './TerritoryPath';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      <DataList labelWidth="14rem">{children}</DataList>
    </Paper>
  );
}

function Fact({ label, value }: { label: string; value: ReactNode }) {
  const { t } = useTranslation('institutions');
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>
        {value === null || value === undefined || value === '' ? (
          <Text span c="dimmed" size="sm">
            {t('detail.notGiven')}
          </Text>
        ) : (
          value
        )}
      </DataList.ItemValue>
    </DataList.Item>
  );
}

/**
 * An institution's card: every fact, its status and who deactivated it, and the actions the actor
 * may take. `extra` adds sections other features own (the app composes them; features never
 * import each other).
 */
export function InstitutionDetailPage({ extra }: { extra?: (card: InstitutionView) => ReactNode } = {}) {
  const { id } = useParams({ from: '/authed/institutions/$id' });
  const { t } = useTranslation('institutions');
  const card = useInstitution(id);
  if (!card.data)
    return card.error ? (
      <Text role="alert">{card.error.message}</Text>
    ) : (
      <Loader aria-label={t('loading', { ns: 'common' })} />
    );
  return <Card card={card.data} extra={extra} />;
}

function Card({ card, extra }: { card: InstitutionView; extra?: (card: InstitutionView) => ReactNode }) {
  const { t } = useTranslation('institutions');
  const facts = allowedFactsOf(card.type);
  const date = (value: string | null) => value && formatDate(value);
  const yesNo = (value: boolean | null) =>
    value === null ? null : t(value ? 'yes' : 'no', { ns: 'common' });
  const address = [card.street, card.buildingNumber].filter(Boolean).join(' ');

  return (
    <Stack>
      <PageHeader
        title={card.name}
        actions={
          <Group>
            {card.abilities.update && (
              <Button
                renderRoot={(props) => (
                  <Link {...props} to="/institutions/$id/edit" params={{ id: card.id }} />
                )}
              >
                {t('detail.edit')}
              </Button>
            )}
            <InstitutionStatusAction card={card} />
          </Group>
        }
      />
      <Group gap="xs">
        <Badge variant="filled" color={card.status === 'active' ? 'teal.9' : 'gray.8'} data-testid="status">
          {t(`statuses.${card.status}`)}
        </Badge>
        <Text size="sm">{t(`types.${card.type}`)}</Text>
      </Group>
      {card.deactivation && (
        <Alert
          color="gray"
          variant="outline"
          title={t('detail.deactivatedNotice', { date: formatDateTime(card.deactivation.at) })}
        >
          {card.deactivation.byName && (
            <Text size="sm">{t('detail.deactivatedBy', { name: card.deactivation.byName })}</Text>
          )}
          <Text size="sm">{t('detail.deactivationReason', { reason: card.deactivation.reason })}</Text>
        </Alert>
      )}
      <Section id="section-basic" title={t('sections.basic')}>
        <Fact label={t('fields.name')} value={card.name} />
        <Fact label={t('fields.shortName')} value={card.shortName} />
        <Fact label={t('fields.type')} value={t(`types.${card.type}`)} />
        <Fact label={t('fields.territory')} value={<TerritoryPath territory={card.territory} />} />
        <Fact label={t('fields.territoryCode')} value={card.territory.code} />
        <Fact label={t('fields.updatedAt')} value={formatDateTime(card.updatedAt)} />
      </Section>
      {facts.length > 0 && (
        <Section id="section-type" title={t(`sections.${factSectionOf(card.type)}`)}>
          {facts.includes('headOffice') && (
            <Fact
              label={t('fields.headOffice')}
              value={card.headOffice && t(`headOffices.${card.headOffice}`)}
            />
          )}
          {facts.includes('aksesNumber') && <Fact label={t('fields.aksesNumber')} value={card.aksesNumber} />}
          {facts.includes('aksesValidUntil') && (
            <Fact label={t('fields.aksesValidUntil')} value={date(card.aksesValidUntil)} />
          )}
          {facts.includes('registerEntryNumber') && (
            <Fact label={t('fields.registerEntryNumber')} value={card.registerEntryNumber} />
          )}
          {facts.includes('registerEntryDate') && (
            <Fact label={t('fields.registerEntryDate')} value={date(card.registerEntryDate)} />
          )}
          {facts.includes('pesLegalForm') && (
            <Fact
              label={t('fields.pesLegalForm')}
              value={card.pesLegalForm && t(`legalForms.${card.pesLegalForm}`)}
            />
          )}
          {facts.includes('socialEconomyStatus') && (
            <Fact label={t('fields.socialEconomyStatus')} value={yesNo(card.socialEconomyStatus)} />
          )}
        </Section>
      )}
      <Section id="section-address" title={t('sections.address')}>
        <Fact label={t('fields.street')} value={address} />
        <Fact label={t('fields.postalCode')} value={card.postalCode} />
        <Fact label={t('fields.city')} value={card.city} />
      </Section>
      <Section id="section-contact" title={t('sections.contact')}>
        <Fact
          label={t('fields.email')}
          value={card.email && <Anchor href={`mailto:${card.email}`}>{card.email}</Anchor>}
        />
        <Fact label={t('fields.phone')} value={card.phone} />
        <Fact
          label={t('fields.website')}
          value={
            card.website && (
              <Anchor href={card.website} target="_blank" rel="noopener noreferrer">
                {card.website}
              </Anchor>
            )
          }
        />
      </Section>
      <Section id="section-registers" title={t('sections.registers')}>
        <Fact label={t('fields.nip')} value={card.nip} />
        <Fact label={t('fields.regon')} value={card.regon} />
        <Fact label={t('fields.krs')} value={card.krs} />
      </Section>
      {extra?.(card)}
      <Anchor component={Link} to="/institutions">
        {t('detail.backToList')}
      </Anchor>
    </Stack>
  );
}
