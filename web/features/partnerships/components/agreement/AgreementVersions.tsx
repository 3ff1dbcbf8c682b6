import { Anchor, Group, List, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementView, DiffPart } from '../../../../../common/contracts/partnership-agreements';
import type { PartnershipView } from '../../../../../common/contracts/partnerships';
import { formatDateTime } from '../../../../lib/format';
import { agreementPdfUrl, useAgreementDiff, useAgreementVersions } from '../../api/list-agreements';

/** Every version with its PDF, and a word-level comparison of any two, section by section. */
export function AgreementVersions({ view, agreement }: { view: PartnershipView; agreement: AgreementView }) {
  const { t } = useTranslation('partnerships');
  const versions = useAgreementVersions(view.id, agreement.id);
  const latest = agreement.currentVersion;
  // Until the user picks, compare the newest version with the one before it (even as new ones are saved).
  const [picked, setPicked] = useState<{ from: number | null; to: number | null }>({ from: null, to: null });
  const from = picked.from ?? (latest > 1 ? latest - 1 : null);
  const to = picked.to ?? (latest > 1 ? latest : null);
  const setFrom = (n: number | null) => setPicked((p) => ({ ...p, from: n }));
  const setTo = (n: number | null) => setPicked((p) => ({ ...p, to: n }));
  const diff = useAgreementDiff(view.id, agreement.id, from, to);
  const items = versions.data?.items ?? [];
  const options = items.map((v) => ({
    value: String(v.number),
    label: t('agreements.version', { n: v.number }),
  }));
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('agreements.versions')}
      </Title>
      <List size="sm">
        {items.map((v) => (
          <List.Item key={v.number}>
            <Anchor href={agreementPdfUrl(view.id, agreement.id, v.number)} download size="sm">
              {t('agreements.versionLine', {
                n: v.number,
                date: formatDateTime(v.createdAt),
                author: v.authorName ?? '—',
              })}
            </Anchor>
          </List.Item>
        ))}
      </List>
      {items.length > 1 && (
        <Group>
          <Select
            label={t('agreements.compareFrom')}
            data={options}
            value={from === null ? null : String(from)}
            onChange={(v) => setFrom(v ? Number(v) : null)}
            allowDeselect={false}
          />
          <Select
            label={t('agreements.compareTo')}
            data={options}
            value={to === null ? null : String(to)}
            onChange={(v) => setTo(v ? Number(v) : null)}
            allowDeselect={false}
          />
        </Group>
      )}
      {diff.data && (
        <Stack gap="xs" data-testid="agreement-diff">
          <Text fw={600}>{t('agreements.diffTitle', { from: diff.data.from, to: diff.data.to })}</Text>
          {diff.data.sections.map((s) => (
            <div key={s.section}>
              <Text size="sm" fw={600}>
                {t(`agreements.sections.${s.section}`)}
                {!s.changed && ` (${t('agreements.unchanged')})`}
              </Text>
              {s.changed && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {keyed(s.parts).map(({ key, part }) => (
                    <DiffRun key={key} part={part} />
                  ))}
                </Text>
              )}
            </div>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/** Each run keyed by its kind and where it starts in the text it belongs to: stable for one diff. */
function keyed(parts: DiffPart[]) {
  let before = 0;
  let after = 0;
  return parts.map((part) => {
    const key = `${part.kind}-${before}-${after}`;
    if (part.kind !== 'added') before += part.text.length;
    if (part.kind !== 'removed') after += part.text.length;
    return { key, part };
  });
}

/** Insertions and deletions as <ins>/<del>, named for screen readers too, not by colour alone. */
function DiffRun({ part }: { part: DiffPart }) {
  const { t } = useTranslation('partnerships');
  if (part.kind === 'same') return <span>{part.text}</span>;
  const Tag = part.kind === 'added' ? 'ins' : 'del';
  return (
    <Tag
      aria-label={`${t(`agreements.${part.kind}`)}: ${part.text}`}
      style={{
        background: part.kind === 'added' ? '#d3f9d8' : '#ffe3e3',
        color: '#1a1a1a',
      }}
    >
      {part.text}
    </Tag>
  );
}
