import { Button, Stack, Text } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';

export function ErrorPage({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageHeader title={t('errorPage.title')} />
      <Text role="alert">{error instanceof Error ? error.message : String(error)}</Text>
      <Button onClick={reset} w="fit-content">
        {t('errorPage.retry')}
      </Button>
    </Stack>
  );
}
