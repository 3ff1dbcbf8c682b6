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
import type { ContactView } from '../../../../common/contracts/partnership-members';
import type { PartnershipView } from '../../../../common/contracts/partnerships';
import { type ContactLevel, contactLevels } from '../../../../common/enums';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { fieldError } from '../../../components/ErrorSummary';
import { useCreateContact } from '../api/create-contact';
import { useDeleteContact } from '../api/delete-contact';
import { useContacts } from '../api/list-contacts';
import { useMemberStaff } from '../api/list-member-staff';
import { useUpdateContact } from '../api/update-contact';
import { EditConflict } from './EditConflict';

/** Contact persons of each member on the three communication levels; each member keeps its own. */
export function ContactsSection({ view }: { view: PartnershipView }) {
  const { t } = useTranslation('partnerships');
  const contacts = useContacts(view.id);
  const remove = useDeleteContact(view.id);
  const [editing, setEditing] = useState<ContactView | null>(null);
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
            <Table striped data-testid="contacts">
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
                      {c.userId && (
                        <Text size="xs" c="dimmed">
                          {t('contacts.linked')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{c.email}</Table.Td>
                    <Table.Td>{c.phone}</Table.Td>
                    <Table.Td>
                      {c.abilities.update && (
                        <Group gap="xs" wrap="nowrap">
                          <Button
                            size="xs"
                            variant="default"
                            aria-label={t('contacts.editLabel', { name: c.name })}
                            onClick={() => setEditing(c)}
                          >
                            {t('contacts.edit')}
                          </Button>
                          <ConfirmAction
                            size="xs"
                            label={t('contacts.remove')}
                            title={t('contacts.removeTitle')}
                            message={`${c.name}: ${t('contacts.removeMessage')}`}
                            loading={remove.isPending}
                            onConfirm={() => remove.mutateAsync(c.id)}
                          />
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {editing ? (
          <ContactForm
            key={editing.id}
            view={view}
            members={view.members.filter((m) => m.id === editing.memberId)}
            contact={editing}
            onDone={() => setEditing(null)}
          />
        ) : (
          editable.length > 0 && <ContactForm view={view} members={editable} />
        )}
      </Stack>
    </Paper>
  );
}

type Values = {
  memberId: string;
  level: ContactLevel;
  userId: string;
  name: string;
  position: string;
  email: string;
  phone: string;
};

const valuesOf = (c: ContactView): Values => ({
  memberId: c.memberId,
  level: c.level,
  userId: c.userId ?? '',
  name: c.name,
  position: c.position ?? '',
  email: c.email ?? '',
  phone: c.phone ?? '',
});

/**
 * Adds a contact, or changes one at the version read. A contact may be linked to an account of
 * someone working at the member institution: choosing one fills an empty name and e-mail.
 */
function ContactForm({
  view,
  members,
  contact,
  onDone,
}: {
  view: PartnershipView;
  members: PartnershipView['members'];
  contact?: ContactView;
  onDone?: () => void;
}) {
  const { t } = useTranslation('partnerships');
  const create = useCreateContact(view.id);
  const update = useUpdateContact(view.id);
  const save = contact ? update : create;
  const empty: Values = {
    memberId: members[0]?.id ?? '',
    level: 'heads',
    userId: '',
    name: '',
    position: '',
    email: '',
    phone: '',
  };
  const [base, setBase] = useState(contact);
  const [values, setValues] = useState<Values>(contact ? valuesOf(contact) : empty);
  // The staff list is personal data and its read is logged: fetched only when someone looks at it.
  const [wantStaff, setWantStaff] = useState(Boolean(contact?.userId));
  const staff = useMemberStaff(view.id, wantStaff && values.memberId ? values.memberId : null);
  const set = (key: keyof Values, value: string) => setValues((v) => ({ ...v, [key]: value }));
  const prefix = contact ? 'contact-edit' : 'contact';
  const idOf = (key: string) => `${prefix}-${key}`;
  const chooseUser = (userId: string | null) => {
    const person = staff.data?.items.find((s) => s.id === userId);
    setValues((v) => ({
      ...v,
      userId: userId ?? '',
      name: v.name || person?.displayName || '',
      email: v.email || person?.email || '',
    }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { memberId, userId, ...fields } = values;
    if (contact && base)
      update.mutate(
        { contactId: contact.id, ...fields, userId: userId || null, version: base.version },
        { onSuccess: onDone },
      );
    else
      create.mutate({ memberId, ...fields, userId: userId || null }, { onSuccess: () => setValues(empty) });
  };
  const text = (key: 'name' | 'position' | 'email' | 'phone', required = false) => (
    <TextInput
      id={idOf(key)}
      label={t(`contacts.${key}`)}
      withAsterisk={required}
      value={values[key]}
      onChange={(e) => set(key, e.currentTarget.value)}
      error={fieldError(save.error, key)}
    />
  );
  const title = contact ? t('contacts.editTitle', { name: contact.name }) : t('contacts.add');
  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <Stack>
        {contact && (
          <Title order={3} size="h6">
            {title}
          </Title>
        )}
        <EditConflict<ContactView>
          error={save.error}
          message={t('contacts.conflict')}
          fieldIds={Object.fromEntries(
            ['memberId', 'level', 'userId', 'name', 'position', 'email', 'phone'].map((k) => [k, idOf(k)]),
          )}
          onReload={(current) => {
            setBase(current);
            setValues(valuesOf(current));
            update.reset();
          }}
        />
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <Select
            id={idOf('memberId')}
            label={t('contacts.member')}
            allowDeselect={false}
            disabled={Boolean(contact)}
            data={members.map((m) => ({ value: m.id, label: m.institution.name }))}
            value={values.memberId}
            onChange={(v) => setValues((prev) => ({ ...prev, memberId: v ?? '', userId: '' }))}
          />
          <Select
            id={idOf('level')}
            label={t('contacts.level')}
            allowDeselect={false}
            data={contactLevels.map((l) => ({ value: l, label: t(`levels.${l}`) }))}
            value={values.level}
            onChange={(v) => set('level', v ?? 'heads')}
            error={fieldError(save.error, 'level')}
          />
          <Select
            id={idOf('userId')}
            label={t('contacts.user')}
            description={t('contacts.userHint')}
            placeholder={t('contacts.noUser')}
            clearable
            searchable
            data={(staff.data?.items ?? []).map((s) => ({
              value: s.id,
              label: `${s.displayName} (${s.email})`,
            }))}
            value={values.userId || null}
            onDropdownOpen={() => setWantStaff(true)}
            onChange={chooseUser}
            error={fieldError(save.error, 'userId')}
          />
          {text('name', true)}
          {text('position')}
          {text('email')}
          {text('phone')}
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={save.isPending}>
            {contact ? t('contacts.save') : t('contacts.add')}
          </Button>
          {onDone && (
            <Button variant="default" onClick={onDone}>
              {t('cancel', { ns: 'common' })}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
