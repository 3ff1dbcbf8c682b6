import type { AttentionItem, AttentionKind } from '../../../common/contracts/attention';
import { warsawToday } from '../../../common/contracts/beneficiaries';
import { type Ctx, institutionsWithPermission, requireActor } from '../../platform/authz';
import { countPersonsByEntryInstitution } from './person.repository';
import { countReferralQueue } from './referral.repository';
import { countPlansAwaitingApproval } from './support-plan.repository';
import { approverInstitutions } from './support-plan.service';

/**
 * The caseworker's worklist on the home page: their institutions' own cases, referral codes still
 * waiting, redeemed referrals to accept or start (and those past their deadline), and submitted
 * plans for those who approve them. Counts only, so the home page shows no personal data; each
 * links to the filtered list where the people are (that list logs its reads).
 */
export async function beneficiaryAttention(ctx: Ctx): Promise<AttentionItem[]> {
  requireActor(ctx);
  const workers = institutionsWithPermission(ctx.actor, 'beneficiaries.register');
  if (workers.length === 0) return [];
  const today = warsawToday();
  const approvers = approverInstitutions(ctx.actor).filter((id) => workers.includes(id));
  const counted: [AttentionKind, { institutionId: string; count: number }[]][] = [
    ['beneficiariesRegistered', await countPersonsByEntryInstitution(ctx.db, workers)],
    [
      'referralsWaitingForCode',
      await countReferralQueue(ctx.db, { queue: 'waitingForCode', institutionIds: workers, today }),
    ],
    [
      'referralsAwaitingService',
      await countReferralQueue(ctx.db, { queue: 'awaitingService', institutionIds: workers, today }),
    ],
    [
      'referralsOverdue',
      await countReferralQueue(ctx.db, {
        queue: 'awaitingService',
        institutionIds: workers,
        today,
        overdue: true,
      }),
    ],
    ['supportPlansAwaitingApproval', await countPlansAwaitingApproval(ctx.db, approvers)],
  ];
  const nameOf = (id: string) =>
    ctx.actor.memberships.find((m) => m.institutionId === id)?.institutionName ?? null;
  return counted.flatMap(([kind, rows]) =>
    rows
      .filter((r) => r.count > 0)
      .map((r) => ({
        kind,
        count: r.count,
        institutionId: r.institutionId,
        institutionName: nameOf(r.institutionId),
      })),
  );
}
