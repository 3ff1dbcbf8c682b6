import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HsdsPage, HsdsServiceSummary } from '../../common/contracts/hsds';
import { hsdsPageProblems } from '../../tests/support/hsds-schemas';
import { createTestApp, type TestApp } from '../../tests/support/test-app';
import { demoInstitutions, demoOfferings } from './demo-data';
import { prepareDatabase } from './prepare-database';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await prepareDatabase(t.database, { seedDemo: true });
});
afterAll(() => t.close());

describe('the demo offerings', () => {
  it('publish what the Janów Lubelski institutions offer in the public HSDS directory', async () => {
    const page = (await t.agent().get('/api/hsds/services?per_page=100')).json<
      HsdsPage<HsdsServiceSummary>
    >();
    expect(hsdsPageProblems('service_list', page)).toEqual([]);
    expect(page.total_items).toBe(demoOfferings.length);
    const providers = new Set(page.contents.map((s) => s.organization.name));
    for (const offering of demoOfferings)
      expect(providers).toContain(demoInstitutions[offering.institution].name);
  });
});
