import { advanceInitiative, createInitiative } from '../modules/pes-initiatives';
import { type DemoSeed, dayFrom, serviceTypeId } from './demo-context';

/**
 * An initiative group (sphere 2 of seed 001) founding a social cooperative to deliver the home
 * care the gmina's adopted plan commissions next year: led by the OWES with the PUP, five founders
 * (the legal minimum, named by first name and initial), trainings done and a workshop ahead, the
 * OWES's advice and training recorded as support, and the group preparing its statute.
 */

export const demoInitiativeName = 'Spółdzielnia Socjalna Opiekuńczy Janów (w organizacji, demo)';

export async function seedDemoInitiative(demo: DemoSeed, homeCareCommissionId: string): Promise<void> {
  const { today } = demo;
  const owes = demo.as('owes.doradca@demo.kooperacja.example');
  const created = await createInitiative(owes, {
    name: demoInitiativeName,
    legalForm: 'socialCooperative',
    jstInstitutionId: demo.institution('gmina'),
    owesInstitutionId: demo.institution('owes'),
    pupInstitutionId: demo.institution('pup'),
    serviceTypeIds: [await serviceTypeId(owes, 'uslugi-opiekuncze')],
    plannedCommissionId: homeCareCommissionId,
    founders: ['Katarzyna M.', 'Grażyna P.', 'Beata S.', 'Stanisław R.', 'Wiesława T.'].map((name, n) => ({
      kind: 'person' as const,
      name,
      role: n === 0 ? 'Liderka grupy' : null,
    })),
    steps: [
      {
        kind: 'recruitment',
        title: 'Nabór osób do grupy inicjatywnej',
        date: dayFrom(today, -70),
        status: 'done',
      },
      {
        kind: 'training',
        title: 'Szkolenie: prowadzenie spółdzielni socjalnej',
        date: dayFrom(today, -35),
        status: 'done',
      },
      {
        kind: 'workshop',
        title: 'Warsztat: biznesplan i statut spółdzielni',
        date: dayFrom(today, 10),
        status: 'planned',
      },
    ],
    support: [
      {
        kind: 'advice',
        institutionId: demo.institution('owes'),
        date: dayFrom(today, -60),
        note: 'Doradztwo kluczowe: forma prawna i model usług opiekuńczych.',
      },
      {
        kind: 'training',
        institutionId: demo.institution('owes'),
        date: dayFrom(today, -35),
        note: 'Szkolenie dla założycieli (16 godz.).',
      },
    ],
  });
  await advanceInitiative(owes, created.id, { version: created.version });
}
