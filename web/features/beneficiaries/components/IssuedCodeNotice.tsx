import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';

/**
 * The one-time code just issued (a referral's or a survey's), shown once: the server keeps only
 * its keyed hash, so this notice is the only moment the code can be read or its paper printed.
 * The texts come from the caller's namespace (`issued.title`, `.code`, `.once`, `.download`, `.close`).
 */
export function IssuedCodeNotice({
  code,
  testId,
  t,
  onDownload,
  onClose,
}: {
  code: string;
  testId: string;
  t: (key: string) => string;
  onDownload: () => void;
  onClose: () => void;
}) {
  return (
    <Alert variant="outline" color="teal.9" title={t('issued.title')} data-testid={testId}>
      <Stack gap="xs">
        <Text size="sm">
          {t('issued.code')}:{' '}
          <Code fz="lg" fw={700}>
            {code}
          </Code>
        </Text>
        <Text size="sm">{t('issued.once')}</Text>
        <Group gap="xs">
          <Button size="xs" onClick={onDownload}>
            {t('issued.download')}
          </Button>
          <Button size="xs" variant="default" onClick={onClose}>
            {t('issued.close')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
