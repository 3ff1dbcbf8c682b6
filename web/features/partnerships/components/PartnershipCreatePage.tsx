import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { coalitionRoleTypes, kindRules } from '../../../../common/contracts/partnership-kinds';
import type { TerritorialUnitSummary } from '../../../../common/contracts/territory';
import {
  type CoalitionRole,
  coalitionRoles,
  type PartnershipKind,
  type PartnershipRole,
  partnershipKinds,
  partnershipRoles,
} from '../../../../common/enums';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { PageHeader } from '../../../components/PageHeader';
import { useCreatePartnership } from '../api/create-partnership';
import { AreaField, areaError } from './AreaField';
import { type ChosenInstitution, InstitutionSelect } from './InstitutionSelect';
import { KindRequirements } from './KindRequirements';

interface MemberRow {
  key: number;
  institution: ChosenInstitution | null;
  role: PartnershipRole;
  inManagementBody: boolean;
  coalitionRole: CoalitionRole | null;
}

let nextKey = 0;
const newRow = (role: PartnershipRole): MemberRow => ({
  key: ++nextKey,
  institution: null,
  role,
  inManagementBody: true,
  coalitionRole: null,
});

/**
 * Founding a partnership: kind, name and area, then the members with their roles. The kind's
 * requirements are shown live; the server checks the same rules and its errors land in the
 * summary and at the fields.
 */
export function PartnershipCreatePage() {
  const { t } = useTranslation('partnerships');
  const navigate = useNavigate();
  const create = useCreatePartnership();
  const [kind, setKind] = useState<PartnershipKind | null>(null);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [area, setArea] = useState<TerritorialUnitSummary[]>([]);
  const [members, setMembers] = useState<MemberRow[]>([newRow('leader'), newRow('member'), newRow('member')]);
  const usesRoles = kind ? kindRules[kind].usesCoalitionRoles : false;
  const setMember = (key: number, change: Partial<MemberRow>) =>
    setMembers((rows) => rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const error = create.error;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        name,
        kind: (kind ?? undefined) as PartnershipKind,
        description,
        area: area.map((u) => u.code),
        members: members.map((m) => ({
          institutionId: m.institution?.id ?? '',
          role: m.role,
          inManagementBody: m.inManagementBody,
          coalitionRole: usesRoles ? m.coalitionRole : null,
        })),
      },
      { onSuccess: (view) => navigate({ to: '/partnerships/$id', params: { id: view.id } }) },
    );
  };

  return (
    <>
      <PageHeader title={t('form.createTitle')} />
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorSummary error={error} fieldIds={{ area: 'field-area', members: 'field-members' }} />
          <Fieldset legend={t('fields.kind')}>
            <Stack>
              <Select
                id="field-kind"
                label={t('fields.kind')}
                placeholder={t('form.choose')}
                withAsterisk
                data={partnershipKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
                value={kind}
                onChange={(v) => setKind(v as PartnershipKind | null)}
                error={fieldError(error, 'kind')}
              />
              <TextInput
                id="field-name"
                label={t('fields.name')}
                withAsterisk
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                error={fieldError(error, 'name')}
              />
              <Textarea
                id="field-description"
                label={t('fields.description')}
                autosize
                minRows={3}
                value={description}
                onChange={(e) => setDescription(e.currentTarget.value)}
                error={fieldError(error, 'description')}
              />
              <AreaField value={area} onChange={setArea} error={areaError(error)} />
            </Stack>
          </Fieldset>
          <KindRequirements
            kind={kind}
            members={members.flatMap((m) =>
              m.institution ? [{ type: m.institution.type, coalitionRole: m.coalitionRole }] : [],
            )}
          />
          <Fieldset legend={t('form.membersLegend')} id="field-members" tabIndex={-1}>
            <Stack>
              {fieldError(error, 'members') && (
                <Text c="red.9" size="sm" data-testid="members-error">
                  {fieldError(error, 'members')}
                </Text>
              )}
              {members.map((m, index) => (
                <Fieldset key={m.key} legend={t('form.memberNumber', { number: index + 1 })}>
                  <SimpleGrid cols={{ base: 1, md: usesRoles ? 4 : 3 }}>
                    <InstitutionSelect
                      id={`field-members.${index}.institutionId`}
                      label={t('fields.institution')}
                      value={m.institution}
                      onChange={(institution) => setMember(m.key, { institution })}
                      error={fieldError(error, `members.${index}.institutionId`)}
                    />
                    <Select
                      id={`field-members.${index}.role`}
                      label={t('fields.role')}
                      allowDeselect={false}
                      data={partnershipRoles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
                      value={m.role}
                      onChange={(v) => setMember(m.key, { role: (v as PartnershipRole | null) ?? 'member' })}
                      error={fieldError(error, `members.${index}.role`)}
                    />
                    {usesRoles && (
                      <Select
                        id={`field-members.${index}.coalitionRole`}
                        label={t('fields.coalitionRole')}
                        placeholder={t('form.choose')}
                        withAsterisk
                        data={coalitionRoles
                          .filter((r) => !m.institution || coalitionRoleTypes[r].includes(m.institution.type))
                          .map((r) => ({ value: r, label: t(`coalitionRoles.${r}`) }))}
                        value={m.coalitionRole}
                        onChange={(v) => setMember(m.key, { coalitionRole: v as CoalitionRole | null })}
                        error={fieldError(error, `members.${index}.coalitionRole`)}
                      />
                    )}
                    <Group align="flex-end" justify="space-between">
                      <Checkbox
                        label={t('fields.inManagementBody')}
                        checked={m.inManagementBody}
                        onChange={(e) => setMember(m.key, { inManagementBody: e.currentTarget.checked })}
                      />
                      <ActionIcon
                        variant="subtle"
                        color="red.9"
                        aria-label={t('form.memberRemove', { number: index + 1 })}
                        onClick={() => setMembers((rows) => rows.filter((row) => row.key !== m.key))}
                        disabled={members.length === 1}
                      >
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Group>
                  </SimpleGrid>
                </Fieldset>
              ))}
              <Group>
                <Button variant="default" onClick={() => setMembers((rows) => [...rows, newRow('member')])}>
                  {t('form.memberAdd')}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('form.create')}
            </Button>
            <Button variant="default" onClick={() => navigate({ to: '/partnerships' })}>
              {t('cancel', { ns: 'common' })}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
