import { List, Paper, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  type KindMember,
  kindRules,
  missingRequirements,
} from '../../../../common/contracts/partnership-kinds';
import type { PartnershipKind } from '../../../../common/enums';

/** What the chosen kind requires of the members, met or missing as the form stands: the server's own rule. */
export function KindRequirements({ kind, members }: { kind: PartnershipKind | null; members: KindMember[] }) {
  const { t } = useTranslation('partnerships');
  const missing = kind ? missingRequirements(kind, members).map((r) => r.id) : [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="kind-requirements" aria-live="polite">
      <Title order={2} size="h5" id="kind-requirements" mb="xs">
        {t('form.requirementsTitle')}
      </Title>
      {!kind ? (
        <Text size="sm">{t('form.chooseKindFirst')}</Text>
      ) : (
        <>
          <Text size="sm" mb="xs">
            {t(`kindHints.${kind}`)}
          </Text>
          <List spacing="xs" size="sm" data-testid="kind-requirements">
            {kindRules[kind].requirements.map((r) => {
              const met = !missing.includes(r.id);
              return (
                <List.Item
                  key={r.id}
                  icon={
                    <ThemeIcon size={20} radius="xl" color={met ? 'green.9' : 'red.9'} aria-hidden>
                      {met ? <IconCheck size={14} /> : <IconX size={14} />}
                    </ThemeIcon>
                  }
                >
                  {t(`requirements.${r.id}`)} —{' '}
                  {met ? t('form.requirementMet') : t('form.requirementMissing')}
                </List.Item>
              );
            })}
          </List>
        </>
      )}
    </Paper>
  );
}
