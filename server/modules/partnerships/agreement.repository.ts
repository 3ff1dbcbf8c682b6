import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { PartnershipRole } from '../../../common/enums';
import type { Executor } from '../../platform/db';
import { institutions } from '../institutions';
import {
  partnershipAgreementSignatures,
  partnershipAgreements,
  partnershipAgreementVersions,
  partnershipFiles,
} from './agreement.table';
import { isUuid } from './partnership.repository';

export type AgreementRow = typeof partnershipAgreements.$inferSelect;
export type AgreementInsert = typeof partnershipAgreements.$inferInsert;
export type AgreementVersionRow = typeof partnershipAgreementVersions.$inferSelect;
export type SignatureRowOnly = typeof partnershipAgreementSignatures.$inferSelect;
export type FileRow = typeof partnershipFiles.$inferSelect;

/** A signature with its institution's name and its scan's description (never the bytes). */
export type SignatureRow = SignatureRowOnly & {
  institutionName: string;
  scan: { fileName: string; mimeType: string; sizeBytes: number } | null;
};

export const insertAgreement = async (db: Executor, row: AgreementInsert): Promise<AgreementRow> =>
  (await db.insert(partnershipAgreements).values(row).returning())[0]!;

export const findAgreements = (db: Executor, partnershipId: string): Promise<AgreementRow[]> =>
  db
    .select()
    .from(partnershipAgreements)
    .where(eq(partnershipAgreements.partnershipId, partnershipId))
    .orderBy(desc(partnershipAgreements.createdAt), desc(partnershipAgreements.id));

/** One agreement of the partnership; `lock` holds it for the transaction. */
export async function findAgreement(
  db: Executor,
  partnershipId: string,
  id: string,
  lock = false,
): Promise<AgreementRow | undefined> {
  if (!isUuid(id)) return undefined;
  const query = db
    .select()
    .from(partnershipAgreements)
    .where(and(eq(partnershipAgreements.partnershipId, partnershipId), eq(partnershipAgreements.id, id)))
    .limit(1);
  return (await (lock ? query.for('update') : query))[0];
}

export const updateAgreementAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<AgreementInsert>,
): Promise<AgreementRow | undefined> =>
  (
    await db
      .update(partnershipAgreements)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(partnershipAgreements.id, id), eq(partnershipAgreements.version, version)))
      .returning()
  )[0];

export const insertVersion = async (
  db: Executor,
  row: typeof partnershipAgreementVersions.$inferInsert,
): Promise<AgreementVersionRow> =>
  (await db.insert(partnershipAgreementVersions).values(row).returning())[0]!;

export const findVersion = async (
  db: Executor,
  agreementId: string,
  number: number,
): Promise<AgreementVersionRow | undefined> =>
  (
    await db
      .select()
      .from(partnershipAgreementVersions)
      .where(
        and(
          eq(partnershipAgreementVersions.agreementId, agreementId),
          eq(partnershipAgreementVersions.number, number),
        ),
      )
      .limit(1)
  )[0];

/** The versions of an agreement, newest first, without their text. */
export const findVersions = (db: Executor, agreementId: string) =>
  db
    .select({
      number: partnershipAgreementVersions.number,
      authorName: partnershipAgreementVersions.authorName,
      createdAt: partnershipAgreementVersions.createdAt,
    })
    .from(partnershipAgreementVersions)
    .where(eq(partnershipAgreementVersions.agreementId, agreementId))
    .orderBy(desc(partnershipAgreementVersions.number));

/**
 * The valid signatures of several agreements, with institution names and scan descriptions;
 * `voided` asks for those voided when an agreement was withdrawn from signature instead.
 */
export async function findSignatures(
  db: Executor,
  agreementIds: readonly string[],
  voided = false,
): Promise<SignatureRow[]> {
  if (agreementIds.length === 0) return [];
  const rows = await db
    .select({
      signature: partnershipAgreementSignatures,
      institutionName: institutions.name,
      fileName: partnershipFiles.fileName,
      mimeType: partnershipFiles.mimeType,
      sizeBytes: partnershipFiles.sizeBytes,
    })
    .from(partnershipAgreementSignatures)
    .innerJoin(institutions, eq(institutions.id, partnershipAgreementSignatures.institutionId))
    .leftJoin(partnershipFiles, eq(partnershipFiles.id, partnershipAgreementSignatures.scanFileId))
    .where(
      and(
        inArray(partnershipAgreementSignatures.agreementId, [...agreementIds]),
        (voided ? isNotNull : isNull)(partnershipAgreementSignatures.voidedAt),
      ),
    )
    .orderBy(asc(partnershipAgreementSignatures.signedOn), asc(institutions.name));
  return rows.map((r) => ({
    ...r.signature,
    institutionName: r.institutionName,
    scan:
      r.fileName && r.mimeType && r.sizeBytes !== null
        ? { fileName: r.fileName, mimeType: r.mimeType, sizeBytes: r.sizeBytes }
        : null,
  }));
}

export const insertSignature = async (
  db: Executor,
  row: typeof partnershipAgreementSignatures.$inferInsert,
): Promise<SignatureRowOnly> => (await db.insert(partnershipAgreementSignatures).values(row).returning())[0]!;

export const updateSignatureAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<typeof partnershipAgreementSignatures.$inferInsert>,
): Promise<SignatureRowOnly | undefined> =>
  (
    await db
      .update(partnershipAgreementSignatures)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(
        and(eq(partnershipAgreementSignatures.id, id), eq(partnershipAgreementSignatures.version, version)),
      )
      .returning()
  )[0];

/** Voids every valid signature of the agreement, keeping each with when, by whom and why. */
export const voidSignatures = (
  db: Executor,
  agreementId: string,
  by: { userId: string | null; name: string | null; reason: string },
): Promise<SignatureRowOnly[]> =>
  db
    .update(partnershipAgreementSignatures)
    .set({
      voidedAt: new Date(),
      voidedBy: by.userId,
      voidedByName: by.name,
      voidReason: by.reason,
      version: sql`${partnershipAgreementSignatures.version} + 1`,
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(partnershipAgreementSignatures.agreementId, agreementId),
        isNull(partnershipAgreementSignatures.voidedAt),
      ),
    )
    .returning();

export const insertFile = async (
  db: Executor,
  row: typeof partnershipFiles.$inferInsert,
): Promise<Pick<FileRow, 'id'>> =>
  (await db.insert(partnershipFiles).values(row).returning({ id: partnershipFiles.id }))[0]!;

export const findFile = async (
  db: Executor,
  partnershipId: string,
  id: string,
): Promise<FileRow | undefined> =>
  !isUuid(id)
    ? undefined
    : (
        await db
          .select()
          .from(partnershipFiles)
          .where(and(eq(partnershipFiles.partnershipId, partnershipId), eq(partnershipFiles.id, id)))
          .limit(1)
      )[0];

/**
 * Step 4's evidence: an agreement (not an annex) in force and not past its term, signed for every
 * current member of the partnership.
 */
export async function hasAgreementSignedByAll(db: Executor, partnershipId: string, today: string) {
  const rows = await db.execute(sql`
    select exists (
      select 1 from partnership_agreements a
      where a.partnership_id = ${partnershipId}
        and a.kind <> 'annex'
        and a.state = 'inForce'
        and (a.term_to is null or a.term_to >= ${today}::date)
        and not exists (
          select 1 from partnership_members m
          where m.partnership_id = a.partnership_id and m.left_at is null
            and not exists (
              select 1 from partnership_agreement_signatures s
              where s.agreement_id = a.id and s.member_id = m.id and s.voided_at is null
            )
        )
    ) as ok`);
  return Boolean(rowsOf<{ ok: boolean }>(rows)[0]?.ok);
}

/** PGlite and `pg` both answer `execute` with `{ rows }`. */
const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

export interface AwaitingSignatureRow {
  agreementId: string;
  title: string;
  partnershipId: string;
  partnershipName: string;
  institutionId: string;
  institutionName: string;
  sentToSignatureAt: Date | null;
}

/** Agreements in signature that one of these institutions, a current member, has not signed yet. */
export async function findAwaitingSignature(
  db: Executor,
  institutionIds: readonly string[] | 'all',
): Promise<AwaitingSignatureRow[]> {
  if (institutionIds !== 'all' && institutionIds.length === 0) return [];
  const scope =
    institutionIds === 'all'
      ? sql`true`
      : sql`m.institution_id in (${sql.join(
          institutionIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`;
  const rows = await db.execute(sql`
    select a.id as "agreementId", a.title, p.id as "partnershipId", p.name as "partnershipName",
           i.id as "institutionId", i.name as "institutionName", a.sent_to_signature_at as "sentToSignatureAt"
    from partnership_agreements a
    join partnerships p on p.id = a.partnership_id
    join partnership_members m on m.partnership_id = a.partnership_id and m.left_at is null
    join institutions i on i.id = m.institution_id
    where a.state = 'inSignature' and ${scope}
      and not exists (
        select 1 from partnership_agreement_signatures s
        where s.agreement_id = a.id and s.member_id = m.id and s.voided_at is null
      )
    order by a.sent_to_signature_at nulls last, a.id, i.name
    limit 500`);
  return rowsOf<AwaitingSignatureRow>(rows).map((r) => ({
    ...r,
    sentToSignatureAt: r.sentToSignatureAt ? new Date(r.sentToSignatureAt) : null,
  }));
}

/**
 * Agreements in force whose term ends between the two dates, per governing member institution
 * (the leader, a coordinator) of these: those who would prepare an annex or a new agreement. A
 * closed partnership's agreements remind nobody.
 */
export async function countExpiringByInstitution(
  db: Executor,
  institutionIds: readonly string[],
  from: string,
  to: string,
  roles: readonly PartnershipRole[],
) {
  if (institutionIds.length === 0 || roles.length === 0) return [];
  const rows = await db.execute(sql`
    select i.id as "institutionId", i.name as "institutionName", p.id as "partnershipId",
           p.name as "partnershipName", count(*)::int as count
    from partnership_agreements a
    join partnerships p on p.id = a.partnership_id
    join partnership_members m on m.partnership_id = a.partnership_id and m.left_at is null
    join institutions i on i.id = m.institution_id
    where a.state = 'inForce' and a.term_to between ${from}::date and ${to}::date
      and p.status = 'active'
      and m.role::text in (${sql.join(
        roles.map((r) => sql`${r}`),
        sql`, `,
      )})
      and m.institution_id in (${sql.join(
        institutionIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})
    group by i.id, i.name, p.id, p.name
    order by i.name, p.name`);
  return rowsOf<{
    institutionId: string;
    institutionName: string;
    partnershipId: string;
    partnershipName: string;
    count: number;
  }>(rows);
}
