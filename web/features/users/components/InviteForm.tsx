import {
  Alert,
  Button,
  CopyButton,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberListResponse } from '../../../../common/contracts/accounts';
import { type MembershipRole, membershipRoles } from '../../../../common/enums';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { useCreateInvitation } from '../api/create-invitation';

const empty = { email: '', displayName: '', role: 'caseWorker' as MembershipRole };

/**
 * Invites a person to the institution. With no e-mail sending on the platform yet, the answer's
 * link is shown here, once, for the admin to copy and pass on.
 */
export function InviteForm({ institution }: { institution: MemberListResponse['institution'] }) {
  const { t } = useTranslation('users');
  const create = useCreateInvitation(institution.id);
  const [values, setValues] = useState(empty);
  const [link, setLink] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setLink(null);
    try {
      const created = await create.mutateAsync(values);
      setLink(created.link);
      setValues(empty);
    } catch {
      // shown by the error summary
    }
  };

  return (
    <section aria-labelledby="invite-title">
      <Title order={2} size="h3" id="invite-title" mb="xs">
        {t('invite.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('invite.intro', { name: institution.name })}
      </Text>
      <div aria-live="polite">
        {link && (
          <Alert
            color="green"
            variant="outline"
            title={t('invite.createdTitle')}
            mb="md"
            data-testid="invitation-link"
          >
            <Stack gap="xs">
              <Text size="sm">{t('invite.noEmail')}</Text>
              <Group align="flex-end" wrap="nowrap">
                <TextInput
                  id="invitation-link"
                  label={t('invite.link')}
                  value={link}
                  readOnly
                  onFocus={(e) => e.currentTarget.select()}
                  style={{ flex: 1 }}
                />
                <CopyButton value={link}>
                  {({ copied, copy }) => (
                    <Button variant="outline" onClick={copy}>
                      {copied ? t('invite.copied') : t('invite.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </Stack>
          </Alert>
        )}
      </div>
      <Paper withBorder p="md" maw={640}>
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <ErrorSummary error={create.error} />
            <TextInput
              id="field-email"
              label={t('invite.email')}
              type="email"
              autoComplete="off"
              required
              value={values.email}
              onChange={(e) => setValues({ ...values, email: e.currentTarget.value })}
              error={fieldError(create.error, 'email')}
            />
            <TextInput
              id="field-displayName"
              label={t('invite.displayName')}
              autoComplete="off"
              required
              value={values.displayName}
              onChange={(e) => setValues({ ...values, displayName: e.currentTarget.value })}
              error={fieldError(create.error, 'displayName')}
            />
            <NativeSelect
              id="field-role"
              label={t('invite.role')}
              required
              value={values.role}
              onChange={(e) => setValues({ ...values, role: e.currentTarget.value as MembershipRole })}
              data={membershipRoles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
              error={fieldError(create.error, 'role')}
            />
            <Group>
              <Button type="submit" loading={create.isPending}>
                {t('invite.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </section>
  );
}
