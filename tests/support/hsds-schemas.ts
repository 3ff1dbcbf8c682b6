import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/**
 * Validators of the Open Referral HSDS 3.1 JSON schemas copied into tests/support/hsds (see its
 * README): every answer of the directory is checked against the schema the HSDS OpenAPI names for
 * it, with format checking on.
 */
const folder = fileURLToPath(new URL('./hsds/schema/', import.meta.url));
const BASE = 'https://hsds.schema.test/';

const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8'));

/** Datapackage hints the HSDS schemas carry beside JSON Schema keywords; they validate nothing. */
const annotations = [
  'name',
  'path',
  'datapackage_metadata',
  'datapackage_type',
  'example',
  'constraints',
  'tabular_required',
  'core',
];

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
for (const keyword of annotations) ajv.addKeyword(keyword);
for (const file of readdirSync(folder).filter((f) => f.endsWith('.json') && f !== 'openapi.json'))
  ajv.addSchema({ ...readJson(`${folder}${file}`), $id: `${BASE}${file}` });
for (const file of ['organization_list', 'service_list', 'service_at_location_list'])
  ajv.addSchema({ ...readJson(`${folder}compiled/${file}.json`), $id: `${BASE}compiled/${file}.json` });

const ref = (file: string) => ({ $ref: `${BASE}${file}` });

/**
 * The compiled full records are the modular schemas with references inlined, plus what the
 * OpenAPI nests beside them: an organization's `services`, a service_at_location's `service`.
 */
const recordSchemas = {
  service: ref('service.json'),
  organization: {
    type: 'object',
    allOf: [ref('organization.json')],
    properties: { services: { type: 'array', items: ref('service.json') } },
  },
  service_at_location: {
    type: 'object',
    allOf: [ref('service_at_location.json')],
    properties: { service: ref('service.json') },
  },
  taxonomy: ref('taxonomy.json'),
  taxonomy_term: ref('taxonomy_term.json'),
  service_list: ref('compiled/service_list.json'),
  organization_list: ref('compiled/organization_list.json'),
  service_at_location_list: ref('compiled/service_at_location_list.json'),
} as const;
export type HsdsRecord = keyof typeof recordSchemas;

const openapi = readJson(`${folder}openapi.json`) as {
  components: { schemas: { Page: { properties: Record<string, unknown> } } };
  paths: { '/': { get: { responses: { 200: { content: { 'application/json': { schema: object } } } } } } };
};
const pageFields = Object.keys(openapi.components.schemas.Page.properties);

/** The OpenAPI's `Page` with its `contents`; every paging field is required here, as the issue asks. */
const pageOf = (item: object) => ({
  type: 'object',
  allOf: [openapi.components.schemas.Page],
  required: [...pageFields, 'contents'],
  properties: { contents: { type: 'array', items: item } },
});

const describe = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);

/** The problems of one record against its HSDS schema; empty when it is valid. */
export function hsdsProblems(record: HsdsRecord, value: unknown): string[] {
  const validate = ajv.compile(recordSchemas[record]);
  return validate(value) ? [] : describe(validate.errors);
}

/** The problems of a paginated answer whose contents are records of one kind. */
export function hsdsPageProblems(record: HsdsRecord, value: unknown): string[] {
  const validate = ajv.compile(pageOf(recordSchemas[record]));
  return validate(value) ? [] : describe(validate.errors);
}

/** The problems of the API root (`GET /`), against the OpenAPI's response schema. */
export function hsdsRootProblems(value: unknown): string[] {
  const schema = openapi.paths['/'].get.responses[200].content['application/json'].schema;
  const validate = ajv.compile({ ...schema, required: ['version', 'profile', 'openapi_url'] });
  return validate(value) ? [] : describe(validate.errors);
}
