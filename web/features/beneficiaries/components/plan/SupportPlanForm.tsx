import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveSupportPlanInput, SupportPlanView } from '../../../../../common/contracts/support-plan';
import { groszeToInput } from '../../../../../common/money';
import { ErrorSummary, fieldError } from '../../../../components/ErrorSummary';
import { useSaveSupportPlan } from '../../api/support-plan';

interface ActionDraft {
  scopeItemId: string | null;
  goal: string;
  description: string;
  providerInstitutionId: string | null;
  payerInstitutionId: string | null;
  legalBasis: string;
  from: string;
  until: string;
  hours: number | string;
  cost: string;
}

const emptyAction: ActionDraft = {
  scopeItemId: null,
  goal: '0',
  description: '',
  providerInstitutionId: null,
  payerInstitutionId: null,
  legalBasis: '',
  from: '',
  until: '',
  hours: '',
  cost: '',
};

function draftOf(view: SupportPlanView) {
  const current = view.current;
  return {
    goals: current?.goals.map((g) => g.text) ?? [''],
    actions: (current?.actions ?? []).map(
      (a): ActionDraft => ({
        scopeItemId: a.scopeItem.id,
        goal: String(a.goal),
        description: a.description ?? '',
        providerInstitutionId: a.provider.id,
        payerInstitutionId: a.payer.id,
        legalBasis: a.legalBasis,
        from: a.from,
        until: a.until,
        hours: a.hours ?? '',
        cost: a.costGrosze === null ? '' : groszeToInput(a.costGrosze),
      }),
    ),
    signed: current?.agreement.signed ?? false,
    signedOn: current?.agreement.signedOn ?? '',
  };
}

/** The whole plan in one form, saved at the version read; an approved plan's change becomes a new version. */
export function SupportPlanForm({
  personId,
  view,
  onDone,
}: {
  personId: string;
  view: SupportPlanView;
  onDone: () => void;
}) {
  const { t } = useTranslation('supportPlan');
  const save = useSaveSupportPlan(personId);
  const initial = draftOf(view);
  const [goals, setGoals] = useState(initial.goals);
  const [actions, setActions] = useState(initial.actions);
  const [signed, setSigned] = useState(initial.signed);
  const [signedOn, setSignedOn] = useState(initial.signedOn);
  const error = save.error;
  const scopeOptions = view.scopeItems.map((s) => ({
    value: s.id,
    label: [t(`instruments.${s.instrument}`, { ns: 'partnershipPlan' }), s.description]
      .filter(Boolean)
      .join(': '),
  }));
  const memberOptions = view.members.map((m) => ({ value: m.id, label: m.name }));
  const goalOptions = goals.map((g, i) => ({ value: String(i), label: `${i + 1}. ${g.slice(0, 60)}` }));
  const setAction = (index: number, change: Partial<ActionDraft>) =>
    setActions((all) => all.map((a, i) => (i === index ? { ...a, ...change } : a)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body: SaveSupportPlanInput = {
      goals: goals.map((text) => ({ text })),
      actions: actions.map((a) => ({
        scopeItemId: a.scopeItemId ?? '',
        goal: Number(a.goal),
        description: a.description,
        providerInstitutionId: a.providerInstitutionId ?? '',
        payerInstitutionId: a.payerInstitutionId ?? '',
        legalBasis: a.legalBasis,
        from: a.from,
        until: a.until,
        hours: typeof a.hours === 'number' ? a.hours : null,
        cost: a.cost,
      })),
      agreement: { signed, signedOn: signedOn || null },
      version: view.version,
    };
    try {
      await save.mutateAsync(body);
      onDone();
    } catch {
      // The error summary shows what went wrong.
    }
  };

  const field = (name: string) => ({ id: `field-${name}`, error: fieldError(error, name) });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorSummary error={error} />
        {view.current?.status === 'approved' && <Text size="sm">{t('editApproved')}</Text>}
        <Title order={3} size="h6">
          {t('goals')}
        </Title>
        {goals.map((goal, i) => (
          <Group key={`goal-${i.toString()}`} align="flex-end" wrap="nowrap">
            <Textarea
              {...field(`goals.${i}.text`)}
              style={{ flex: 1 }}
              label={t('goal', { number: i + 1 })}
              required
              autosize
              value={goal}
              onChange={(e) => {
                const text = e.currentTarget.value;
                setGoals((all) => all.map((g, j) => (j === i ? text : g)));
              }}
            />
            {goals.length > 1 && (
              <Button variant="default" onClick={() => setGoals((all) => all.filter((_, j) => j !== i))}>
                {t('remove')}
              </Button>
            )}
          </Group>
        ))}
        {fieldError(error, 'goals') && (
          <Text size="sm" c="red.9">
            {fieldError(error, 'goals')}
          </Text>
        )}
        <Button
          variant="default"
          size="xs"
          style={{ alignSelf: 'flex-start' }}
          onClick={() => setGoals([...goals, ''])}
        >
          {t('addGoal')}
        </Button>

        <Title order={3} size="h6">
          {t('actions')}
        </Title>
        {actions.length === 0 && <Text size="sm">{t('noActions')}</Text>}
        {actions.map((a, i) => (
          <Paper key={`action-${i.toString()}`} withBorder p="sm" data-testid="plan-action">
            <Stack gap="xs">
              <Text size="sm" fw={700}>
                {t('action', { number: i + 1 })}
              </Text>
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                <Select
                  {...field(`actions.${i}.scopeItemId`)}
                  label={t('scopeItem')}
                  required
                  data={scopeOptions}
                  value={a.scopeItemId}
                  onChange={(value) => setAction(i, { scopeItemId: value })}
                />
                <Select
                  {...field(`actions.${i}.goal`)}
                  label={t('actionGoal')}
                  required
                  data={goalOptions}
                  value={a.goal}
                  onChange={(value) => setAction(i, { goal: value ?? '0' })}
                />
                <Select
                  {...field(`actions.${i}.providerInstitutionId`)}
                  label={t('provider')}
                  required
                  data={memberOptions}
                  value={a.providerInstitutionId}
                  onChange={(value) => setAction(i, { providerInstitutionId: value })}
                />
                <Select
                  {...field(`actions.${i}.payerInstitutionId`)}
                  label={t('payer')}
                  required
                  data={memberOptions}
                  value={a.payerInstitutionId}
                  onChange={(value) => setAction(i, { payerInstitutionId: value })}
                />
                <TextInput
                  {...field(`actions.${i}.legalBasis`)}
                  label={t('legalBasis')}
                  required
                  value={a.legalBasis}
                  onChange={(e) => setAction(i, { legalBasis: e.currentTarget.value })}
                />
                <TextInput
                  {...field(`actions.${i}.description`)}
                  label={t('description')}
                  value={a.description}
                  onChange={(e) => setAction(i, { description: e.currentTarget.value })}
                />
                <TextInput
                  {...field(`actions.${i}.from`)}
                  type="date"
                  label={t('from')}
                  required
                  value={a.from}
                  onChange={(e) => setAction(i, { from: e.currentTarget.value })}
                />
                <TextInput
                  {...field(`actions.${i}.until`)}
                  type="date"
                  label={t('until')}
                  required
                  value={a.until}
                  onChange={(e) => setAction(i, { until: e.currentTarget.value })}
                />
                <NumberInput
                  {...field(`actions.${i}.hours`)}
                  label={t('hours')}
                  min={0}
                  value={a.hours}
                  onChange={(value) => setAction(i, { hours: value })}
                />
                <TextInput
                  {...field(`actions.${i}.cost`)}
                  label={t('cost')}
                  inputMode="decimal"
                  value={a.cost}
                  onChange={(e) => setAction(i, { cost: e.currentTarget.value })}
                />
              </SimpleGrid>
              <Button
                variant="default"
                size="xs"
                style={{ alignSelf: 'flex-start' }}
                onClick={() => setActions((all) => all.filter((_, j) => j !== i))}
              >
                {t('remove')}
              </Button>
            </Stack>
          </Paper>
        ))}
        <Button
          variant="default"
          size="xs"
          style={{ alignSelf: 'flex-start' }}
          onClick={() => setActions([...actions, emptyAction])}
        >
          {t('addAction')}
        </Button>

        <Title order={3} size="h6">
          {t('agreement')}
        </Title>
        <Checkbox
          {...field('agreement.signed')}
          label={t('signed')}
          checked={signed}
          onChange={(e) => setSigned(e.currentTarget.checked)}
        />
        <TextInput
          {...field('agreement.signedOn')}
          type="date"
          label={t('signedOn')}
          style={{ maxWidth: 220 }}
          value={signedOn}
          onChange={(e) => setSignedOn(e.currentTarget.value)}
        />
        <Group gap="xs">
          <Button type="submit" loading={save.isPending}>
            {t('save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
