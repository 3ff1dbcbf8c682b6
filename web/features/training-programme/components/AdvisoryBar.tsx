import { Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { programmeRules } from '../../../../common/contracts/training-programme';

const hours = (minutes: number) => (minutes / 60).toLocaleString('pl-PL', { maximumFractionDigits: 2 });

/** Advisory hours of a JST against the seed's minimum of 5 hours, as a labelled progress bar. */
export function AdvisoryBar({ minutes, jstName }: { minutes: number; jstName: string }) {
  const { t } = useTranslation('trainingProgramme');
  const min = programmeRules.advisoryMinimumMinutes;
  const met = minutes >= min;
  const label = t('advisoryProgress', { done: hours(minutes), min: hours(min) });
  return (
    <div>
      <Progress.Root size="md" w={140}>
        <Progress.Section
          value={Math.min(100, (100 * minutes) / min)}
          color={met ? 'teal.9' : 'orange.9'}
          aria-label={`${jstName}: ${label}`}
        />
      </Progress.Root>
      <Group gap={4}>
        <Text size="xs">{t('minutesOf', { done: hours(minutes), min: hours(min) })}</Text>
        <Text size="xs" fw={600} c={met ? 'teal.9' : 'red.9'}>
          {met ? t('minimumMet') : t('belowMinimum')}
        </Text>
      </Group>
    </div>
  );
}

export const formatHours = hours;
