import {
  Anchor,
  Badge,
  Button,
  FileInput,
  Group,
  Loader,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthorisationView } from '../../../../common/contracts/cooperation-groups';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { ListPager } from '../../../components/ListPager';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import {
  documentUrl,
  useAuthorisations,
  useCreateAuthorisation,
  useUploadDocument,
} from '../api/authorisations';
import { useConveningOptions } from '../api/groups';
import { CooperationLinks } from './CooperationLinks';

/** The mayor's authorisations of the OPS: recorded by the OPS, with the signed document; read by the gmina too. */
export function AuthorisationsPage() {
  const { t } = useTranslation('cooperationGroups');
  const [page, setPage] = useState(1);
  const list = useAuthorisations(page);
  return (
    <Stack>
      <PageHeader title={t('authorisations.title')} />
      <Text size="sm">{t('authorisations.intro')}</Text>
      <CooperationLinks />
      <RecordForm />
      {!list.data && !list.error && <Loader aria-label={t('loading', { ns: 'common' })} />}
      {list.error && <Text role="alert">{list.error.message}</Text>}
      {list.data?.total === 0 && (
        <EmptyState title={t('authorisations.empty')} hint={t('authorisations.emptyHint')} />
      )}
      {list.data && list.data.total > 0 && (
        <>
          <Table.ScrollContainer minWidth={720}>
            <Table striped>
              <Table.Caption>{t('authorisations.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('authorisations.number')}</Table.Th>
                  <Table.Th scope="col">{t('authorisations.ops')}</Table.Th>
                  <Table.Th scope="col">{t('authorisations.jst')}</Table.Th>
                  <Table.Th scope="col">{t('authorisations.term')}</Table.Th>
                  <Table.Th scope="col">{t('authorisations.state')}</Table.Th>
                  <Table.Th scope="col">{t('authorisations.document')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((a) => (
                  <AuthorisationRow key={a.id} authorisation={a} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListPager total={list.data.total} page={page} pageSize={list.data.pageSize} onChange={setPage} />
        </>
      )}
    </Stack>
  );
}

function AuthorisationRow({ authorisation: a }: { authorisation: AuthorisationView }) {
  const { t } = useTranslation('cooperationGroups');
  const upload = useUploadDocument();
  const [file, setFile] = useState<File | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (file) await upload.mutateAsync({ id: a.id, file }).catch(() => null);
  };
  return (
    <Table.Tr data-testid={`authorisation-${a.id}`}>
      <Table.Td>
        {a.number}
        <Text size="xs">{formatDate(a.issuedOn)}</Text>
      </Table.Td>
      <Table.Td>{a.ops.name}</Table.Td>
      <Table.Td>{a.jst.name}</Table.Td>
      <Table.Td>
        {formatDate(a.validFrom)} – {a.validUntil ? formatDate(a.validUntil) : t('authorisations.indefinite')}
      </Table.Td>
      <Table.Td>
        <Badge color={a.valid ? 'teal.9' : 'red.9'} variant="outline">
          {a.valid ? t('authorisations.valid') : t('authorisations.invalid')}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Stack gap="xs">
          {a.document ? (
            <Anchor href={documentUrl(a.id)} download size="sm">
              {t('authorisations.download')} ({a.document.fileName})
            </Anchor>
          ) : (
            <Text size="sm">{t('authorisations.noDocument')}</Text>
          )}
          {a.abilities.uploadDocument && (
            <form onSubmit={submit} aria-label={`${t('authorisations.upload')}: ${a.number}`}>
              <Stack gap="xs">
                <ErrorSummary error={upload.error} fieldIds={{ document: `field-document-${a.id}` }} />
                <FileInput
                  id={`field-document-${a.id}`}
                  label={t('authorisations.document')}
                  accept="application/pdf,image/jpeg,image/png"
                  value={file}
                  onChange={setFile}
                  error={fieldError(upload.error, 'document')}
                />
                <Button type="submit" size="xs" loading={upload.isPending} disabled={!file}>
                  {a.document ? t('authorisations.replace') : t('authorisations.upload')}
                </Button>
              </Stack>
            </form>
          )}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

/** Recording an authorisation: for each OPS the user acts for, granted by a gmina of its own gmina. */
function RecordForm() {
  const { t } = useTranslation('cooperationGroups');
  const { can } = useSession();
  const options = useConveningOptions(can('cooperationGroups.manage'));
  const create = useCreateAuthorisation();
  const [opened, setOpened] = useState(false);
  const [values, setValues] = useState({
    opsInstitutionId: '',
    jstInstitutionId: '',
    number: '',
    issuedOn: '',
    validFrom: '',
    validUntil: '',
    scope: '',
  });
  const set = (key: keyof typeof values, value: string) => setValues((v) => ({ ...v, [key]: value }));
  const conveners = options.data?.conveners ?? [];
  if (conveners.length === 0) return null;
  const convener = conveners.find((c) => c.ops.id === values.opsInstitutionId) ?? conveners[0]!;
  if (!opened)
    return (
      <Group>
        <Button onClick={() => setOpened(true)}>{t('authorisations.add')}</Button>
      </Group>
    );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await create
      .mutateAsync({ ...values, opsInstitutionId: convener.ops.id, validUntil: values.validUntil || null })
      .then(() => true)
      .catch(() => false);
    if (saved) setOpened(false);
  };
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      onSubmit={submit}
      noValidate
      aria-label={t('authorisations.add')}
      maw={720}
    >
      <Stack>
        <ErrorSummary error={create.error} />
        <Select
          id="field-opsInstitutionId"
          label={t('authorisations.ops')}
          allowDeselect={false}
          data={conveners.map((c) => ({ value: c.ops.id, label: c.ops.name }))}
          value={convener.ops.id}
          onChange={(v) => set('opsInstitutionId', v ?? '')}
          error={fieldError(create.error, 'opsInstitutionId')}
        />
        <Select
          id="field-jstInstitutionId"
          label={t('authorisations.jst')}
          required
          data={convener.jsts.map((j) => ({ value: j.id, label: j.name }))}
          value={values.jstInstitutionId || null}
          onChange={(v) => set('jstInstitutionId', v ?? '')}
          error={fieldError(create.error, 'jstInstitutionId')}
        />
        <TextInput
          id="field-number"
          label={t('authorisations.number')}
          required
          value={values.number}
          onChange={(e) => set('number', e.currentTarget.value)}
          error={fieldError(create.error, 'number')}
        />
        <Group grow>
          <TextInput
            id="field-issuedOn"
            type="date"
            label={t('authorisations.issuedOn')}
            required
            value={values.issuedOn}
            onChange={(e) => set('issuedOn', e.currentTarget.value)}
            error={fieldError(create.error, 'issuedOn')}
          />
          <TextInput
            id="field-validFrom"
            type="date"
            label={t('authorisations.validFrom')}
            required
            value={values.validFrom}
            onChange={(e) => set('validFrom', e.currentTarget.value)}
            error={fieldError(create.error, 'validFrom')}
          />
          <TextInput
            id="field-validUntil"
            type="date"
            label={t('authorisations.validUntil')}
            value={values.validUntil}
            onChange={(e) => set('validUntil', e.currentTarget.value)}
            error={fieldError(create.error, 'validUntil')}
          />
        </Group>
        <Textarea
          id="field-scope"
          label={t('authorisations.scope')}
          autosize
          value={values.scope}
          onChange={(e) => set('scope', e.currentTarget.value)}
          error={fieldError(create.error, 'scope')}
        />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('authorisations.add')}
          </Button>
          <Button variant="default" onClick={() => setOpened(false)}>
            {t('cancel', { ns: 'common' })}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
