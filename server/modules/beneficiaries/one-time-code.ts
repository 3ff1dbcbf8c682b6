import { randomInt } from 'node:crypto';
import { and, count, eq, gte } from 'drizzle-orm';
import {
  REFERRAL_CODE_ALPHABET,
  REFERRAL_CODE_ATTEMPTS,
  REFERRAL_CODE_LENGTH,
  REFERRAL_LOCKOUT_MINUTES,
} from '../../../common/contracts/referrals';
import { auditEvents } from '../../platform/audit';
import type { Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';

/**
 * The one-time codes the person carries on paper (the referral card, the survey slip): drawn from
 * the unambiguous alphabet with a CSPRNG (25^10 ≈ 10^14 codes), stored only as a keyed blind index,
 * and guarded against guessing by counting the failed tries the audit log already records.
 */
export const newOneTimeCode = () =>
  Array.from(
    { length: REFERRAL_CODE_LENGTH },
    () => REFERRAL_CODE_ALPHABET[randomInt(REFERRAL_CODE_ALPHABET.length)],
  ).join('');

/** Who tried: a signed-in user (the operator) or, on the public survey page, the client's address. */
export type CodeTrier = { userId: string } | { ip: string };

/** Failed tries logged under `action` by the trier since the moment given. */
async function countFailedTries(db: Executor, action: string, who: CodeTrier, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(auditEvents)
    .where(
      and(
        'userId' in who ? eq(auditEvents.actorUserId, who.userId) : eq(auditEvents.ip, who.ip),
        eq(auditEvents.action, action),
        gte(auditEvents.occurredAt, since),
      ),
    );
  return row?.n ?? 0;
}

/**
 * Refuses with 429 (`lockedId`) when the trier has had {@link REFERRAL_CODE_ATTEMPTS} failed tries
 * (audit action `failedAction`) within {@link REFERRAL_LOCKOUT_MINUTES} minutes.
 */
export async function refuseLockedOut(
  db: Executor,
  failedAction: string,
  who: CodeTrier,
  lockedId: string,
): Promise<void> {
  const since = new Date(Date.now() - REFERRAL_LOCKOUT_MINUTES * 60_000);
  if ((await countFailedTries(db, failedAction, who, since)) >= REFERRAL_CODE_ATTEMPTS)
    throw new AppError('rateLimited', lockedId);
}
