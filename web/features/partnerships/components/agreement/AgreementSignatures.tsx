import {
  Anchor,
  Badge,
  Button,
  FileInput,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementView, SignatureView } from '../../../../../common/contracts/partnership-agreements';
import type { PartnershipView } from '../../../../../common/contracts/partnerships';
import { ErrorSummary, fieldError } from '../../../../components/ErrorSummary';
import { formatDate } from '../../../../lib/format';
import { scanUrl } from '../../api/list-agreements';
import { useSignAgreement } from '../../api/save-agreement';
import { useUploadScan } from '../../api/upload-scan';

type Party = AgreementView['parties'][number];

/** Each party with its signature or what it still owes; its own managers record it and attach the scan. */
export function AgreementSignatures({
  view,
  agreement,
}: {
  view: PartnershipView;
  agreement: AgreementView;
}) {
  const { t } = useTranslation('partnerships');
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('agreements.parties')}
      </Title>
      {agreement.parties.map((party) => {
        const signature = agreement.signatures.find((s) => s.memberId === party.memberId);
        return (
          <Paper key={party.memberId} withBorder p="sm" data-testid="agreement-party">
            <Stack gap="xs">
              <Group gap="xs">
                <Text fw={600}>{party.institutionName}</Text>
                <Badge variant="outline" color={party.signed ? 'teal.9' : 'gray.8'}>
                  {party.signed ? t('agreements.signed') : t('agreements.notSigned')}
                </Badge>
              </Group>
              {signature && <SignatureLine view={view} agreement={agreement} signature={signature} />}
              {!signature && party.canSign && <SignForm view={view} agreement={agreement} party={party} />}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}

function SignatureLine({
  view,
  agreement,
  signature,
}: {
  view: PartnershipView;
  agreement: AgreementView;
  signature: SignatureView;
}) {
  const { t } = useTranslation('partnerships');
  const upload = useUploadScan(view.id, agreement.id);
  const [file, setFile] = useState<File | null>(null);
  const inputId = `scan-${signature.id}`;
  return (
    <Stack gap="xs">
      <Text size="sm">
        {t('agreements.signedBy', {
          name: signature.signerName,
          position: signature.signerPosition,
          date: formatDate(signature.signedOn),
        })}
      </Text>
      {signature.scan ? (
        <Anchor size="sm" href={scanUrl(view.id, agreement.id, signature.id)} download>
          {t('agreements.scan.download', { name: signature.scan.fileName })}
        </Anchor>
      ) : (
        <Text size="sm">{t('agreements.scan.none')}</Text>
      )}
      {signature.abilities.uploadScan && (
        <Group align="flex-end">
          <ErrorSummary error={upload.error} fieldIds={{ scan: inputId }} />
          <FileInput
            id={inputId}
            label={t('agreements.scan.label')}
            description={t('agreements.scan.hint')}
            accept="application/pdf,image/jpeg,image/png"
            value={file}
            onChange={setFile}
            error={fieldError(upload.error, 'scan')}
          />
          <Button
            size="sm"
            disabled={!file}
            loading={upload.isPending}
            onClick={() =>
              file && upload.mutate({ signatureId: signature.id, file }, { onSuccess: () => setFile(null) })
            }
          >
            {t('agreements.scan.upload')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function SignForm({
  view,
  agreement,
  party,
}: {
  view: PartnershipView;
  agreement: AgreementView;
  party: Party;
}) {
  const { t } = useTranslation('partnerships');
  const sign = useSignAgreement(view.id, agreement.id);
  const [values, setValues] = useState({
    signerName: '',
    signerPosition: '',
    signedOn: new Date().toISOString().slice(0, 10),
  });
  const id = (field: string) => `sign-${party.memberId}-${field}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    sign.mutate({ version: agreement.version, memberId: party.memberId, ...values });
  };
  const input = (field: keyof typeof values, type?: string) => (
    <TextInput
      id={id(field)}
      type={type}
      label={t(`agreements.sign.${field}`)}
      withAsterisk
      value={values[field]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setValues((v) => ({ ...v, [field]: value }));
      }}
      error={fieldError(sign.error, field)}
    />
  );
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t('agreements.sign.title', { institution: party.institutionName })}
    >
      <Stack gap="xs">
        <ErrorSummary
          error={sign.error}
          fieldIds={{
            signerName: id('signerName'),
            signerPosition: id('signerPosition'),
            signedOn: id('signedOn'),
          }}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {input('signerName')}
          {input('signerPosition')}
          {input('signedOn', 'date')}
        </SimpleGrid>
        <div>
          <Button type="submit" size="sm" loading={sign.isPending}>
            {t('agreements.sign.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
