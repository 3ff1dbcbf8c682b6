import type { KindRequirementId } from '../../../common/contracts/partnership-kinds';
import type { ContactView, LeaderTermView } from '../../../common/contracts/partnership-members';
import type {
  MemberView,
  PartnershipCard,
  PartnershipView,
  PublicMember,
} from '../../../common/contracts/partnerships';
import type { TerritorialUnitSummary } from '../../../common/contracts/territory';
import type { Actor } from '../../platform/authz';
import type { ContactRow, MemberRow } from './member.repository';
import {
  canActForMember,
  memberAbilities,
  type PartnershipFacts,
  partnershipAbilities,
} from './partnership.policy';
import type { PartnershipRow } from './partnership.repository';

/** A partnership with what its card shows beside the row. */
export interface PartnershipCardRecord {
  row: PartnershipRow;
  area: TerritorialUnitSummary[];
  /** Current members. */
  members: MemberRow[];
}

export interface PartnershipRecord extends PartnershipCardRecord {
  formerMembers: MemberRow[];
  missingRequirements: KindRequirementId[];
}

export const factsOf = (record: { row: PartnershipRow; members: MemberRow[] }): PartnershipFacts => ({
  status: record.row.status,
  members: record.members,
});

export const presentPublicMember = (m: MemberRow): PublicMember => ({
  id: m.id,
  institution: m.institution,
  role: m.role,
  coalitionRole: m.coalitionRole,
  inManagementBody: m.inManagementBody,
  joinedAt: m.joinedAt.toISOString(),
});

export const presentMember = (m: MemberRow, actor: Actor | null, facts: PartnershipFacts): MemberView => ({
  ...presentPublicMember(m),
  leftAt: m.leftAt?.toISOString() ?? null,
  leaveReason: m.leaveReason,
  version: m.version,
  abilities: memberAbilities(actor, facts, m),
});

const isMemberActor = (actor: Actor | null, members: MemberRow[]) =>
  Boolean(actor?.memberships.some((own) => members.some((m) => m.institutionId === own.institutionId)));

export const presentCard = (record: PartnershipCardRecord, actor: Actor | null): PartnershipCard => ({
  id: record.row.id,
  name: record.row.name,
  kind: record.row.kind,
  status: record.row.status,
  currentStep: record.row.currentStep,
  cycle: record.row.cycle,
  area: record.area,
  members: record.members.map(presentPublicMember),
  isMember: isMemberActor(actor, record.members),
  updatedAt: record.row.updatedAt.toISOString(),
});

/** The card for everyone; `private` only for those who may see the partnership's own records. */
export function presentPartnership(record: PartnershipRecord, actor: Actor | null): PartnershipView {
  const facts = factsOf(record);
  const abilities = partnershipAbilities(actor, facts);
  return {
    ...presentCard(record, actor),
    members: record.members.map((m) => presentMember(m, actor, facts)),
    version: record.row.version,
    abilities,
    private: abilities.viewPrivate
      ? {
          description: record.row.description,
          createdAt: record.row.createdAt.toISOString(),
          formerMembers: record.formerMembers.map((m) => presentMember(m, actor, facts)),
          missingRequirements: record.missingRequirements,
        }
      : null,
  };
}

export const presentLeaderTerm = (
  term: {
    id: string;
    memberId: string;
    startedAt: Date;
    startedByName: string | null;
    endedAt: Date | null;
    endedByName: string | null;
    reason: string | null;
  },
  institutionName: string,
): LeaderTermView => ({
  id: term.id,
  memberId: term.memberId,
  institutionName,
  startedAt: term.startedAt.toISOString(),
  startedByName: term.startedByName,
  endedAt: term.endedAt?.toISOString() ?? null,
  endedByName: term.endedByName,
  reason: term.reason,
});

export const presentContact = (
  contact: ContactRow,
  actor: Actor | null,
  facts: PartnershipFacts,
  member: { institutionId: string } | undefined,
): ContactView => ({
  id: contact.id,
  memberId: contact.memberId,
  level: contact.level,
  userId: contact.userId,
  name: contact.name,
  position: contact.position,
  email: contact.email,
  phone: contact.phone,
  version: contact.version,
  abilities: {
    update: facts.status === 'active' && member !== undefined && canActForMember(actor, facts, member),
  },
});
