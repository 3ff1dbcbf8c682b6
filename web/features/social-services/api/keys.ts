/** Query keys of the catalogue and the offerings: a change invalidates its whole family. */
export const catalogueKeys = {
  areas: ['social-services', 'areas'] as const,
  types: ['social-services', 'types'] as const,
  qualifications: ['social-services', 'qualifications'] as const,
  offerings: ['social-services', 'offerings'] as const,
};
