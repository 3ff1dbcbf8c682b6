import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hsdsPageProblems, hsdsProblems } from './hsds-schemas';

const example = (file: string) =>
  JSON.parse(readFileSync(new URL(`./hsds/examples/${file}`, import.meta.url), 'utf8')) as unknown;

describe('the HSDS schema validators', () => {
  it("accept Open Referral's own example records", () => {
    expect(hsdsProblems('service', example('service_full.json'))).toEqual([]);
    expect(hsdsProblems('organization', example('organization_full.json'))).toEqual([]);
    expect(hsdsProblems('service_at_location', example('service_at_location_full.json'))).toEqual([]);
    expect(hsdsPageProblems('organization_list', example('organization_list.json'))).toEqual([]);
    expect(hsdsPageProblems('taxonomy_term', example('taxonomy_term_list.json'))).toEqual([]);
    expect(hsdsPageProblems('service_list', example('service_list.json'))).toEqual([]);
    expect(hsdsPageProblems('service_at_location_list', example('service_at_location_list.json'))).toEqual(
      [],
    );
  });

  it('refuse a record that breaks the schema: a missing name, a malformed id, a null', () => {
    expect(hsdsProblems('service', { id: 'x', status: 'active' })).toEqual(
      expect.arrayContaining([expect.stringContaining("must have required property 'name'")]),
    );
    expect(hsdsProblems('service', { id: 'nie-uuid', name: 'A', status: 'active' }).join()).toContain(
      'format',
    );
    expect(
      hsdsProblems('taxonomy', { id: '3f7b145d-84af-42d7-8fae-eaca714b02b2', name: 'a', description: null }),
    ).not.toEqual([]);
  });
});
