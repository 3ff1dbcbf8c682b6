import { v5 as uuidv5 } from 'uuid';

/**
 * HSDS gives every object its own uuid, also those the platform keeps as columns of a row (an
 * institution's location, an offering's phone or service area). Their ids are derived from the
 * row's id by name-based uuids (v5), so they stay the same from one answer to the next without
 * a table of their own.
 */
const NAMESPACE = '8b61261d-a32a-4de3-ad41-1e8c4d902b00';

export const derivedId = (ownerId: string, part: string): string => uuidv5(`${ownerId}/${part}`, NAMESPACE);

/** The name of the platform's taxonomy of social services: areas with their service types below. */
export const TAXONOMY_NAME = 'kooperacja-uslugi-spoleczne';
export const TAXONOMY_ID = uuidv5(`taxonomy/${TAXONOMY_NAME}`, NAMESPACE);

/** How a service area and a location name their TERYT (TERC) unit. */
export const TERYT_TYPE = 'TERYT';
export const TERYT_EXTENT_TYPE = 'teryt';

export const locationIdOf = (institutionId: string) => derivedId(institutionId, 'location');
