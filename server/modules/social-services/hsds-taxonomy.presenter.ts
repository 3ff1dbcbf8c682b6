import type { HsdsTaxonomyTerm } from '../../../common/contracts/hsds';
import type { Locale } from '../../../common/i18n';
import { t } from '../../platform/i18n';
import { TAXONOMY_ID, TAXONOMY_NAME } from './hsds-ids';

/** ISO 639-2 code of the language the catalogue is kept in: its names and descriptions are Polish. */
const CATALOGUE_LANGUAGE = 'pol';

export interface TermSource {
  id: string;
  code: string;
  name: string;
  description: string;
  /** The area of a service type; none for an area. */
  parentId?: string;
}

export const presentTaxonomy = (locale: Locale, baseUrl: string) => ({
  id: TAXONOMY_ID,
  name: TAXONOMY_NAME,
  description: t(locale, 'socialServices:hsds.taxonomyDescription'),
  uri: new URL(`/api/hsds/taxonomies/${TAXONOMY_ID}`, baseUrl).toString(),
  version: '1',
});

/** Areas are the top terms, their service types the terms below them. */
export const presentTerm = (source: TermSource): HsdsTaxonomyTerm => ({
  id: source.id,
  code: source.code,
  name: source.name,
  description: source.description,
  ...(source.parentId && { parent_id: source.parentId }),
  taxonomy: TAXONOMY_NAME,
  taxonomy_id: TAXONOMY_ID,
  language: CATALOGUE_LANGUAGE,
});
