/** Query keys of readiness: a change invalidates the assessments and the contractors' lists. */
export const readinessKeys = {
  all: ['provider-readiness'] as const,
  assessments: ['provider-readiness', 'assessments'] as const,
  assessment: (id: string) => ['provider-readiness', 'assessments', id] as const,
  contractors: ['provider-readiness', 'contractors'] as const,
};
