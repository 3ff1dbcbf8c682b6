import { z } from 'zod';

/**
 * The objects of the Open Referral HSDS 3.1 directory, as this platform fills them: only the
 * fields it has data for. HSDS types its fields as plain strings (never null), so a fact the
 * platform lacks is left out rather than sent as null. The tests check every answer against the
 * HSDS JSON schemas themselves (tests/support/hsds).
 */

const uuid = z.string();
const maybe = z.string().optional();

/** The query parameters of HSDS list endpoints (snake_case, as the HSDS OpenAPI names them). */
export const hsdsPageQuery = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  per_page: z.coerce.number().int().min(1).max(200).default(50),
  /** Only `json`: the paged form; HSDS's `ndjson` stream is not offered. */
  format: z.enum(['json']).optional(),
};

/** HSDS booleans arrive as query text: `true`/`false` (also `1`/`0`). */
const flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .optional();

export const hsdsSearchQuery = z.strictObject({
  search: z.string().trim().max(100, { message: 'field.tooLong' }).optional(),
  ...hsdsPageQuery,
});

export const hsdsServicesQuery = hsdsSearchQuery.extend({
  taxonomy_term_id: uuid.optional(),
  taxonomy_id: uuid.optional(),
  organization_id: uuid.optional(),
  modified_after: z.iso.datetime({ offset: true, message: 'field.dateTime' }).optional(),
  full: flag,
});
export type HsdsServicesQuery = z.infer<typeof hsdsServicesQuery>;

export const hsdsOrganizationsQuery = hsdsSearchQuery.extend({
  taxonomy_term_id: uuid.optional(),
  taxonomy_id: uuid.optional(),
  full: flag,
  full_service: flag,
});
export type HsdsOrganizationsQuery = z.infer<typeof hsdsOrganizationsQuery>;

export const hsdsOrganizationQuery = z.strictObject({ full_service: flag });

export const hsdsTaxonomyTermsQuery = hsdsSearchQuery.extend({
  taxonomy_id: uuid.optional(),
  parent_id: uuid.optional(),
  top_only: flag,
});
export type HsdsTaxonomyTermsQuery = z.infer<typeof hsdsTaxonomyTermsQuery>;
export type HsdsSearchQuery = z.infer<typeof hsdsSearchQuery>;

export const hsdsRoot = z.object({ version: z.string(), profile: z.string(), openapi_url: z.string() });

export const hsdsTaxonomy = z.object({
  id: uuid,
  name: z.string(),
  description: z.string(),
  uri: maybe,
  version: maybe,
});

export const hsdsTaxonomyTerm = z.object({
  id: uuid,
  code: z.string(),
  name: z.string(),
  description: z.string(),
  parent_id: maybe,
  taxonomy: z.string(),
  taxonomy_id: uuid,
  language: z.string(),
  taxonomy_detail: hsdsTaxonomy.optional(),
});
export type HsdsTaxonomyTerm = z.infer<typeof hsdsTaxonomyTerm>;

const attribute = z.object({
  id: uuid,
  link_id: uuid,
  link_entity: z.string(),
  taxonomy_term_id: uuid,
  label: maybe,
  taxonomy_term: hsdsTaxonomyTerm,
});

const phone = z.object({ id: uuid, number: z.string(), type: maybe });

const contact = z.object({ id: uuid, name: maybe, email: maybe, phones: z.array(phone) });

const address = z.object({
  id: uuid,
  location_id: uuid,
  address_1: z.string(),
  city: z.string(),
  state_province: z.string(),
  postal_code: z.string(),
  country: z.string(),
  address_type: z.string(),
});

export const hsdsLocation = z.object({
  id: uuid,
  location_type: z.string(),
  organization_id: uuid,
  name: z.string(),
  external_identifier: maybe,
  external_identifier_type: maybe,
  addresses: z.array(address).optional(),
  phones: z.array(phone).optional(),
});

const identifier = z.object({
  id: uuid,
  organization_id: uuid,
  identifier_scheme: maybe,
  identifier_type: z.string(),
  identifier: z.string(),
});

export const hsdsOrganizationSummary = z.object({
  id: uuid,
  name: z.string(),
  alternate_name: maybe,
  description: z.string(),
  email: maybe,
  website: maybe,
  tax_id: maybe,
  legal_status: maybe,
});

export const hsdsOrganizationBase = hsdsOrganizationSummary.extend({
  phones: z.array(phone),
  locations: z.array(hsdsLocation),
  organization_identifiers: z.array(identifier),
});

const serviceArea = z.object({
  id: uuid,
  service_id: uuid,
  name: z.string(),
  description: maybe,
  extent: maybe,
  extent_type: maybe,
});

export const hsdsServiceSummary = z.object({
  id: uuid,
  organization_id: uuid,
  name: z.string(),
  description: z.string(),
  email: maybe,
  status: z.string(),
  eligibility_description: maybe,
  last_modified: z.string(),
  organization: hsdsOrganizationSummary,
});
export type HsdsServiceSummary = z.infer<typeof hsdsServiceSummary>;

const serviceAtLocationBase = z.object({
  id: uuid,
  service_id: uuid,
  location_id: uuid,
  description: maybe,
  location: hsdsLocation,
});

export const hsdsService = hsdsServiceSummary.extend({
  organization: hsdsOrganizationBase,
  phones: z.array(phone),
  contacts: z.array(contact),
  service_areas: z.array(serviceArea),
  service_at_locations: z.array(serviceAtLocationBase),
  attributes: z.array(attribute),
});
export type HsdsService = z.infer<typeof hsdsService>;

export const hsdsOrganization = hsdsOrganizationBase.extend({
  services: z.array(z.union([hsdsService, hsdsServiceSummary.omit({ organization: true })])),
});
export type HsdsOrganization = z.infer<typeof hsdsOrganization>;

export const hsdsServiceAtLocationSummary = serviceAtLocationBase.extend({
  service: hsdsServiceSummary.omit({ organization: true }),
});

export const hsdsServiceAtLocation = serviceAtLocationBase.extend({
  service: hsdsService,
  service_areas: z.array(serviceArea),
  contacts: z.array(contact),
  phones: z.array(phone),
  attributes: z.array(attribute),
});
export type HsdsServiceAtLocation = z.infer<typeof hsdsServiceAtLocation>;

/** The HSDS `Page`: the paging fields and the page's records in `contents`. */
export const hsdsPageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    total_items: z.number().int(),
    total_pages: z.number().int(),
    page_number: z.number().int(),
    size: z.number().int(),
    first_page: z.boolean(),
    last_page: z.boolean(),
    empty: z.boolean(),
    contents: z.array(item),
  });

export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}
