import { Button, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiagnosisView } from '../../../../../common/contracts/diagnosis';
import { formatDateTime } from '../../../../lib/format';
import { useDiagnosis } from '../../api/diagnosis';
import { DiagnosisEntryForm } from './DiagnosisEntryForm';

type DomainView = DiagnosisView['domains'][number];

/** The joint diagnosis on the person's page: the domains the reader sees, every partner's entries. */
export function DiagnosisSection({ personId }: { personId: string }) {
  const { t } = useTranslation('diagnosis');
  const diagnosis = useDiagnosis(personId);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="diagnosis" data-testid="diagnosis">
      <Stack>
        <Title order={2} size="h5" id="diagnosis">
          {t('title')}
        </Title>
        <Text size="sm">{t('intro')}</Text>
        {diagnosis.error && <Text role="alert">{diagnosis.error.message}</Text>}
        {!diagnosis.data && !diagnosis.error && <Loader aria-label={t('loading', { ns: 'common' })} />}
        {diagnosis.data?.domains.map((d) => (
          <DomainBlock key={d.domain} personId={personId} domain={d} />
        ))}
      </Stack>
    </Paper>
  );
}

/**
 * The needs and goals the person wrote in the survey, beside the partners' entries (not one of
 * them: an entry speaks for an institution and its staff may edit it; these stay as the person said).
 */
function PersonStatements({ statements }: { statements: NonNullable<DomainView['personStatements']> }) {
  const { t } = useTranslation('personVoice');
  return (
    <Paper withBorder p="sm" data-testid="person-statements">
      <Text size="xs" fw={700}>
        {t('diagnosis.title')}
      </Text>
      <Text size="xs">{t('diagnosis.hint')}</Text>
      {statements.map((s) => (
        <Text size="sm" key={`${s.milestone}-${s.answeredAt}`} mt={4}>
          „{s.text}” — {t(`milestones.${s.milestone}`)}, {formatDateTime(s.answeredAt)}
        </Text>
      ))}
    </Paper>
  );
}

function DomainBlock({ personId, domain }: { personId: string; domain: DomainView }) {
  const { t } = useTranslation('diagnosis');
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const headingId = `diagnosis-${domain.domain}`;
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId} data-domain={domain.domain}>
      <Title order={3} size="h6" id={headingId}>
        {t(`domains.${domain.domain}`)}
      </Title>
      {domain.entries.length === 0 && !domain.personStatements?.length && (
        <Text size="sm">{t('noEntries')}</Text>
      )}
      {domain.personStatements && domain.personStatements.length > 0 && (
        <PersonStatements statements={domain.personStatements} />
      )}
      {domain.entries.map((entry) =>
        editing === entry.id ? (
          <DiagnosisEntryForm
            key={entry.id}
            personId={personId}
            domain={domain.domain}
            entry={entry}
            onDone={() => setEditing(null)}
          />
        ) : (
          <Paper key={entry.id} withBorder p="sm" data-testid="diagnosis-entry">
            <Text size="xs" fw={700}>
              {t('writtenBy', {
                institution: entry.institution.name,
                author: entry.authorName ?? '—',
                date: formatDateTime(entry.updatedAt),
              })}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {entry.findings}
            </Text>
            {entry.needs && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                <strong>{t('needs')}:</strong> {entry.needs}
              </Text>
            )}
            {entry.abilities.update && (
              <Button size="xs" variant="subtle" mt="xs" onClick={() => setEditing(entry.id)}>
                {t('edit')}
              </Button>
            )}
          </Paper>
        ),
      )}
      {domain.canAdd &&
        (adding ? (
          <DiagnosisEntryForm personId={personId} domain={domain.domain} onDone={() => setAdding(false)} />
        ) : (
          <Button
            size="xs"
            variant="default"
            style={{ alignSelf: 'flex-start' }}
            onClick={() => setAdding(true)}
            aria-label={`${t('add')}: ${t(`domains.${domain.domain}`)}`}
          >
            {t('add')}
          </Button>
        ))}
    </Stack>
  );
}
