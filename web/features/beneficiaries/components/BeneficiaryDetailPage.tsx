import { Alert, Badge, Button, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, notFound, useParams } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonView } from '../../../../common/contracts/beneficiaries';
import { PageHeader } from '../../../components/PageHeader';
import { ApiError } from '../../../lib/api';
import { formatDate, formatDateTime } from '../../../lib/format';
import { usePerson } from '../api/beneficiaries';
import { ConsentsSection } from './ConsentsSection';
import { DeliveriesSection } from './delivery/DeliveriesSection';
import { PackageSection } from './delivery/PackageSection';
import { DiagnosisSection } from './diagnosis/DiagnosisSection';
import { PrivacySection } from './PrivacySection';
import { SupportPlanSection } from './plan/SupportPlanSection';
import { ReferralsSection } from './referral/ReferralsSection';
import { PersonVoiceSection } from './voice/PersonVoiceSection';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" fw={700}>
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h5" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** A person as the reader may see them: each part only where its category is open to the reader. */
export function BeneficiaryDetailPage() {
  const { t } = useTranslation('beneficiaries');
  const { id } = useParams({ from: '/authed/beneficiaries/$id' });
  const person = usePerson(id);
  if (person.error instanceof ApiError && person.error.status === 404) throw notFound();
  if (person.error) return <Text role="alert">{person.error.message}</Text>;
  if (!person.data) return <Loader aria-label={t('loading', { ns: 'common' })} />;
  const view: PersonView = person.data;
  const none = t('detail.none');
  const identity = view.identification;
  const title = identity ? `${identity.firstName} ${identity.lastName}` : t('title');

  return (
    <Stack>
      <PageHeader
        title={title}
        actions={
          view.abilities.update && (
            <Button
              variant="default"
              renderRoot={(props) => (
                <Link {...props} to="/beneficiaries/$id/edit" params={{ id: view.id }} />
              )}
            >
              {t('edit.open')}
            </Button>
          )
        }
      />
      {!view.consents && (
        <Alert variant="outline" title={t('detail.viaConsent')}>
          <Group gap="xs">
            {view.categories.map((c) => (
              <Badge key={c} variant="filled" color="gray.8">
                {t(`categories.${c}`)}
              </Badge>
            ))}
          </Group>
        </Alert>
      )}
      <Text size="xs">{t('detail.readLogged')}</Text>
      <Section id="service" title={t('detail.service')}>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <Fact label={t('list.partnership')}>{view.partnership.name}</Fact>
          <Fact label={t('detail.registeredBy')}>{view.entryInstitution.name}</Fact>
          <Fact label={t('detail.registeredOn')}>{formatDateTime(view.createdAt)}</Fact>
        </SimpleGrid>
      </Section>
      {identity && (
        <Section id="identity" title={t('detail.identity')}>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <Fact label={t('fields.firstName')}>{identity.firstName}</Fact>
            <Fact label={t('fields.lastName')}>{identity.lastName}</Fact>
            <Fact label={t('fields.pesel')}>
              {identity.pesel ??
                (identity.noPeselReason ? t(`noPeselReasons.${identity.noPeselReason}`) : none)}
            </Fact>
            <Fact label={t('fields.birthDate')}>{formatDate(identity.birthDate)}</Fact>
            <Fact label={t('fields.sex')}>{identity.sex ? t(`sexes.${identity.sex}`) : none}</Fact>
            {identity.noPeselNote && <Fact label={t('fields.noPeselNote')}>{identity.noPeselNote}</Fact>}
          </SimpleGrid>
        </Section>
      )}
      {view.contact && (
        <Section id="contact" title={t('detail.contact')}>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <Fact label={t('fields.phone')}>{view.contact.phone ?? none}</Fact>
            <Fact label={t('fields.email')}>{view.contact.email ?? none}</Fact>
            <Fact label={t('fields.street')}>{view.contact.street ?? none}</Fact>
            <Fact label={t('fields.postalCode')}>{view.contact.postalCode ?? none}</Fact>
            <Fact label={t('fields.locality')}>{view.contact.locality ?? none}</Fact>
            <Fact label={t('fields.territoryCode')}>
              {view.contact.territory.name} ({view.contact.territory.code})
            </Fact>
          </SimpleGrid>
        </Section>
      )}
      {view.socialSituation && (
        <Section id="situation" title={t('detail.situation')}>
          {view.socialSituation.targetGroups.length === 0 ? (
            <Text size="sm">{t('detail.noGroups')}</Text>
          ) : (
            <Group gap="xs">
              {view.socialSituation.targetGroups.map((g) => (
                <Badge key={g} variant="outline" color="dark">
                  {t(`targetGroups.${g}`)}
                </Badge>
              ))}
            </Group>
          )}
        </Section>
      )}
      {(view.categories.includes('diagnosis') || view.categories.includes('health')) && (
        <DiagnosisSection personId={view.id} />
      )}
      {view.categories.includes('supportPlan') && <SupportPlanSection personId={view.id} />}
      <ReferralsSection personId={view.id} manage={view.abilities.manageConsents} />
      {view.categories.includes('serviceDelivery') && (
        <>
          <PackageSection personId={view.id} />
          <DeliveriesSection personId={view.id} />
        </>
      )}
      <PersonVoiceSection personId={view.id} />
      {view.consents && <ConsentsSection view={view} consents={view.consents} />}
      {view.abilities.exercisePrivacyRights && <PrivacySection view={view} />}
    </Stack>
  );
}
