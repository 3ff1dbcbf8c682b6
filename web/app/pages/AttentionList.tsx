import { Anchor, List, Loader, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { AttentionItem } from '../../../common/contracts/attention';
import { useAttention } from '../api/attention';

/** The referral worklist section of the redeem page each referral kind is dealt with in. */
const referralQueueOf: Partial<Record<AttentionItem['kind'], string>> = {
  referralsWaitingForCode: 'queue-waitingForCode',
  referralsAwaitingService: 'queue-awaitingService',
  referralsOverdue: 'queue-awaitingService',
};

/**
 * Where each kind of item is dealt with: its partnership's agreement or plan tab, the referral
 * worklists, the people list (filtered to plans awaiting approval), a cooperation group's tasks
 * tab, the institution's users page, or all accounts.
 */
function AttentionLink({ item, children }: { item: AttentionItem; children: string }) {
  const queue = referralQueueOf[item.kind];
  if (queue)
    return (
      <Anchor renderRoot={(props) => <Link {...props} to="/referrals/redeem" hash={queue} />}>
        {children}
      </Anchor>
    );
  if (item.kind === 'beneficiariesRegistered' || item.kind === 'supportPlansAwaitingApproval')
    return (
      <Anchor
        renderRoot={(props) => (
          <Link
            {...props}
            to="/beneficiaries"
            search={item.kind === 'supportPlansAwaitingApproval' ? { planAwaitingApproval: true } : {}}
          />
        )}
      >
        {children}
      </Anchor>
    );
  if (item.cooperationSummary)
    return (
      <Anchor
        renderRoot={(props) => (
          <Link
            {...props}
            to="/cooperation-groups/summaries/$id"
            params={{ id: item.cooperationSummary?.id ?? '' }}
          />
        )}
      >
        {`${children} · ${item.cooperationSummary.quarter}/${item.cooperationSummary.year}`}
      </Anchor>
    );
  if (item.cooperationGroup)
    return (
      <Anchor
        renderRoot={(props) => (
          <Link
            {...props}
            to="/cooperation-groups/$id"
            params={{ id: item.cooperationGroup?.id ?? '' }}
            hash="tasks"
          />
        )}
      >
        {`${children} · ${item.cooperationGroup.name}`}
      </Anchor>
    );
  if (item.partnership)
    return (
      <Anchor
        renderRoot={(props) => (
          <Link
            {...props}
            to="/partnerships/$id"
            params={{ id: item.partnership?.id ?? '' }}
            hash={item.kind === 'partnershipTasksOverdue' ? 'plan' : 'agreement'}
          />
        )}
      >
        {`${children} · ${item.partnership.name}`}
      </Anchor>
    );
  if (item.institutionId === null)
    return (
      <Anchor component={Link} to="/users/accounts">
        {children}
      </Anchor>
    );
  return (
    <Anchor
      renderRoot={(props) => (
        <Link {...props} to="/users" search={{ institution: item.institutionId ?? undefined }} />
      )}
    >
      {children}
    </Anchor>
  );
}

/** The home page's "needs your attention": counts from every module, each linking to where it is done. */
export function AttentionList() {
  const { t } = useTranslation('dashboard');
  const attention = useAttention();
  return (
    <section aria-labelledby="attention" aria-busy={attention.isPending}>
      <Title order={2} size="h3" id="attention" mb="sm">
        {t('attention.title')}
      </Title>
      {attention.isPending && <Loader size="sm" aria-label={t('attention.title')} />}
      {attention.isError && (
        <Text role="alert" c="var(--mantine-color-error)">
          {t('attention.error')}
        </Text>
      )}
      {attention.data?.items.length === 0 && <Text>{t('attention.empty')}</Text>}
      {attention.data && attention.data.items.length > 0 && (
        <List spacing="xs" data-testid="attention-list">
          {attention.data.items.map((item) => (
            <List.Item
              key={`${item.kind}-${item.institutionId ?? 'platform'}-${item.partnership?.id ?? ''}-${item.cooperationGroup?.id ?? ''}-${item.cooperationSummary?.id ?? ''}`}
            >
              <AttentionLink item={item}>{t(`attention.${item.kind}`, { count: item.count })}</AttentionLink>
              <Text span size="sm" c="dimmed">
                {' · '}
                {item.institutionName ?? t('attention.platform')}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </section>
  );
}
