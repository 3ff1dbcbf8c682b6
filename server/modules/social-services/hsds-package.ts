import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import { z } from 'zod';

/**
 * Reads an Open Referral HSDS data package in its tabular form: a folder with `datapackage.json`
 * and one CSV file per table (UTF-8, comma-separated, a header row). Only the tables an import of
 * offerings needs are read; a missing optional table has no rows. Everything is checked before
 * anything is written, and every problem names its file and line.
 */

/** A bad package: each problem as "file, line N: field: what is wrong". */
export class HsdsPackageError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The HSDS data package has ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
    this.name = 'HsdsPackageError';
  }
}

/** An empty cell is a field not given. */
const cell = z
  .string()
  .transform((v) => v.trim())
  .transform((v) => (v === '' ? undefined : v));
const optional = cell.optional();
const required = cell.pipe(z.string({ error: 'is required' }));
const id = cell.pipe(z.guid({ error: 'must be a uuid' }));
const optionalId = cell.pipe(z.guid({ error: 'must be a uuid' }).optional()).optional();

/** The fields the import uses, with the HSDS 3 rules for them (required, and the tabular form's links). */
const tables = {
  organizations: {
    file: 'organizations.csv',
    required: true,
    row: z.object({ id, name: required, description: optional, tax_id: optional }),
  },
  organizationIdentifiers: {
    file: 'organization_identifiers.csv',
    required: false,
    row: z.object({
      id,
      organization_id: id,
      identifier_scheme: optional,
      identifier_type: required,
      identifier: required,
    }),
  },
  services: {
    file: 'services.csv',
    required: true,
    row: z.object({
      id,
      organization_id: id,
      name: required,
      description: optional,
      email: optional,
      status: cell.pipe(
        z.enum(['active', 'inactive', 'defunct', 'temporarily closed'], {
          error: 'must be active, inactive, defunct or temporarily closed',
        }),
      ),
    }),
  },
  attributes: {
    file: 'attributes.csv',
    required: false,
    row: z.object({ id, link_id: id, taxonomy_term_id: id, link_entity: required }),
  },
  taxonomyTerms: {
    file: 'taxonomy_terms.csv',
    required: false,
    row: z.object({ id, code: optional, name: required, taxonomy: optional, taxonomy_id: optionalId }),
  },
  serviceAreas: {
    file: 'service_areas.csv',
    required: false,
    row: z.object({ id, service_id: optionalId, extent: optional, extent_type: optional }),
  },
  serviceAtLocations: {
    file: 'service_at_location.csv',
    required: false,
    row: z.object({ id, service_id: id, location_id: id }),
  },
  locations: {
    file: 'locations.csv',
    required: false,
    row: z.object({ id, external_identifier: optional, external_identifier_type: optional }),
  },
  phones: {
    file: 'phones.csv',
    required: false,
    row: z.object({ id, service_id: optionalId, number: required }),
  },
  contacts: {
    file: 'contacts.csv',
    required: false,
    row: z.object({ id, service_id: optionalId, name: optional, email: optional }),
  },
} as const;

type Tables = typeof tables;
/** A row with the line of the file it starts on, for messages. */
export type PackageRow<K extends keyof Tables> = z.infer<Tables[K]['row']> & { line: number };
export type HsdsPackage = { [K in keyof Tables]: PackageRow<K>[] };

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** Rows of one CSV table, or the problems found in it. */
async function readTable<K extends keyof Tables>(
  folder: string,
  key: K,
  problems: string[],
): Promise<PackageRow<K>[]> {
  const { file, required: mandatory, row: schema } = tables[key];
  const path = join(folder, file);
  if (!(await exists(path))) {
    if (mandatory) problems.push(`${file}: the file is missing`);
    return [];
  }
  let records: { record: Record<string, string>; info: { lines: number; empty_lines: number } }[];
  try {
    records = parse(await readFile(path), { columns: true, bom: true, skip_empty_lines: true, info: true });
  } catch (err) {
    if (err instanceof CsvError) {
      problems.push(`${file}, line ${err.lines ?? '?'}: ${err.message}`);
      return [];
    }
    throw err;
  }
  const header = Object.keys(records[0]?.record ?? {});
  const missing = records.length ? Object.keys(schema.shape).filter((c) => !header.includes(c)) : [];
  if (missing.length) {
    problems.push(`${file}: the header lacks the column(s) ${missing.join(', ')}`);
    return [];
  }
  const rows: PackageRow<K>[] = [];
  const seen = new Set<string>();
  let previousEnd = 1;
  let previousEmpty = 0;
  for (const { record, info } of records) {
    const line = previousEnd + 1 + (info.empty_lines - previousEmpty);
    previousEnd = info.lines;
    previousEmpty = info.empty_lines;
    const result = schema.safeParse(record);
    if (!result.success) {
      for (const issue of result.error.issues)
        problems.push(`${file}, line ${line}: ${issue.path.join('.')}: ${issue.message}`);
      continue;
    }
    if (seen.has(result.data.id)) problems.push(`${file}, line ${line}: id: ${result.data.id} appears twice`);
    seen.add(result.data.id);
    rows.push({ ...result.data, line } as PackageRow<K>);
  }
  return rows;
}

/**
 * Reads and checks a package folder: the descriptor is there, the tables parse, required fields
 * are given, ids are uuids and unique, and every service names an organization of the package.
 * Throws {@link HsdsPackageError} with all the problems at once.
 */
export async function readHsdsPackage(folder: string): Promise<HsdsPackage> {
  const problems: string[] = [];
  if (!(await exists(join(folder, 'datapackage.json'))))
    problems.push('datapackage.json: the file is missing (an HSDS data package is described by it)');
  const entries: [keyof Tables, unknown][] = [];
  for (const key of Object.keys(tables) as (keyof Tables)[])
    entries.push([key, await readTable(folder, key, problems)]);
  const pkg = Object.fromEntries(entries) as HsdsPackage;
  const organizationIds = new Set(pkg.organizations.map((o) => o.id));
  for (const service of pkg.services)
    if (!organizationIds.has(service.organization_id))
      problems.push(
        `${tables.services.file}, line ${service.line}: organization_id: ${service.organization_id} is not in ${tables.organizations.file}`,
      );
  if (problems.length) throw new HsdsPackageError(problems);
  return pkg;
}
