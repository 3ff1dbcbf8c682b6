import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReadinessItemView } from '../../../../common/contracts/provider-readiness';
import { groupsOf } from './checklist-groups';
import { useItemLabel } from './readiness-labels';

/** The checklist as answered and verified, read-only. */
export function ChecklistView({ items }: { items: ReadinessItemView[] }) {
  const { t } = useTranslation('providerReadiness');
  const label = useItemLabel();
  const answer = (met: boolean | null) =>
    met === null ? t('detail.unanswered') : t(met ? 'form.met' : 'form.notMet');
  return (
    <Stack>
      {groupsOf(items).map((group) => (
        <Paper
          withBorder
          p="md"
          component="section"
          key={group.source}
          aria-labelledby={`group-${group.source}`}
        >
          <Title order={2} size="h4" id={`group-${group.source}`} mb="sm">
            {t(`sources.${group.source}`)}
          </Title>
          <List spacing="sm" listStyleType="none">
            {group.entries.map(({ item }) => (
              <List.Item key={item.key} data-testid="checklist-item">
                <Text fw={600} size="sm">
                  {label(item)}
                </Text>
                <Group gap="xs">
                  <Text size="sm">
                    {t('detail.selfAssessment')}: {answer(item.met)}
                    {item.staffCount !== null && ` · ${t('detail.staff', { count: item.staffCount })}`}
                  </Text>
                  {item.verdict && (
                    <Badge
                      variant={item.verdict === 'met' ? 'filled' : 'outline'}
                      color={item.verdict === 'met' ? 'teal.9' : 'orange'}
                    >
                      {t(`verify.${item.verdict}`)}
                    </Badge>
                  )}
                </Group>
                {item.evidence && <Text size="sm">{item.evidence}</Text>}
                {item.comment && (
                  <Text size="sm">{t('detail.verifierComment', { comment: item.comment })}</Text>
                )}
              </List.Item>
            ))}
          </List>
        </Paper>
      ))}
    </Stack>
  );
}
