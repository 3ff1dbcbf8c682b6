import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'csv-stringify/sync';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HsdsService } from '../../../common/contracts/hsds';
import { buildInstitution, JANOW } from '../../../tests/support/factories/institutions';
import { catalogueType } from '../../../tests/support/factories/social-services';
import { hsdsProblems } from '../../../tests/support/hsds-schemas';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { institutions } from '../institutions';
import { TAXONOMY_NAME } from './hsds-ids';
import { importHsdsPackage } from './hsds-import.service';
import { HsdsPackageError, readHsdsPackage } from './hsds-package';
import { findOfferingByHsdsId } from './offering.repository';

/** The example data package of the HSDS specification, copied with the schemas. */
const examplePackage = fileURLToPath(new URL('../../../tests/support/hsds/examples/csv', import.meta.url));

const ORG = 'a1b2c3d4-0000-4000-8000-000000000001';
const SERVICE = 'a1b2c3d4-0000-4000-8000-000000000002';
const TERM = 'a1b2c3d4-0000-4000-8000-000000000003';

let t: TestApp;
let dir: string;
let provider: { id: string; nip: string | null };

type Table = Record<string, string>[];

/** Writes a package folder: the descriptor and one CSV per table given. */
async function writePackage(name: string, tables: Record<string, Table>): Promise<string> {
  const folder = join(dir, name);
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  await writeFile(
    join(folder, 'datapackage.json'),
    JSON.stringify({ name, profile: 'tabular-data-package' }),
  );
  for (const [file, rows] of Object.entries(tables))
    await writeFile(
      join(folder, file),
      stringify(rows, { header: true, columns: Object.keys(rows[0] ?? {}) }),
    );
  return folder;
}

/** A package from one provider: one meal service in the gmina Janów Lubelski, tagged with the catalogue's term. */
const mealsPackage = (status = 'active', nip = provider.nip ?? '') => ({
  'organizations.csv': [
    { id: ORG, name: 'Smaki Roztocza', description: 'Spółdzielnia socjalna', tax_id: '' },
  ],
  'organization_identifiers.csv': [
    {
      id: 'a1b2c3d4-0000-4000-8000-000000000010',
      organization_id: ORG,
      identifier_scheme: '',
      identifier_type: 'NIP',
      identifier: nip,
    },
  ],
  'services.csv': [
    {
      id: SERVICE,
      organization_id: ORG,
      name: 'Obiady',
      description: 'Obiady z dowozem',
      email: 'obiady@smaki.example',
      status,
    },
  ],
  'taxonomy_terms.csv': [
    { id: TERM, code: 'posilek', name: 'Posiłek', taxonomy: TAXONOMY_NAME, taxonomy_id: '' },
  ],
  'attributes.csv': [
    {
      id: 'a1b2c3d4-0000-4000-8000-000000000004',
      link_id: SERVICE,
      taxonomy_term_id: TERM,
      link_entity: 'service',
    },
  ],
  'service_areas.csv': [
    {
      id: 'a1b2c3d4-0000-4000-8000-000000000005',
      service_id: SERVICE,
      extent: JANOW.town,
      extent_type: 'teryt',
    },
  ],
  'phones.csv': [
    { id: 'a1b2c3d4-0000-4000-8000-000000000006', service_id: SERVICE, number: '+48 15 800 00 21' },
  ],
  'contacts.csv': [
    { id: 'a1b2c3d4-0000-4000-8000-000000000007', service_id: SERVICE, name: 'Anna Kucharska', email: '' },
  ],
});

const institutionCount = async () => (await t.ctx.db.select({ n: count() }).from(institutions))[0]!.n;

beforeAll(async () => {
  t = await createTestApp();
  dir = await mkdtemp(join(tmpdir(), 'koop-hsds-'));
  provider = await buildInstitution(t.ctx, { type: 'pes', name: 'Spółdzielnia Socjalna Smaki Roztocza' });
});
afterAll(async () => {
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

describe('importing an HSDS data package', () => {
  it("reads the specification's example package, and reports its organization as unmatched instead of creating it", async () => {
    const pkg = await readHsdsPackage(examplePackage);
    expect(pkg.organizations).toHaveLength(1);
    const before = await institutionCount();
    const report = await importHsdsPackage(t.ctx, pkg);
    expect(report.organizations.unmatched).toEqual([
      expect.objectContaining({
        name: 'Example Organization Inc.',
        line: 2,
        reason: expect.stringContaining('NIP'),
      }),
    ]);
    expect(report.services).toMatchObject({
      created: 0,
      skipped: [expect.objectContaining({ name: 'Community Counselling' })],
    });
    expect(await institutionCount()).toBe(before);
  });

  it('creates the offering of a matched provider, keyed by the HSDS id, and publishes it in the directory', async () => {
    const pkg = await readHsdsPackage(await writePackage('meals', mealsPackage()));
    const report = await importHsdsPackage(t.ctx, pkg);
    expect(report.organizations.matched).toEqual([
      expect.objectContaining({ hsdsId: ORG, institutionId: provider.id }),
    ]);
    expect(report.services).toMatchObject({ created: 1, updated: 0, skipped: [] });
    const offering = (await findOfferingByHsdsId(t.ctx.db, SERVICE))!;
    expect(offering).toMatchObject({
      institutionId: provider.id,
      serviceTypeId: (await catalogueType(t.ctx, 'posilek')).id,
      territoryCode: JANOW.town,
      description: 'Obiady z dowozem',
      contactName: 'Anna Kucharska',
      phone: '+48 15 800 00 21',
      status: 'active',
    });
    const published = (await t.agent().get(`/api/hsds/services/${offering.id}`)).json<HsdsService>();
    expect(hsdsProblems('service', published)).toEqual([]);
  });

  it('changes nothing when the same package is imported again, and ends the offering once the package does', async () => {
    const again = await importHsdsPackage(
      t.ctx,
      await readHsdsPackage(await writePackage('meals', mealsPackage())),
    );
    expect(again.services).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    const closed = await importHsdsPackage(
      t.ctx,
      await readHsdsPackage(await writePackage('meals-closed', mealsPackage('inactive'))),
    );
    expect(closed.services).toMatchObject({ ended: 1 });
    expect((await findOfferingByHsdsId(t.ctx.db, SERVICE))?.status).toBe('ended');
  });

  it('saves nothing on a dry run, yet reports what it would do', async () => {
    const other = await buildInstitution(t.ctx, { type: 'ngo' });
    const tables = mealsPackage('active', other.nip ?? '');
    const services = tables['services.csv'].map((s) => ({
      ...s,
      id: 'a1b2c3d4-0000-4000-8000-0000000000aa',
    }));
    const attributes = tables['attributes.csv'].map((a) => ({
      ...a,
      link_id: 'a1b2c3d4-0000-4000-8000-0000000000aa',
    }));
    const pkg = await readHsdsPackage(
      await writePackage('dry', { ...tables, 'services.csv': services, 'attributes.csv': attributes }),
    );
    const report = await importHsdsPackage(t.ctx, pkg, { dryRun: true });
    expect(report.services.created).toBe(1);
    expect(await findOfferingByHsdsId(t.ctx.db, 'a1b2c3d4-0000-4000-8000-0000000000aa')).toBeUndefined();
  });

  it('reports a service without a catalogue type and a provider nobody in the registry matches', async () => {
    const tables = mealsPackage('active', '5260250274');
    const report = await importHsdsPackage(
      t.ctx,
      await readHsdsPackage(await writePackage('stranger', tables)),
    );
    expect(report.organizations.unmatched[0]?.reason).toBe(
      'no institution in the registry has its NIP, REGON or KRS',
    );
    const untagged = await importHsdsPackage(
      t.ctx,
      await readHsdsPackage(await writePackage('untagged', { ...mealsPackage(), 'attributes.csv': [] })),
    );
    expect(untagged.services.skipped[0]?.reason).toContain('kooperacja-uslugi-spoleczne');
  });

  it('refuses a broken package before touching anything, naming each file, line and field', async () => {
    const tables = mealsPackage();
    const folder = await writePackage('broken', {
      ...tables,
      'organizations.csv': [{ ...tables['organizations.csv'][0]!, name: '' }],
      'services.csv': [
        { ...tables['services.csv'][0]!, status: 'open' },
        { ...tables['services.csv'][0]!, id: 'nie-uuid' },
        { ...tables['services.csv'][0]!, organization_id: 'a1b2c3d4-0000-4000-8000-0000000000ff' },
      ],
    });
    const error = await readHsdsPackage(folder).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(HsdsPackageError);
    expect((error as HsdsPackageError).problems).toEqual([
      'organizations.csv, line 2: name: is required',
      'services.csv, line 2: status: must be active, inactive, defunct or temporarily closed',
      'services.csv, line 3: id: must be a uuid',
      'services.csv, line 4: organization_id: a1b2c3d4-0000-4000-8000-0000000000ff is not in organizations.csv',
    ]);
    const missing = await readHsdsPackage(join(dir, 'nothing-here')).catch((err: unknown) => err);
    expect((missing as HsdsPackageError).problems).toContain('organizations.csv: the file is missing');
  });
});
