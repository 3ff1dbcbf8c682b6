import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageHeader title={t('notFoundPage.title')} />
      <Text>{t('notFoundPage.body')}</Text>
      <Anchor component={Link} to="/">
        {t('notFoundPage.home')}
      </Anchor>
    </Stack>
  );
}
