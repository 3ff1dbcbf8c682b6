import { Button, Checkbox, Group, Paper, Select, SimpleGrid, Stack, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { coalitionRoleTypes, kindRules } from '../../../../common/contracts/partnership-kinds';
import { nonLeaderRoles, type PartnershipView } from '../../../../common/contracts/partnerships';
import { type CoalitionRole, coalitionRoles } from '../../../../common/enums';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { useAddMember } from '../api/add-member';
import { type ChosenInstitution, InstitutionSelect } from './InstitutionSelect';

type Role = (typeof nonLeaderRoles)[number];

/** Adds an institution to the partnership; the server checks it against the kind's rules. */
export function AddMemberForm({ view }: { view: PartnershipView }) {
  const { t } = useTranslation('partnerships');
  const add = useAddMember(view.id);
  const [institution, setInstitution] = useState<ChosenInstitution | null>(null);
  const [role, setRole] = useState<Role>('member');
  const [inManagementBody, setInManagementBody] = useState(true);
  const [coalitionRole, setCoalitionRole] = useState<CoalitionRole | null>(null);
  const usesRoles = kindRules[view.kind].usesCoalitionRoles;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      {
        institutionId: institution?.id ?? '',
        role,
        inManagementBody,
        coalitionRole: usesRoles ? coalitionRole : null,
      },
      { onSuccess: () => setInstitution(null) },
    );
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-labelledby="add-member">
      <Stack>
        <Title order={2} size="h5" id="add-member">
          {t('members.addTitle')}
        </Title>
        <ErrorSummary
          error={add.error}
          fieldIds={{ institutionId: 'add-member-institution', coalitionRole: 'add-member-coalition' }}
        />
        <SimpleGrid cols={{ base: 1, md: usesRoles ? 3 : 2 }}>
          <InstitutionSelect
            id="add-member-institution"
            label={t('fields.institution')}
            value={institution}
            onChange={setInstitution}
            error={fieldError(add.error, 'institutionId')}
          />
          <Select
            id="add-member-role"
            label={t('fields.role')}
            allowDeselect={false}
            data={nonLeaderRoles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            value={role}
            onChange={(v) => setRole((v as Role | null) ?? 'member')}
          />
          {usesRoles && (
            <Select
              id="add-member-coalition"
              label={t('fields.coalitionRole')}
              withAsterisk
              placeholder={t('form.choose')}
              data={coalitionRoles
                .filter((r) => !institution || coalitionRoleTypes[r].includes(institution.type))
                .map((r) => ({ value: r, label: t(`coalitionRoles.${r}`) }))}
              value={coalitionRole}
              onChange={(v) => setCoalitionRole(v as CoalitionRole | null)}
              error={fieldError(add.error, 'coalitionRole')}
            />
          )}
        </SimpleGrid>
        <Checkbox
          label={t('fields.inManagementBody')}
          checked={inManagementBody}
          onChange={(e) => setInManagementBody(e.currentTarget.checked)}
        />
        <Group>
          <Button type="submit" loading={add.isPending}>
            {t('members.addTitle')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
