import { Anchor, List, Select, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { CommissionView } from '../../../../common/contracts/commissioning';
import type { ProviderReadinessView } from '../../../../common/contracts/provider-readiness';
import { formatDate } from '../../../lib/format';
import { useServiceContractors } from '../api/contractors';
import { contractorChoices } from './contractor-choices';

/** Why a provider is not offered, in a sentence; `null` when it has no assessment at all. */
function NotReadyReason({ readiness }: { readiness: ProviderReadinessView | null }) {
  const { t } = useTranslation('commissioning');
  const date = (value: string | null) => (value ? formatDate(value) : '—');
  return (
    <>
      {t(`contractorPicker.reasons.${readiness?.reason ?? 'noAssessment'}`, {
        from: date(readiness?.validFrom ?? null),
        date: date(readiness?.expiredOn ?? null),
      })}
    </>
  );
}

/**
 * The contractor of a contract: only providers confirmed ready today for the commission's service
 * type are offered (the commission's expected contractors first); the others it knows of are
 * listed below with the reason, with a link to the service card's list of all its providers.
 * A recorded contract keeps its contractor even when the confirmation has since lapsed.
 */
export function ContractorPicker({
  commission,
  current,
  value,
  onChange,
  error,
}: {
  commission: CommissionView | undefined;
  current?: { id: string; name: string };
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string;
}) {
  const { t } = useTranslation('commissioning');
  const contractors = useServiceContractors(commission?.serviceType.id);
  const { options, noneReady, notOffered } = contractorChoices(
    contractors.data?.items ?? [],
    commission,
    current,
  );

  return (
    <Stack gap="xs">
      <Select
        id="field-contractorInstitutionId"
        label={t('fields.contractor')}
        description={commission ? t('contractorPicker.hint') : t('contractorPicker.chooseCommission')}
        withAsterisk
        searchable
        disabled={!commission}
        data={options}
        nothingFoundMessage={t('contractorPicker.noneReady')}
        value={value}
        onChange={onChange}
        error={error}
        comboboxProps={{ withinPortal: true }}
      />
      {commission && contractors.error && <Text role="alert">{contractors.error.message}</Text>}
      {commission && contractors.data && noneReady && (
        <Text size="sm" data-testid="no-ready-contractors">
          {t('contractorPicker.noneReady')}
        </Text>
      )}
      {commission && notOffered.length > 0 && (
        <Stack gap={4} data-testid="not-offered-contractors">
          <Title order={3} size="h6">
            {t('contractorPicker.notOffered')}
          </Title>
          <List size="sm" spacing={2}>
            {notOffered.map((c) => (
              <List.Item key={c.id}>
                {c.name}: <NotReadyReason readiness={c.readiness} />
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      {commission && (
        <Anchor
          size="sm"
          renderRoot={(props) => (
            <Link
              {...props}
              to="/catalogue/types/$id"
              params={{ id: commission.serviceType.id }}
              hash="card-contractors"
            />
          )}
        >
          {t('contractorPicker.allProviders', { service: commission.serviceType.name })}
        </Anchor>
      )}
    </Stack>
  );
}
