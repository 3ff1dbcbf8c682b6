import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  FileInput,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ConsentForm,
  type ConsentView,
  consentForms,
  type DataCategory,
  dataCategories,
  type PersonView,
} from '../../../../common/contracts/beneficiaries';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { formatDate, formatDateTime } from '../../../lib/format';
import { scanUrl, useCreateConsent, useUploadConsentScan, useWithdrawConsent } from '../api/beneficiaries';

const statusColor = {
  valid: 'teal.9',
  notYetValid: 'blue.9',
  expired: 'gray.8',
  withdrawn: 'red.9',
} as const;

/** The person's consents with their history; the entry institution records and withdraws them. */
export function ConsentsSection({ view, consents }: { view: PersonView; consents: ConsentView[] }) {
  const { t } = useTranslation('beneficiaries');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="consents">
      <Stack>
        <Title order={2} size="h5" id="consents">
          {t('consents.title')}
        </Title>
        {consents.length === 0 ? (
          <Text size="sm">{t('consents.none')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table striped data-testid="consents">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('consents.purpose')}</Table.Th>
                  <Table.Th>{t('consents.givenOn')}</Table.Th>
                  <Table.Th>{t('consents.recipients')}</Table.Th>
                  <Table.Th>{t('consents.status')}</Table.Th>
                  <Table.Th>{t('consents.scan')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {consents.map((c) => (
                  <ConsentRow key={c.id} personId={view.id} consent={c} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {view.abilities.manageConsents && <ConsentFormPanel view={view} />}
      </Stack>
    </Paper>
  );
}

function ConsentRow({ personId, consent }: { personId: string; consent: ConsentView }) {
  const { t } = useTranslation('beneficiaries');
  const withdraw = useWithdrawConsent(personId);
  const upload = useUploadConsentScan(personId);
  const [reason, setReason] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const scanInput = `consent-scan-${consent.id}`;
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm">{consent.purpose}</Text>
        <Text size="xs">
          {t(`consents.forms.${consent.form}`)} · {t('consents.recordedBy')}: {consent.recordedByName ?? '—'}
        </Text>
      </Table.Td>
      <Table.Td>
        {formatDate(consent.givenOn)}
        <Text size="xs">
          {t('consents.validUntil')}:{' '}
          {consent.validUntil ? formatDate(consent.validUntil) : t('consents.indefinite')}
        </Text>
      </Table.Td>
      <Table.Td>
        {consent.grants.map((g) => (
          <Text size="sm" key={g.institution.id}>
            <strong>{g.institution.name}</strong>: {g.categories.map((c) => t(`categories.${c}`)).join(', ')}
          </Text>
        ))}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Badge variant="filled" color={statusColor[consent.status]}>
          {t(`consents.statuses.${consent.status}`)}
        </Badge>
        {consent.withdrawnAt && (
          <Text size="xs">
            {t('consents.withdrawnInfo', {
              date: formatDateTime(consent.withdrawnAt),
              name: consent.withdrawnByName ?? '—',
            })}
          </Text>
        )}
        {consent.withdrawalReason && <Text size="xs">{consent.withdrawalReason}</Text>}
      </Table.Td>
      <Table.Td>
        {consent.scan ? (
          <Anchor href={scanUrl(personId, consent.id)} size="sm">
            {t('consents.download')} ({consent.scan.fileName})
          </Anchor>
        ) : (
          consent.form === 'paper' && <Text size="sm">{t('consents.scanMissing')}</Text>
        )}
        {consent.abilities.uploadScan && !consent.scan && (
          <Stack gap="xs" mt="xs">
            <ErrorSummary error={upload.error} fieldIds={{ scan: scanInput }} />
            <FileInput
              id={scanInput}
              size="xs"
              label={t('consents.scanFile')}
              accept="application/pdf,image/jpeg,image/png"
              value={file}
              onChange={setFile}
              error={fieldError(upload.error, 'scan')}
            />
            <Button
              size="xs"
              variant="default"
              disabled={!file}
              loading={upload.isPending}
              onClick={() =>
                file && upload.mutate({ consentId: consent.id, file }, { onSuccess: () => setFile(null) })
              }
            >
              {t('consents.uploadScan')}
            </Button>
          </Stack>
        )}
      </Table.Td>
      <Table.Td>
        {consent.abilities.withdraw && (
          <ConfirmAction
            size="xs"
            label={t('consents.withdraw')}
            title={t('consents.withdrawTitle')}
            message={t('consents.withdrawMessage')}
            confirmLabel={t('consents.withdraw')}
            loading={withdraw.isPending}
            onConfirm={() =>
              withdraw
                .mutateAsync({ consentId: consent.id, version: consent.version, reason })
                .catch(() => undefined)
            }
          >
            <ErrorSummary error={withdraw.error} />
            <Textarea
              id={`withdraw-reason-${consent.id}`}
              label={t('consents.withdrawReason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
          </ConfirmAction>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Warsaw' });

/** Records a consent: its purpose, when and how it was given, its term, and per partner the categories. */
function ConsentFormPanel({ view }: { view: PersonView }) {
  const { t } = useTranslation('beneficiaries');
  const create = useCreateConsent(view.id);
  const upload = useUploadConsentScan(view.id);
  const [purpose, setPurpose] = useState('');
  const [givenOn, setGivenOn] = useState(today());
  const [validUntil, setValidUntil] = useState('');
  const [form, setForm] = useState<ConsentForm>('paper');
  const [grants, setGrants] = useState<Record<string, DataCategory[]>>({});
  const [file, setFile] = useState<File | null>(null);
  const [saved, setSaved] = useState(false);

  if (view.recipients.length === 0) return <Text size="sm">{t('consents.noRecipients')}</Text>;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const consent = await create
      .mutateAsync({
        purpose,
        givenOn,
        validUntil,
        form,
        grants: Object.entries(grants)
          .filter(([, categories]) => categories.length > 0)
          .map(([institutionId, categories]) => ({ institutionId, categories })),
      })
      .catch(() => null);
    if (!consent) return;
    if (form === 'paper' && file) await upload.mutateAsync({ consentId: consent.id, file }).catch(() => null);
    setPurpose('');
    setValidUntil('');
    setGrants({});
    setFile(null);
    setSaved(true);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('consents.addTitle')}>
      <Stack>
        <Title order={3} size="h6">
          {t('consents.addTitle')}
        </Title>
        <ErrorSummary
          error={create.error ?? upload.error}
          fieldIds={{ grants: 'consent-grants', scan: 'consent-scan' }}
        />
        {saved && (
          <Text size="sm" role="status">
            {t('consents.saved')}
          </Text>
        )}
        <Textarea
          id="field-purpose"
          label={t('consents.purpose')}
          withAsterisk
          value={purpose}
          onChange={(e) => setPurpose(e.currentTarget.value)}
          error={fieldError(create.error, 'purpose')}
        />
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <TextInput
            id="field-givenOn"
            type="date"
            label={t('consents.givenOn')}
            withAsterisk
            value={givenOn}
            onChange={(e) => setGivenOn(e.currentTarget.value)}
            error={fieldError(create.error, 'givenOn')}
          />
          <TextInput
            id="field-validUntil"
            type="date"
            label={t('consents.validUntil')}
            value={validUntil}
            onChange={(e) => setValidUntil(e.currentTarget.value)}
            error={fieldError(create.error, 'validUntil')}
          />
          <Select
            id="field-form"
            label={t('consents.form')}
            allowDeselect={false}
            data={consentForms.map((f) => ({ value: f, label: t(`consents.forms.${f}`) }))}
            value={form}
            onChange={(v) => setForm((v as ConsentForm) ?? 'paper')}
          />
        </SimpleGrid>
        <Stack gap="xs" id="consent-grants">
          <Text fw={600} size="sm">
            {t('consents.grantsLegend')}
          </Text>
          {view.recipients.map((r) => (
            <Checkbox.Group
              key={r.id}
              label={r.name}
              value={grants[r.id] ?? []}
              onChange={(value) => setGrants((g) => ({ ...g, [r.id]: value as DataCategory[] }))}
            >
              <Group gap="md" mt={4}>
                {dataCategories.map((c) => (
                  <Checkbox key={c} value={c} label={t(`categories.${c}`)} />
                ))}
              </Group>
            </Checkbox.Group>
          ))}
        </Stack>
        {form === 'paper' && (
          <FileInput
            id="consent-scan"
            label={t('consents.scanFile')}
            accept="application/pdf,image/jpeg,image/png"
            value={file}
            onChange={setFile}
            error={fieldError(upload.error, 'scan')}
          />
        )}
        <Button
          type="submit"
          loading={create.isPending || upload.isPending}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('consents.save')}
        </Button>
      </Stack>
    </form>
  );
}
