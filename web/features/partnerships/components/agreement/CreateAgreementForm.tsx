import { Button, Paper, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AgreementKind,
  type AgreementSummary,
  agreementKinds,
} from '../../../../../common/contracts/partnership-agreements';
import type { PartnershipView } from '../../../../../common/contracts/partnerships';
import { ErrorSummary, fieldError } from '../../../../components/ErrorSummary';
import { useCreateAgreement } from '../../api/save-agreement';

/** Which template fits the partnership's kind first; any may be chosen. */
const suggested = (kind: PartnershipView['kind']): AgreementKind =>
  kind === 'partnerTeam' ? 'pzkDeclaration' : kind === 'jstConsortium' ? 'jstConsortium' : 'cooperation';

export function CreateAgreementForm({
  view,
  agreements,
  onCreated,
}: {
  view: PartnershipView;
  agreements: AgreementSummary[];
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation('partnerships');
  const create = useCreateAgreement(view.id);
  const [kind, setKind] = useState<AgreementKind>(suggested(view.kind));
  const [parentAgreementId, setParent] = useState<string | null>(null);
  const [termFrom, setTermFrom] = useState('');
  const [termTo, setTermTo] = useState('');
  const parents = agreements.filter((a) => a.kind !== 'annex' && a.state === 'inForce');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        kind,
        parentAgreementId: kind === 'annex' ? parentAgreementId : null,
        termFrom: termFrom || null,
        termTo: termTo || null,
      },
      { onSuccess: (a) => onCreated(a.id) },
    );
  };
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      onSubmit={submit}
      noValidate
      aria-labelledby="agreement-create-title"
    >
      <Stack>
        <Title order={2} size="h5" id="agreement-create-title">
          {t('agreements.create.title')}
        </Title>
        <ErrorSummary
          error={create.error}
          fieldIds={{
            parentAgreementId: 'agreement-parent',
            termFrom: 'agreement-term-from',
            termTo: 'agreement-term-to',
          }}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            id="agreement-kind"
            label={t('agreements.create.kind')}
            allowDeselect={false}
            data={agreementKinds.map((k) => ({ value: k, label: t(`agreements.kinds.${k}`) }))}
            value={kind}
            onChange={(v) => setKind((v as AgreementKind | null) ?? 'cooperation')}
          />
          {kind === 'annex' && (
            <Select
              id="agreement-parent"
              label={t('agreements.create.parent')}
              withAsterisk
              data={parents.map((a) => ({ value: a.id, label: a.title }))}
              value={parentAgreementId}
              onChange={setParent}
              error={fieldError(create.error, 'parentAgreementId')}
            />
          )}
          <TextInput
            id="agreement-term-from"
            type="date"
            label={t('agreements.create.termFrom')}
            value={termFrom}
            onChange={(e) => setTermFrom(e.currentTarget.value)}
            error={fieldError(create.error, 'termFrom')}
          />
          <TextInput
            id="agreement-term-to"
            type="date"
            label={t('agreements.create.termTo')}
            description={t('agreements.create.termHint')}
            value={termTo}
            onChange={(e) => setTermTo(e.currentTarget.value)}
            error={fieldError(create.error, 'termTo')}
          />
        </SimpleGrid>
        <div>
          <Button type="submit" loading={create.isPending}>
            {t('agreements.create.submit')}
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}
