import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementView } from '../../../../../common/contracts/partnership-agreements';

/** The current text, section by section, as the document numbers them. */
export function AgreementText({ agreement }: { agreement: AgreementView }) {
  const { t } = useTranslation('partnerships');
  return (
    <Stack gap="xs">
      {agreement.sectionKeys.map((key, i) => (
        <section key={key} aria-labelledby={`agreement-section-${key}`}>
          <Title order={3} size="h6" id={`agreement-section-${key}`}>
            § {i + 1}. {t(`agreements.sections.${key}`)}
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {agreement.sections[key] ?? ''}
          </Text>
        </section>
      ))}
    </Stack>
  );
}
