import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PilotView } from '../../../../common/contracts/pilots';

/** The documents: the ranking for everyone, the testing reports for those who see the testing record. */
export function DocumentsTab({ pilot }: { pilot: PilotView }) {
  const { t } = useTranslation('pilots');
  const sites = pilot.candidates.filter((c) => c.state === 'chosen');
  return (
    <Stack>
      <List>
        <List.Item>
          <Anchor href={`/api/pilots/${pilot.id}/ranking.xlsx`}>{t('documents.ranking')}</Anchor>
        </List.Item>
        {pilot.abilities.readTesting &&
          (pilot.abilities.manage || pilot.abilities.review || pilot.abilities.assess) && (
            <List.Item>
              <Anchor href={`/api/pilots/${pilot.id}/report.pdf`}>{t('documents.overall')}</Anchor>
            </List.Item>
          )}
      </List>
      {pilot.abilities.readTesting ? (
        sites.length > 0 && (
          <>
            <Title order={2} size="h4">
              {t('documents.sites')}
            </Title>
            <List>
              {sites
                .filter(
                  (s) =>
                    pilot.abilities.manage ||
                    pilot.abilities.reportSites.includes(s.id) ||
                    pilot.abilities.review ||
                    pilot.abilities.assess,
                )
                .map((s) => (
                  <List.Item key={s.id}>
                    <Anchor href={`/api/pilots/${pilot.id}/sites/${s.id}/report.pdf`}>
                      {t('documents.site', { name: s.institution.name })}
                    </Anchor>
                  </List.Item>
                ))}
            </List>
          </>
        )
      ) : (
        <Text size="sm">{t('reports.noAccess')}</Text>
      )}
    </Stack>
  );
}
