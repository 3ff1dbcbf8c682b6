import { checkFounders, foundingRules, type InitiativeView } from '../../../common/contracts/pes-initiatives';
import type { TerritorialUnitSummary } from '../../../common/contracts/territory';
import type { Actor } from '../../platform/authz';
import type { PlannedCommissionRef } from '../commissioning';
import { initiativeAbilities } from './initiative.policy';
import type { InitiativeRow } from './initiative.repository';

/** The names an initiative's view shows for the ids it keeps. */
export interface InitiativeRefs {
  institutions: Map<string, { id: string; name: string }>;
  serviceTypes: Map<string, { id: string; name: string }>;
  units: Map<string, TerritorialUnitSummary>;
  commissions: Map<string, PlannedCommissionRef>;
}

function plannedFor(refs: InitiativeRefs, id: string | null): InitiativeView['plannedFor'] {
  const c = id ? refs.commissions.get(id) : undefined;
  if (!c) return null;
  return {
    commissionId: c.id,
    planId: c.planId,
    planTitle: c.planTitle,
    planState: c.planState,
    serviceType: { id: c.serviceTypeId, name: refs.serviceTypes.get(c.serviceTypeId)?.name ?? '' },
    mode: c.mode,
    year: c.year,
    quarter: c.quarter,
    budget: c.budget,
  };
}

const ref = (refs: InitiativeRefs, id: string) => {
  const found = refs.institutions.get(id);
  return { id, name: found?.name ?? '' };
};

export function presentInitiative(
  row: InitiativeRow,
  refs: InitiativeRefs,
  actor: Actor | null,
  withFounders: boolean,
): InitiativeView {
  const rule = foundingRules[row.legalForm];
  return {
    id: row.id,
    name: row.name,
    legalForm: row.legalForm,
    state: row.state,
    jst: ref(refs, row.jstInstitutionId),
    owes: ref(refs, row.owesInstitutionId),
    pup: row.pupInstitutionId ? ref(refs, row.pupInstitutionId) : null,
    territory: refs.units.get(row.territoryCode)!,
    serviceTypes: row.serviceTypeIds.map((id) => ({ id, name: refs.serviceTypes.get(id)?.name ?? '' })),
    plannedFor: plannedFor(refs, row.plannedCommissionId),
    plannedCommission: row.plannedCommission,
    founders: withFounders ? row.founders : null,
    foundersCheck: {
      ...checkFounders(row.legalForm, row.founders),
      minimumPersons: rule.minimumPersons,
      minimumLegalPersons: rule.minimumLegalPersons,
      legalBasis: rule.legalBasis,
    },
    steps: row.steps,
    support: row.support.map(({ institutionId, ...s }) => ({ ...s, institution: ref(refs, institutionId) })),
    statuteAdoptedOn: row.statuteAdoptedOn,
    krsAppliedOn: row.krsAppliedOn,
    krsNumber: row.krsNumber,
    registeredOn: row.registeredOn,
    abandonReason: row.abandonReason,
    registeredInstitution: row.registeredInstitutionId ? ref(refs, row.registeredInstitutionId) : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
    abilities: initiativeAbilities(actor, row),
  };
}
