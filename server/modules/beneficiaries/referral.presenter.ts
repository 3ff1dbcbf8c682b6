import { warsawToday } from '../../../common/contracts/beneficiaries';
import type { ReferralState, ReferralView } from '../../../common/contracts/referrals';
import type { Executor } from '../../platform/db';
import { findPersonRow, findService } from './person.repository';
import { findScopeItems, type ReferralRow } from './referral.repository';

/** What the reader may do with a referral: the issuer revokes, the operator decides and serves. */
export interface ReferralRoles {
  /** Staff of the entry institution who register people. */
  issuer: boolean;
  /** Staff of the operator institution who work with people. */
  operator: boolean;
}

/** The state a reader sees: a code not entered by its deadline has expired. */
export function referralState(row: ReferralRow, today = warsawToday()): ReferralState {
  if (row.state === 'issued' && !row.redeemedAt && row.useBy < today) return 'expired';
  return row.state;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Referrals of people of one service as their readers see them (names of the person included). */
export async function presentReferrals(
  db: Executor,
  rows: readonly ReferralRow[],
  rolesOf: (row: ReferralRow) => ReferralRoles,
): Promise<ReferralView[]> {
  const today = warsawToday();
  // One after another: this also runs inside a transaction, whose one connection takes one query at a time.
  const people = new Map<string, NonNullable<Awaited<ReturnType<typeof findPersonRow>>>>();
  for (const id of new Set(rows.map((r) => r.personId))) people.set(id, (await findPersonRow(db, id))!);
  const services = new Map<
    string,
    { service: Awaited<ReturnType<typeof findService>>; scope: Awaited<ReturnType<typeof findScopeItems>> }
  >();
  for (const id of new Set([...people.values()].map((p) => p.partnershipId)))
    services.set(id, { service: await findService(db, id), scope: await findScopeItems(db, id) });
  return rows.map((row) => {
    const person = people.get(row.personId)!;
    const { service, scope } = services.get(person.partnershipId)!;
    const nameOf = (id: string) => service?.members.find((m) => m.institutionId === id)?.name ?? '';
    const state = referralState(row, today);
    const roles = rolesOf(row);
    const redeemed = row.redeemedAt !== null;
    return {
      id: row.id,
      person: { id: person.id, firstName: person.firstName, lastName: person.lastName },
      partnership: { id: person.partnershipId, name: service?.name ?? '' },
      entryInstitution: { id: person.entryInstitutionId, name: nameOf(person.entryInstitutionId) },
      operatorInstitution: { id: row.operatorInstitutionId, name: nameOf(row.operatorInstitutionId) },
      services: scope.filter((item) => row.scopeItemIds.includes(item.id)),
      brief: row.brief,
      useBy: row.useBy,
      state,
      redeemed,
      overdue: state === 'expired',
      issuedAt: row.createdAt.toISOString(),
      issuedByName: row.issuedByName,
      redeemedAt: iso(row.redeemedAt),
      redeemedByName: row.redeemedByName,
      decidedAt: iso(row.decidedAt),
      rejectionReason: row.rejectionReason,
      serviceStartedAt: iso(row.serviceStartedAt),
      completedAt: iso(row.completedAt),
      outcome: row.outcome,
      revokedAt: iso(row.revokedAt),
      revocationReason: row.revocationReason,
      version: row.version,
      abilities: {
        revoke: roles.issuer && (state === 'issued' || state === 'accepted' || state === 'inService'),
        accept: roles.operator && redeemed && state === 'issued',
        reject: roles.operator && redeemed && state === 'issued',
        startService: roles.operator && state === 'accepted',
        complete: roles.operator && state === 'inService',
      },
    };
  });
}
