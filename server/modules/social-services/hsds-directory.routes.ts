import { z } from 'zod';
import {
  hsdsOrganization,
  hsdsOrganizationQuery,
  hsdsOrganizationSummary,
  hsdsOrganizationsQuery,
  hsdsPageOf,
  hsdsRoot,
  hsdsSearchQuery,
  hsdsTaxonomy,
  hsdsTaxonomyTerm,
  hsdsTaxonomyTermsQuery,
} from '../../../common/contracts/hsds';
import type { Locale } from '../../../common/i18n';
import { contextOf } from '../../platform/auth';
import { notFound } from '../../platform/errors';
import type { RoutesPlugin } from '../../platform/http';
import {
  getDirectoryOrganization,
  getTermSource,
  listDirectoryOrganizations,
  listTermSources,
  servicesOfOrganizations,
} from './hsds.service';
import { TAXONOMY_ID } from './hsds-ids';
import {
  type OrganizationSource,
  presentOrganizationBase,
  presentOrganizationSummary,
} from './hsds-organization.presenter';
import { presentHsdsPage } from './hsds-page.presenter';
import { presentService, presentServiceSummary, type ServiceSource } from './hsds-service.presenter';
import { hsdsRateLimit } from './hsds-services.routes';
import { presentTaxonomy, presentTerm } from './hsds-taxonomy.presenter';

const idParams = z.object({ id: z.string() });
const tags = ['HSDS directory'];
/** The version of HSDS whose schemas the answers are checked against. */
const HSDS_VERSION = '3.1';

/** A fully nested organization: its services by id and name, or whole with `full_service`. */
const fullOrganization = (
  source: OrganizationSource,
  services: ServiceSource[],
  fullService: boolean,
  locale: Locale,
) => ({
  ...presentOrganizationBase(source, locale),
  services: services.map((service) => {
    if (fullService) return presentService(service, locale);
    const { organization: _nested, ...summary } = presentServiceSummary(service, locale);
    return summary;
  }),
});

/** The directory's root, organizations and the taxonomy of social services, without signing in. */
export const hsdsDirectoryRoutes: RoutesPlugin = async (app, { db, config }) => {
  app.get(
    '/api/hsds',
    {
      schema: { tags, summary: 'HSDS: what this API is', response: { 200: hsdsRoot } },
      config: hsdsRateLimit,
    },
    async () => ({
      version: HSDS_VERSION,
      profile: 'https://docs.openreferral.org/',
      openapi_url: new URL('/api/docs/json', config.publicUrl).toString(),
    }),
  );

  app.get(
    '/api/hsds/organizations',
    {
      schema: {
        tags,
        summary: 'HSDS: a page of organizations that offer services',
        querystring: hsdsOrganizationsQuery,
        response: { 200: hsdsPageOf(z.union([hsdsOrganization, hsdsOrganizationSummary])) },
      },
      config: hsdsRateLimit,
    },
    async (request) => {
      const { full, full_service, format: _json, ...query } = request.query;
      const ctx = contextOf(request, db);
      const { sources, total } = await listDirectoryOrganizations(ctx, query);
      const nested = full || full_service;
      const services = nested
        ? await servicesOfOrganizations(
            ctx,
            sources.map((s) => s.institution.id),
          )
        : new Map<string, ServiceSource[]>();
      return presentHsdsPage(
        sources.map((source) =>
          nested
            ? fullOrganization(
                source,
                services.get(source.institution.id) ?? [],
                Boolean(full_service),
                request.locale,
              )
            : presentOrganizationSummary(source, request.locale),
        ),
        total,
        query.page,
        query.per_page,
      );
    },
  );

  app.get(
    '/api/hsds/organizations/:id',
    {
      schema: {
        tags,
        summary: 'HSDS: a fully nested organization',
        params: idParams,
        querystring: hsdsOrganizationQuery,
        response: { 200: hsdsOrganization },
      },
      config: hsdsRateLimit,
    },
    async (request) => {
      const ctx = contextOf(request, db);
      const source = await getDirectoryOrganization(ctx, request.params.id);
      const services = await servicesOfOrganizations(ctx, [source.institution.id]);
      return fullOrganization(
        source,
        services.get(source.institution.id) ?? [],
        Boolean(request.query.full_service),
        request.locale,
      );
    },
  );

  app.get(
    '/api/hsds/taxonomies',
    {
      schema: {
        tags,
        summary: 'HSDS: the taxonomies in use (one: kooperacja-uslugi-spoleczne)',
        querystring: hsdsSearchQuery,
        response: { 200: hsdsPageOf(hsdsTaxonomy) },
      },
      config: hsdsRateLimit,
    },
    async (request) => {
      const taxonomy = presentTaxonomy(request.locale, config.publicUrl);
      const { search, page, per_page } = request.query;
      const matches = !search || taxonomy.name.includes(search.toLowerCase());
      return presentHsdsPage(matches && page === 1 ? [taxonomy] : [], matches ? 1 : 0, page, per_page);
    },
  );

  app.get(
    '/api/hsds/taxonomies/:id',
    {
      schema: { tags, summary: 'HSDS: a taxonomy', params: idParams, response: { 200: hsdsTaxonomy } },
      config: hsdsRateLimit,
    },
    async (request) => {
      if (request.params.id !== TAXONOMY_ID) throw notFound();
      return presentTaxonomy(request.locale, config.publicUrl);
    },
  );

  app.get(
    '/api/hsds/taxonomy_terms',
    {
      schema: {
        tags,
        summary: 'HSDS: a page of taxonomy terms (areas, and the service types below them)',
        querystring: hsdsTaxonomyTermsQuery,
        response: { 200: hsdsPageOf(hsdsTaxonomyTerm) },
      },
      config: hsdsRateLimit,
    },
    async (request) => {
      const { format: _json, ...query } = request.query;
      const { terms, total } = await listTermSources(contextOf(request, db), query);
      return presentHsdsPage(terms.map(presentTerm), total, query.page, query.per_page);
    },
  );

  app.get(
    '/api/hsds/taxonomy_terms/:id',
    {
      schema: {
        tags,
        summary: 'HSDS: a taxonomy term',
        params: idParams,
        response: { 200: hsdsTaxonomyTerm },
      },
      config: hsdsRateLimit,
    },
    async (request) => {
      const term = presentTerm(await getTermSource(contextOf(request, db), request.params.id));
      return { ...term, taxonomy_detail: presentTaxonomy(request.locale, config.publicUrl) };
    },
  );
};
