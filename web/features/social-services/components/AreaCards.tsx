import { Button, Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ServiceAreaView } from '../../../../common/contracts/social-services';
import { ButtonLink } from '../../../components/ButtonLink';

/**
 * The areas with what they cover and their legal basis; choosing one lists its service types
 * below. Those who may change an area (the platform administrator) get a link to its form.
 */
export function AreaCards({
  areas,
  onChoose,
}: {
  areas: ServiceAreaView[];
  onChoose: (areaId: string) => void;
}) {
  const { t } = useTranslation('socialServices');
  return (
    <section aria-labelledby="areas-title">
      <Title order={2} size="h3" id="areas-title" mb="sm">
        {t('areas.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {areas.map((area) => (
          <Card withBorder key={area.id} component="article" aria-labelledby={`area-${area.id}`}>
            <Stack gap="xs" h="100%" justify="space-between">
              <Stack gap="xs">
                <Title order={3} size="h5" id={`area-${area.id}`}>
                  {area.name}
                </Title>
                <Text size="sm" lineClamp={3}>
                  {area.description}
                </Text>
                <List size="xs" spacing={2}>
                  {area.legalBasis.map((act) => (
                    <List.Item key={act}>{act}</List.Item>
                  ))}
                </List>
              </Stack>
              <Stack gap={4}>
                <Text size="sm">{t('areas.typeCount', { count: area.activeTypeCount })}</Text>
                <Button
                  variant="light"
                  size="xs"
                  onClick={() => onChoose(area.id)}
                  aria-label={t('areas.show', { name: area.name })}
                >
                  {t('areas.showShort')}
                </Button>
                {area.abilities.update && (
                  <ButtonLink
                    to="/catalogue/areas/$id/edit"
                    params={{ id: area.id }}
                    variant="default"
                    size="xs"
                    aria-label={t('areas.edit', { name: area.name })}
                  >
                    {t('areas.editShort')}
                  </ButtonLink>
                )}
              </Stack>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </section>
  );
}
