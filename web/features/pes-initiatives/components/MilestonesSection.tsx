import { Button, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeView } from '../../../../common/contracts/pes-initiatives';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { formatDate } from '../../../lib/format';
import { useUpdateInitiative } from '../api/initiatives';

/** The milestones to registration: statute adopted, KRS application filed, entry in the register. */
export function MilestonesSection({ initiative }: { initiative: InitiativeView }) {
  const { t } = useTranslation('pesInitiatives');
  const update = useUpdateInitiative(initiative.id);
  const [dates, setDates] = useState({
    statuteAdoptedOn: initiative.statuteAdoptedOn ?? '',
    krsAppliedOn: initiative.krsAppliedOn ?? '',
  });
  const shown = (v: string | null) => (v ? formatDate(v) : t('milestones.notYet'));
  return (
    <Stack component="section" aria-labelledby="milestones-title">
      <Title order={2} size="h3" id="milestones-title">
        {t('milestones.title')}
      </Title>
      <List size="sm">
        <List.Item>
          {t('milestones.statuteAdoptedOn')}: {shown(initiative.statuteAdoptedOn)}
        </List.Item>
        <List.Item>
          {t('milestones.krsAppliedOn')}: {shown(initiative.krsAppliedOn)}
        </List.Item>
        <List.Item>
          {t('milestones.registeredOn')}: {shown(initiative.registeredOn)}
          {initiative.krsNumber && (
            <Text span>{` — ${t('milestones.krsNumber')} ${initiative.krsNumber}`}</Text>
          )}
        </List.Item>
      </List>
      {initiative.abilities.update && (
        <form
          noValidate
          aria-label={t('milestones.save')}
          onSubmit={(event) => {
            event.preventDefault();
            update.mutateAsync({ version: initiative.version, ...dates }).catch(() => undefined);
          }}
        >
          <ErrorSummary error={update.error} />
          <Group align="flex-end" wrap="wrap">
            <TextInput
              id="field-statuteAdoptedOn"
              type="date"
              label={t('milestones.statuteAdoptedOn')}
              value={dates.statuteAdoptedOn}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setDates((d) => ({ ...d, statuteAdoptedOn: value }));
              }}
              error={fieldError(update.error, 'statuteAdoptedOn')}
            />
            <TextInput
              id="field-krsAppliedOn"
              type="date"
              label={t('milestones.krsAppliedOn')}
              value={dates.krsAppliedOn}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setDates((d) => ({ ...d, krsAppliedOn: value }));
              }}
              error={fieldError(update.error, 'krsAppliedOn')}
            />
            <Button type="submit" loading={update.isPending}>
              {t('milestones.save')}
            </Button>
          </Group>
        </form>
      )}
    </Stack>
  );
}
