import {
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnershipView } from '../../../../common/contracts/partnerships';
import { type ContactLevel, contactLevels } from '../../../../common/enums';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { useCreateContact } from '../api/create-contact';
import { useDeleteContact } from '../api/delete-contact';
import { useContacts } from '../api/list-contacts';

/** Contact persons of each member on the three communication levels; each member keeps its own. */
export function ContactsSection({ view }: { view: PartnershipView }) {
  const { t } = useTranslation('partnerships');
  const contacts = useContacts(view.id);
  const remove = useDeleteContact(view.id);
  const nameOf = (memberId: string) => view.members.find((m) => m.id === memberId)?.institution.name ?? '';
  const editable = view.members.filter((m) => m.abilities.manageContacts);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="contacts">
      <Stack>
        <Title order={2} size="h5" id="contacts">
          {t('contacts.title')}
        </Title>
        {contacts.data && contacts.data.items.length === 0 && <Text size="sm">{t('contacts.none')}</Text>}
        {contacts.data && contacts.data.items.length > 0 && (
          <Table.ScrollContainer minWidth={700}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('contacts.member')}</Table.Th>
                  <Table.Th>{t('contacts.level')}</Table.Th>
                  <Table.Th>{t('contacts.name')}</Table.Th>
                  <Table.Th>{t('contacts.email')}</Table.Th>
                  <Table.Th>{t('contacts.phone')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {contacts.data.items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>{nameOf(c.memberId)}</Table.Td>
                    <Table.Td>{t(`levels.${c.level}`)}</Table.Td>
                    <Table.Td>
                      {c.name}
                      {c.position && <Text size="xs">{c.position}</Text>}
                    </Table.Td>
                    <Table.Td>{c.email}</Table.Td>
                    <Table.Td>{c.phone}</Table.Td>
                    <Table.Td>
                      {c.abilities.update && (
                        <ConfirmAction
                          size="xs"
                          label={t('contacts.remove')}
                          title={t('contacts.removeTitle')}
                          message={`${c.name}: ${t('contacts.removeMessage')}`}
                          loading={remove.isPending}
                          onConfirm={() => remove.mutateAsync(c.id)}
                        />
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {editable.length > 0 && <ContactForm view={view} members={editable} />}
      </Stack>
    </Paper>
  );
}

function ContactForm({ view, members }: { view: PartnershipView; members: PartnershipView['members'] }) {
  const { t } = useTranslation('partnerships');
  const create = useCreateContact(view.id);
  const empty = {
    memberId: members[0]?.id ?? '',
    level: 'heads' as ContactLevel,
    name: '',
    position: '',
    email: '',
    phone: '',
  };
  const [values, setValues] = useState(empty);
  const set = (key: keyof typeof empty, value: string) => setValues((v) => ({ ...v, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(values, { onSuccess: () => setValues(empty) });
  };
  const text = (key: 'name' | 'position' | 'email' | 'phone', required = false) => (
    <TextInput
      id={`contact-${key}`}
      label={t(`contacts.${key}`)}
      withAsterisk={required}
      value={values[key]}
      onChange={(e) => set(key, e.currentTarget.value)}
      error={fieldError(create.error, key)}
    />
  );
  return (
    <form onSubmit={submit} noValidate aria-label={t('contacts.add')}>
      <Stack>
        <ErrorSummary
          error={create.error}
          fieldIds={{ name: 'contact-name', email: 'contact-email', phone: 'contact-phone' }}
        />
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <Select
            id="contact-member"
            label={t('contacts.member')}
            allowDeselect={false}
            data={members.map((m) => ({ value: m.id, label: m.institution.name }))}
            value={values.memberId}
            onChange={(v) => set('memberId', v ?? '')}
          />
          <Select
            id="contact-level"
            label={t('contacts.level')}
            allowDeselect={false}
            data={contactLevels.map((l) => ({ value: l, label: t(`levels.${l}`) }))}
            value={values.level}
            onChange={(v) => set('level', v ?? 'heads')}
          />
          {text('name', true)}
          {text('position')}
          {text('email')}
          {text('phone')}
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('contacts.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
