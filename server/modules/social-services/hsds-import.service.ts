import { isValidKrs, isValidNip, isValidRegon } from '../../../common/validators';
import { recordAudit } from '../../platform/audit';
import { authorize, type Ctx, inTransaction } from '../../platform/authz';
import { AppError, RequestValidationError } from '../../platform/errors';
import { t } from '../../platform/i18n';
import type { InstitutionRow } from '../institutions';
import { findTermSources } from './hsds.repository';
import { TAXONOMY_ID, TAXONOMY_NAME, TERYT_EXTENT_TYPE, TERYT_TYPE } from './hsds-ids';
import { findInstitutionsByIdentifiers, type RegistryIdentifiers } from './hsds-import.repository';
import type { HsdsPackage, PackageRow } from './hsds-package';
import { findOfferingByHsdsId } from './offering.repository';
import { createOffering, endOffering, updateOffering } from './offering.service';
import type { ServiceTypeRow } from './service-type.repository';
import { canManageCatalogue } from './social-services.policy';

/** What an import did; nothing in the package is ever turned into a new institution. */
export interface HsdsImportReport {
  organizations: {
    matched: { hsdsId: string; name: string; institutionId: string; institutionName: string }[];
    unmatched: { hsdsId: string; name: string; line: number; reason: string }[];
  };
  services: {
    created: number;
    updated: number;
    ended: number;
    unchanged: number;
    skipped: { hsdsId: string; name: string; line: number; reason: string }[];
  };
}

const digits = (value: string) => value.replace(/\D/g, '');

/** NIP, REGON and KRS named by the organization: its identifiers and a tax id that is a valid NIP. */
function identifiersOf(org: PackageRow<'organizations'>, pkg: HsdsPackage): RegistryIdentifiers {
  const ids: RegistryIdentifiers = { nip: [], regon: [], krs: [] };
  for (const row of pkg.organizationIdentifiers.filter((r) => r.organization_id === org.id)) {
    const kind = `${row.identifier_scheme ?? ''} ${row.identifier_type}`.toUpperCase();
    const value = digits(row.identifier);
    if (kind.includes('NIP') && isValidNip(value)) ids.nip.push(value);
    else if (kind.includes('REGON') && isValidRegon(value)) ids.regon.push(value);
    else if (kind.includes('KRS') && isValidKrs(value)) ids.krs.push(value);
  }
  if (org.tax_id && isValidNip(digits(org.tax_id))) ids.nip.push(digits(org.tax_id));
  return ids;
}

/**
 * An organization is the registry institution its NIP, REGON or KRS names, when exactly one
 * does. Anything else is reported, never guessed at and never created.
 */
async function matchOrganization(
  ctx: Ctx,
  org: PackageRow<'organizations'>,
  pkg: HsdsPackage,
): Promise<InstitutionRow | string> {
  const ids = identifiersOf(org, pkg);
  if (ids.nip.length + ids.regon.length + ids.krs.length === 0)
    return 'no valid NIP, REGON or KRS (organization_identifiers or tax_id)';
  const found = await findInstitutionsByIdentifiers(ctx.db, ids);
  if (found.length === 0) return 'no institution in the registry has its NIP, REGON or KRS';
  if (found.length > 1) return `its numbers name ${found.length} different institutions of the registry`;
  return found[0]!;
}

/** The catalogue's service type the service is tagged with: a term of the platform's taxonomy. */
function typeOf(service: PackageRow<'services'>, pkg: HsdsPackage, types: ServiceTypeRow[]) {
  const terms = pkg.attributes
    .filter((a) => a.link_id === service.id)
    .map((a) => pkg.taxonomyTerms.find((term) => term.id === a.taxonomy_term_id))
    .filter((term) => term && (term.taxonomy_id === TAXONOMY_ID || term.taxonomy === TAXONOMY_NAME));
  return types.find((type) => terms.some((term) => term?.id === type.id || term?.code === type.code));
}

/** The TERYT unit served: a service area of type `teryt`, else the TERYT of its location. */
function territoryOf(service: PackageRow<'services'>, pkg: HsdsPackage): string | undefined {
  const area = pkg.serviceAreas.find(
    (a) => a.service_id === service.id && a.extent_type?.toLowerCase() === TERYT_EXTENT_TYPE && a.extent,
  );
  if (area?.extent) return area.extent;
  const locationIds = pkg.serviceAtLocations
    .filter((s) => s.service_id === service.id)
    .map((s) => s.location_id);
  return pkg.locations.find(
    (l) => locationIds.includes(l.id) && l.external_identifier_type?.toUpperCase() === TERYT_TYPE,
  )?.external_identifier;
}

/** A service the import leaves out, with why. */
class Skip extends Error {}

/** A refusal by the import or the offering rules, in words for the report. */
function reasonOf(err: unknown): string {
  if (err instanceof Skip) return err.message;
  if (err instanceof RequestValidationError)
    return err.issues
      .map(
        (i) =>
          `${i.path.join('.')}: ${i.message.startsWith('field.') ? t('en', `errors:${i.message}`) : i.message}`,
      )
      .join('; ');
  if (err instanceof AppError) {
    const fields = err.options.fields?.map((f) => `${f.field}: ${t('en', `errors:${f.id}`)}`);
    return fields?.length ? fields.join('; ') : t('en', `errors:${err.id}`, err.options.params);
  }
  throw err;
}

class DryRun extends Error {}

/**
 * Brings the offerings of an HSDS data package into the platform, keyed by the services' HSDS
 * ids: a second import of the same package changes nothing, a newer one updates or ends what it
 * imported before. Organizations are matched to registry institutions by NIP, REGON or KRS;
 * services need a type of the platform's taxonomy. What cannot be matched is reported.
 * With `dryRun`, everything is checked and reported and nothing is kept.
 */
export async function importHsdsPackage(
  ctx: Ctx,
  pkg: HsdsPackage,
  options: { dryRun?: boolean } = {},
): Promise<HsdsImportReport> {
  authorize(ctx, canManageCatalogue);
  const report: HsdsImportReport = {
    organizations: { matched: [], unmatched: [] },
    services: { created: 0, updated: 0, ended: 0, unchanged: 0, skipped: [] },
  };
  try {
    await inTransaction(ctx, async (tctx) => {
      const institutionOf = new Map<string, InstitutionRow>();
      for (const org of pkg.organizations) {
        const match = await matchOrganization(tctx, org, pkg);
        if (typeof match === 'string')
          report.organizations.unmatched.push({
            hsdsId: org.id,
            name: org.name,
            line: org.line,
            reason: match,
          });
        else {
          institutionOf.set(org.id, match);
          report.organizations.matched.push({
            hsdsId: org.id,
            name: org.name,
            institutionId: match.id,
            institutionName: match.name,
          });
        }
      }
      const { types } = await findTermSources(tctx.db);
      for (const service of pkg.services) {
        const skip = (reason: string) =>
          report.services.skipped.push({
            hsdsId: service.id,
            name: service.name,
            line: service.line,
            reason,
          });
        const institution = institutionOf.get(service.organization_id);
        if (!institution) {
          skip('its organization is not matched to a registry institution');
          continue;
        }
        const type = typeOf(service, pkg, types);
        if (!type) {
          skip(`no attribute names a service type of the taxonomy ${TAXONOMY_NAME}`);
          continue;
        }
        try {
          await applyService(tctx, service, pkg, institution, type, report);
        } catch (err) {
          skip(reasonOf(err));
        }
      }
      const { skipped, ...counts } = report.services;
      await recordAudit(tctx, {
        action: 'socialServices.hsdsImport',
        entityType: 'serviceCatalogue',
        changes: { ...counts, skipped: skipped.length, unmatched: report.organizations.unmatched.length },
      });
      if (options.dryRun) throw new DryRun();
    });
  } catch (err) {
    if (!(err instanceof DryRun)) throw err;
  }
  return report;
}

/** Creates, updates or ends the offering imported under the service's id. */
async function applyService(
  ctx: Ctx,
  service: PackageRow<'services'>,
  pkg: HsdsPackage,
  institution: InstitutionRow,
  type: ServiceTypeRow,
  report: HsdsImportReport,
): Promise<void> {
  const contact = pkg.contacts.find((c) => c.service_id === service.id);
  const description = service.description?.startsWith(type.description)
    ? service.description.slice(type.description.length).trim()
    : service.description;
  const fields = {
    territoryCode: territoryOf(service, pkg) ?? institution.territoryCode,
    description: description || null,
    contactName: contact?.name ?? null,
    email: service.email ?? contact?.email ?? null,
    phone: pkg.phones.find((p) => p.service_id === service.id)?.number ?? null,
  };
  const delivered = service.status === 'active' || service.status === 'temporarily closed';
  const status = service.status === 'temporarily closed' ? 'suspended' : 'active';
  const existing = await findOfferingByHsdsId(ctx.db, service.id);
  if (!existing) {
    if (!delivered) throw new Skip(`not offered (status ${service.status}), so not imported`);
    const created = await createOffering(
      ctx,
      { ...fields, institutionId: institution.id, serviceTypeId: type.id },
      { hsdsId: service.id },
    );
    if (status === 'suspended') await updateOffering(ctx, created.id, { status, version: created.version });
    report.services.created += 1;
    return;
  }
  if (existing.institutionId !== institution.id || existing.serviceTypeId !== type.id)
    throw new Skip('the offering imported under this id has another institution or service type');
  if (existing.status === 'ended') {
    report.services.unchanged += 1;
    return;
  }
  if (!delivered) {
    await endOffering(ctx, existing.id, {
      reason: `HSDS import: ${service.status}`,
      version: existing.version,
    });
    report.services.ended += 1;
    return;
  }
  const updated = await updateOffering(ctx, existing.id, { ...fields, status, version: existing.version });
  if (updated.version === existing.version) report.services.unchanged += 1;
  else report.services.updated += 1;
}

/** The report as the command line prints it: the counts, then each thing left out and why. */
export function describeHsdsImport(report: HsdsImportReport, dryRun = false): string {
  const { organizations: o, services: s } = report;
  return [
    `HSDS import${dryRun ? ' (dry run: nothing was saved)' : ''}: organizations matched ${o.matched.length}, ` +
      `not matched ${o.unmatched.length}; services created ${s.created}, updated ${s.updated}, ` +
      `ended ${s.ended}, unchanged ${s.unchanged}, skipped ${s.skipped.length}`,
    ...o.matched.map((m) => `  organization ${m.name} (${m.hsdsId}) = ${m.institutionName}`),
    ...o.unmatched.map(
      (u) =>
        `  organization not matched: ${u.name} (${u.hsdsId}, organizations.csv line ${u.line}): ${u.reason}`,
    ),
    ...s.skipped.map(
      (k) => `  service skipped: ${k.name} (${k.hsdsId}, services.csv line ${k.line}): ${k.reason}`,
    ),
  ].join('\n');
}
