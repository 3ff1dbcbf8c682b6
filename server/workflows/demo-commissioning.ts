import {
  adoptPlan,
  createCommission,
  createContract,
  createPlan,
  createReview,
} from '../modules/commissioning';
import {
  confirmAssessment,
  saveSelfAssessment,
  startAssessment,
  submitAssessment,
} from '../modules/provider-readiness';
import { type DemoSeed, dayFrom, serviceTypeId } from './demo-context';

/**
 * The gmina's commissioning plan (seed 003, sphere 3 of seed 001), built through the modules' own
 * use cases: adopted by the council's resolution for the budget year of seeding and the next, with
 * its baseline, targets and three commissions of catalogue services; the association confirmed
 * ready by the OWES for the service it already offers, its contract for that commission, and the
 * MGOPS's quality visit. The association, not the cooperative, is the contractor: the cooperative's
 * own readiness list is where a person trying the app starts an assessment from nothing.
 */

export const demoPlanTitle = (year: number) =>
  `Plan zwiększenia udziału PES w realizacji usług społecznych Gminy Janów Lubelski na lata ${year}–${year + 1}`;

/** The service the association is confirmed ready for and contracted to deliver. */
export const demoContractedService = 'specjalistyczne-uslugi-opiekuncze-zaburzenia-psychiczne';

export interface DemoCommissioning {
  planId: string;
  /** The commission a new social cooperative (the demo's initiative group) prepares for. */
  homeCareCommissionId: string;
}

/** The association's self-assessment by its coordinator, then the OWES's confirmation for a year. */
async function confirmAssociationReady(demo: DemoSeed, typeId: string) {
  const provider = demo.as('ngo.koordynator@demo.kooperacja.example');
  const draft = await startAssessment(provider, {
    institutionId: demo.institution('ngo'),
    serviceTypeId: typeId,
  });
  const saved = await saveSelfAssessment(provider, draft.id, {
    version: draft.version,
    items: draft.items.map((item) => ({
      key: item.key,
      met: true,
      evidence:
        item.source === 'qualification'
          ? 'Umowy o pracę i dyplomy w aktach osobowych'
          : 'Regulamin świadczenia usług i procedury w siedzibie stowarzyszenia',
      staffCount: item.source === 'qualification' ? 2 : null,
    })),
  });
  const submitted = await submitAssessment(provider, draft.id, { version: saved.version });
  await confirmAssessment(demo.as('owes.doradca@demo.kooperacja.example'), draft.id, {
    version: submitted.version,
    items: submitted.items.map((item) => ({ key: item.key, verdict: 'met' })),
    validFrom: dayFrom(demo.today, 0),
    validUntil: dayFrom(demo.today, 365),
    comment: 'Wizyta w siedzibie stowarzyszenia; dokumentacja kompletna.',
  });
}

export async function seedDemoCommissioning(demo: DemoSeed): Promise<DemoCommissioning> {
  const official = demo.as('gmina.urzednik@demo.kooperacja.example');
  const year = Number(dayFrom(demo.today, 0).slice(0, 4));
  const draft = await createPlan(official, {
    jstInstitutionId: demo.institution('gmina'),
    title: demoPlanTitle(year),
    startsOn: `${year}-01-01`,
    endsOn: `${year + 1}-12-31`,
    baseYear: year - 1,
    baselinePesCount: 1,
    baselinePesValue: '84 000,00',
    baselineTotalCount: 7,
    baselineTotalValue: '612 000,00',
    targets: [
      { year, count: 2, value: '190 000', sharePercent: 28 },
      { year: year + 1, count: 3, value: '320 000', sharePercent: 40 },
    ],
    strategicDocumentKind: 'socialProblemsStrategy',
    strategicDocumentName:
      'Strategia rozwiązywania problemów społecznych Gminy Janów Lubelski na lata 2021–2030',
    strategicDocumentNumber: 'XXIV/182/2021',
  });
  const planId = draft.row.id;
  const contracted = await serviceTypeId(official, demoContractedService);
  const homeCare = await serviceTypeId(official, 'uslugi-opiekuncze');
  await createCommission(official, planId, {
    serviceTypeId: contracted,
    mode: 'openCall',
    year,
    quarter: 1,
    budget: '96 000',
    description: 'Usługi dla 8 osób z zaburzeniami psychicznymi, w tym trening umiejętności społecznych.',
    expectedContractorIds: [demo.institution('ngo')],
  });
  await createCommission(official, planId, {
    serviceTypeId: await serviceTypeId(official, 'posilek'),
    mode: 'reservedContract',
    year: year + 1,
    quarter: 1,
    budget: '140 000',
    description: 'Gorący posiłek z dowozem dla osób skierowanych przez MGOPS.',
    expectedContractorIds: [demo.institution('cooperative')],
  });
  const withCommissions = await createCommission(official, planId, {
    serviceTypeId: homeCare,
    mode: 'openCall',
    year: year + 1,
    quarter: 2,
    budget: '180 000',
    description: 'Usługi opiekuńcze w miejscu zamieszkania dla 20 osób starszych z terenów wiejskich gminy.',
  });
  const adopted = await adoptPlan(official, planId, {
    version: withCommissions.row.version,
    resolutionNumber: `XV/118/${year - 1}`,
    resolutionDate: `${year - 1}-12-18`,
  });
  const commissionOf = (typeId: string) => adopted.commissions.find((c) => c.serviceTypeId === typeId)!;

  // Only a provider confirmed ready may be commissioned (sphere 3): the OWES confirms first.
  await confirmAssociationReady(demo, contracted);
  const withContract = await createContract(official, planId, {
    commissionId: commissionOf(contracted).id,
    contractorInstitutionId: demo.institution('ngo'),
    number: `UM/12/${year}`,
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
    value: '92 400',
    indicators: [
      { name: 'Liczba osób objętych usługami', unit: 'osoba', target: 8, actual: 7 },
      { name: 'Liczba godzin usług', unit: 'godz.', target: 2400, actual: 1650 },
    ],
  });
  const contract = withContract.contracts[0]!;
  const checklist = withContract.serviceTypes.get(contracted)?.checklist ?? [];
  await createReview(demo.as('ops.admin@demo.kooperacja.example'), planId, {
    contractId: contract.id,
    reviewerInstitutionId: demo.institution('ops'),
    kind: 'visit',
    // Three weeks before seeding, yet never before the contract began (a demo seeded in January).
    reviewedOn: [dayFrom(demo.today, -21), `${year}-01-01`].sort()[1]!,
    checklist: checklist.map((item, index) =>
      index === 0 && item.source === 'qualification'
        ? { answer: 'notMet', note: 'Brak zaświadczenia o kwalifikacjach jednej osoby z zespołu.' }
        : { answer: 'met' },
    ),
    findings: 'Usługi świadczone zgodnie z umową i harmonogramem; uczestnicy zadowoleni.',
    recommendations: 'Uzupełnić dokumentację kwalifikacji zespołu.',
    followUpOn: dayFrom(demo.today, 30),
    status: 'open',
  });
  return { planId, homeCareCommissionId: commissionOf(homeCare).id };
}
