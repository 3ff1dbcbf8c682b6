import { z } from 'zod';
import { commissioningPlanStates, institutionTypes } from '../enums';
import { pageOf, pageQuery } from './pagination';
import { moneyText } from './partnership-budget';
import { optionalText, requiredText } from './partnerships';

/**
 * The training and advisory programme for JSTs (model C, seed 003): participating gminas and
 * powiats, their people, 4-day trainings with attendance, advisory hours against the minimum,
 * 1-day study visits to PES, and the JST's commissioning plan as the outcome.
 *
 * The rules below quote the seed (`shared/seeds/003_*.txt`):
 *
 * > objętych ma zostać 580 jednostek samorządu terytorialnego, czyli co najmniej 1160 osób z 16
 * > województw.
 *
 * > W ramach programu zaplanowano 4-dniowe szkolenia, w tym dwa dni zajęć praktycznych.
 * > (Szkolenia zostaną przeprowadzone w formie zdalnej), min. 5 godzin doradztwa dla każdego JST,
 * > 1-dniowe wizyty studyjne w podmiotach ekonomii społecznej realizujących usługi społeczne
 * > użyteczności publicznej.
 *
 * > [Projekt jest skierowany] w pierwszej kolejności do tych JST, które w najmniejszym stopniu
 * > zlecają i powierzają realizację usług społecznych użyteczności publicznej podmiotom ekonomii
 * > społecznej.
 *
 * > W efekcie każda JST zostanie opracowany plan zwiększenia liczby zleconych usług społecznych
 * > użyteczności publicznej podmiotom ekonomii społecznej, obejmujący co najmniej perspektywę
 * > 1 roku budżetowego.
 */
export const programmeRules = {
  /** "580 jednostek samorządu terytorialnego": the default target of JSTs. */
  targetJsts: 580,
  /** "czyli co najmniej 1160 osób": 1160 / 580, so at least two people per JST. */
  minPeoplePerJst: 2,
  /** "4-dniowe szkolenia". */
  trainingDays: 4,
  /** "w tym dwa dni zajęć praktycznych". */
  practicalDays: 2,
  /** "min. 5 godzin doradztwa dla każdego JST", kept in minutes so quarter hours add up exactly. */
  advisoryMinimumMinutes: 5 * 60,
  /** "1-dniowe wizyty studyjne": a visit is one date. */
  studyVisitDays: 1,
  /** "z 16 województw": progress is shown for every voivodeship, zeros included. */
  voivodeships: 16,
} as const;

/**
 * The 16 voivodeships by TERC code (fixed by the 1998 reform), so the progress table lists each
 * even where no JST is enrolled yet.
 */
export const voivodeshipCodes = [
  '02',
  '04',
  '06',
  '08',
  '10',
  '12',
  '14',
  '16',
  '18',
  '20',
  '22',
  '24',
  '26',
  '28',
  '30',
  '32',
] as const;

/** Who takes part: a gmina or powiat office (the seed's "JST szczebla gminnego, powiatowego"). */
export const participatingJstTypes = [
  'jstGmina',
  'jstPowiat',
] as const satisfies readonly (typeof institutionTypes)[number][];

/** Where a study visit goes: a social economy entity of the registry. */
export const studyVisitHostTypes = [
  'pes',
  'cis',
  'kis',
  'ngo',
] as const satisfies readonly (typeof institutionTypes)[number][];

/** A baseline in the recruitment form: counts and amounts in grosze, from the JST's plan or declared. */
export interface Baseline {
  pesCount: number;
  pesValue: number;
  totalCount: number;
  totalValue: number;
}

/**
 * The recruitment priority ("w pierwszej kolejności … JST, które w najmniejszym stopniu zlecają"):
 * the score is the PES share of the value of services the JST commissioned in the base year, in
 * per mille (0 when it commissioned nothing at all), and JSTs are recruited from the lowest score
 * up. The seed names no threshold, so the flag marks the clearest case of "the least": a JST that
 * commissioned no service to a PES in the base year.
 */
export function recruitmentPriority(baseline: Baseline): { score: number; priority: boolean } {
  const score =
    baseline.totalValue > 0
      ? Math.round((1000 * baseline.pesValue) / baseline.totalValue)
      : baseline.totalCount > 0
        ? Math.round((1000 * baseline.pesCount) / baseline.totalCount)
        : 0;
  return { score: Math.min(score, 1000), priority: baseline.pesCount === 0 };
}

/** A person completes the training by attending every one of its 4 days, both practical days included. */
export const completedTraining = (attendance: readonly (boolean | null)[]): boolean =>
  attendance.length === programmeRules.trainingDays && attendance.every((day) => day === true);

/** A JST is trained once at least two of its people (the seed's minimum) completed the training. */
export const jstTrained = (completedPeople: number): boolean =>
  completedPeople >= programmeRules.minPeoplePerJst;

const version = z.number().int().min(1);
const isoDate = z.iso.date({ message: 'field.date' });
const count = z
  .number({ message: 'trainingProgramme.count' })
  .int({ message: 'trainingProgramme.count' })
  .min(0, { message: 'trainingProgramme.count' })
  .max(1_000_000, { message: 'trainingProgramme.count' });
export const programmeParams = z.object({ id: z.string() });
export const participantParams = z.object({ id: z.string(), participantId: z.string() });
export const editionParams = z.object({ id: z.string(), editionId: z.string() });
export const sessionParams = z.object({ id: z.string(), sessionId: z.string() });

export const createProgrammeBody = z
  .strictObject({
    name: requiredText(300),
    startsOn: isoDate,
    endsOn: isoDate,
    /** The designated institution that runs it; none: the platform administrator runs it. */
    operatorInstitutionId: z.uuid({ message: 'field.required' }).nullable().optional(),
    targetJsts: count.default(programmeRules.targetJsts),
    targetPeople: count.default(programmeRules.targetJsts * programmeRules.minPeoplePerJst),
  })
  .superRefine((p, ctx) => {
    if (p.endsOn < p.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'field.dateOrder' });
    if (p.targetPeople < p.targetJsts * programmeRules.minPeoplePerJst)
      ctx.addIssue({
        code: 'custom',
        path: ['targetPeople'],
        message: 'trainingProgramme.targetPeopleTooLow',
      });
  });
export type CreateProgrammeInput = z.input<typeof createProgrammeBody>;

export const listProgrammesQuery = z.object({ q: z.string().trim().max(200).optional(), ...pageQuery });
export type ListProgrammesQuery = z.infer<typeof listProgrammesQuery>;

const ref = z.object({ id: z.string(), name: z.string() });

export const programmeAbilities = z.object({ manage: z.boolean() });

export const programmeSummaryView = z.object({
  id: z.string(),
  name: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  operator: ref.nullable(),
  targetJsts: z.number().int(),
  targetPeople: z.number().int(),
  enrolledJsts: z.number().int(),
  version: z.number().int(),
});
export type ProgrammeSummaryView = z.infer<typeof programmeSummaryView>;

export const programmeView = programmeSummaryView.extend({
  abilities: programmeAbilities,
  /** The actor's own JSTs taking part, so a JST official goes straight to its participation. */
  ownParticipantIds: z.array(z.string()),
});
export type ProgrammeView = z.infer<typeof programmeView>;

export const programmeListResponse = pageOf(programmeSummaryView).extend({ canCreate: z.boolean() });
export type ProgrammeListResponse = z.infer<typeof programmeListResponse>;

/** One person of a JST: a platform user of that JST, or a name and position. */
export const personInput = z.strictObject({
  /** Kept when an existing person is sent back with the list, so attendance stays theirs. */
  id: z.uuid().optional(),
  userId: z.uuid({ message: 'field.required' }).nullable().optional(),
  name: requiredText(200),
  position: requiredText(200),
});
export type PersonInput = z.input<typeof personInput>;

/** "co najmniej 1160 osób" for 580 JSTs: fewer than two people is refused, naming `people`. */
const people = z
  .array(personInput)
  .max(50, { message: 'field.tooMany' })
  .refine((list) => list.length >= programmeRules.minPeoplePerJst, {
    message: 'trainingProgramme.tooFewPeople',
  });

const baselineFields = {
  baseYear: z.number().int().min(2000).max(2100).optional(),
  baselinePesCount: count.optional(),
  baselinePesValue: moneyText.optional(),
  baselineTotalCount: count.optional(),
  baselineTotalValue: moneyText.optional(),
};

/**
 * Enrolling a JST: its people (at least two) and, unless its commissioning plan already carries
 * one, the baseline the priority is computed from.
 */
export const enrolBody = z.strictObject({
  jstInstitutionId: z.uuid({ message: 'field.required' }),
  people,
  ...baselineFields,
});
export type EnrolInput = z.input<typeof enrolBody>;

export const updatePeopleBody = z.strictObject({ version, people });
export type UpdatePeopleInput = z.input<typeof updatePeopleBody>;

export const linkOutcomeBody = z.strictObject({
  version,
  commissioningPlanId: z.uuid({ message: 'field.required' }).nullable(),
});
export type LinkOutcomeInput = z.input<typeof linkOutcomeBody>;

export const listParticipantsQuery = z.object({
  q: z.string().trim().max(200).optional(),
  voivodeship: z.enum(voivodeshipCodes).optional(),
  priority: z.enum(['yes', 'no']).optional(),
  minimumMet: z.enum(['yes', 'no']).optional(),
  ...pageQuery,
});
export type ListParticipantsQuery = z.infer<typeof listParticipantsQuery>;

export const personView = z.object({
  id: z.string(),
  userId: z.string().nullable(),
  name: z.string(),
  position: z.string(),
  completed: z.boolean(),
});
export type PersonView = z.infer<typeof personView>;

export const outcomeView = z.object({
  planId: z.string(),
  title: z.string(),
  state: z.enum(commissioningPlanStates),
  startsOn: z.string(),
  endsOn: z.string(),
  resolutionNumber: z.string().nullable(),
});
export type OutcomeView = z.infer<typeof outcomeView>;

export const participantSummaryView = z.object({
  id: z.string(),
  jst: z.object({
    id: z.string(),
    name: z.string(),
    type: z.enum(institutionTypes),
    territoryCode: z.string(),
    voivodeshipCode: z.string(),
    voivodeshipName: z.string().nullable(),
  }),
  peopleCount: z.number().int(),
  people: z.array(personView),
  completedPeople: z.number().int(),
  trained: z.boolean(),
  advisoryMinutes: z.number().int(),
  minimumMet: z.boolean(),
  priority: z.boolean(),
  priorityScore: z.number().int(),
  outcome: outcomeView.nullable(),
  version: z.number().int(),
});
export type ParticipantSummaryView = z.infer<typeof participantSummaryView>;

export const participantListResponse = pageOf(participantSummaryView);
export type ParticipantListResponse = z.infer<typeof participantListResponse>;

export const participantView = participantSummaryView.extend({
  baseline: z.object({
    source: z.enum(['plan', 'declared']),
    baseYear: z.number().int().nullable(),
    pesCount: z.number().int(),
    pesValue: z.number().int(),
    totalCount: z.number().int(),
    totalValue: z.number().int(),
  }),
  /** The JST's adopted plans the outcome may be linked to (managers only; empty otherwise). */
  planCandidates: z.array(outcomeView),
  abilities: programmeAbilities,
});
export type ParticipantView = z.infer<typeof participantView>;

export const jstStaffQuery = z.object({ jstInstitutionId: z.uuid({ message: 'field.required' }) });
export const jstStaffResponse = z.object({
  items: z.array(z.object({ id: z.string(), displayName: z.string(), email: z.string() })),
});

/** A day of an edition: its date, whether it is a practical day, and whether it is held remotely. */
export const trainingDayInput = z.strictObject({
  date: isoDate,
  practical: z.boolean(),
  remote: z.boolean().default(true),
});

export const createEditionBody = z
  .strictObject({
    title: requiredText(200),
    days: z.array(trainingDayInput),
    personIds: z.array(z.uuid({ message: 'field.required' })).max(200, { message: 'field.tooMany' }),
  })
  .superRefine((edition, ctx) => {
    if (edition.days.length !== programmeRules.trainingDays)
      ctx.addIssue({ code: 'custom', path: ['days'], message: 'trainingProgramme.fourDays' });
    else if (edition.days.filter((d) => d.practical).length !== programmeRules.practicalDays)
      ctx.addIssue({ code: 'custom', path: ['days'], message: 'trainingProgramme.twoPracticalDays' });
    edition.days.forEach((day, index) => {
      if (index > 0 && day.date <= edition.days[index - 1]!.date)
        ctx.addIssue({
          code: 'custom',
          path: ['days', index, 'date'],
          message: 'trainingProgramme.dayOrder',
        });
    });
    if (new Set(edition.personIds).size !== edition.personIds.length)
      ctx.addIssue({ code: 'custom', path: ['personIds'], message: 'trainingProgramme.personDuplicate' });
  });
export type CreateEditionInput = z.input<typeof createEditionBody>;

export const attendanceBody = z.strictObject({
  version,
  entries: z
    .array(
      z.strictObject({
        personId: z.uuid({ message: 'field.required' }),
        days: z.array(z.boolean().nullable()).length(programmeRules.trainingDays, {
          message: 'trainingProgramme.fourDays',
        }),
      }),
    )
    .max(200, { message: 'field.tooMany' }),
});
export type AttendanceInput = z.input<typeof attendanceBody>;

export const editionMemberView = z.object({
  personId: z.string(),
  name: z.string(),
  position: z.string(),
  jst: ref,
  days: z.array(z.boolean().nullable()),
  completed: z.boolean(),
});

export const editionView = z.object({
  id: z.string(),
  title: z.string(),
  days: z.array(z.object({ date: z.string(), practical: z.boolean(), remote: z.boolean() })),
  members: z.array(editionMemberView),
  completedCount: z.number().int(),
  version: z.number().int(),
});
export type EditionView = z.infer<typeof editionView>;
export const editionListResponse = z.object({ items: z.array(editionView) });
export type EditionListResponse = z.infer<typeof editionListResponse>;

/** Hours of advisory, in quarter hours: more than zero, at most a working day. */
const hours = z
  .number({ message: 'trainingProgramme.hours' })
  .gt(0, { message: 'trainingProgramme.hours' })
  .max(12, { message: 'trainingProgramme.hours' })
  .refine((h) => Number.isInteger(h * 4), { message: 'trainingProgramme.hoursQuarter' });

export const createAdvisoryBody = z.strictObject({
  participantId: z.uuid({ message: 'field.required' }),
  heldOn: isoDate,
  hours,
  topic: requiredText(300),
  adviser: requiredText(200),
  remote: z.boolean().default(false),
});
export type CreateAdvisoryInput = z.input<typeof createAdvisoryBody>;

export const removeAdvisoryQuery = z.object({ version: z.coerce.number().int().min(1) });

export const listAdvisoryQuery = z.object({ participantId: z.uuid().optional() });

export const advisoryView = z.object({
  id: z.string(),
  participant: z.object({ id: z.string(), jstName: z.string() }),
  heldOn: z.string(),
  minutes: z.number().int(),
  topic: z.string(),
  adviser: z.string(),
  remote: z.boolean(),
  version: z.number().int(),
});
export type AdvisoryView = z.infer<typeof advisoryView>;
export const advisoryListResponse = z.object({ items: z.array(advisoryView) });
export type AdvisoryListResponse = z.infer<typeof advisoryListResponse>;

export const createStudyVisitBody = z.strictObject({
  visitedOn: isoDate,
  hostInstitutionId: z.uuid({ message: 'field.required' }),
  participantIds: z
    .array(z.uuid({ message: 'field.required' }))
    .min(1, { message: 'trainingProgramme.visitNeedsJst' })
    .max(100, { message: 'field.tooMany' })
    .refine((ids) => new Set(ids).size === ids.length, { message: 'trainingProgramme.jstDuplicate' }),
  notes: optionalText(2000),
});
export type CreateStudyVisitInput = z.input<typeof createStudyVisitBody>;

export const studyVisitView = z.object({
  id: z.string(),
  visitedOn: z.string(),
  host: ref,
  participants: z.array(z.object({ id: z.string(), jstName: z.string() })),
  notes: z.string().nullable(),
  done: z.boolean(),
  version: z.number().int(),
});
export type StudyVisitView = z.infer<typeof studyVisitView>;
export const studyVisitListResponse = z.object({ items: z.array(studyVisitView) });
export type StudyVisitListResponse = z.infer<typeof studyVisitListResponse>;

export const progressRow = z.object({
  voivodeshipCode: z.string(),
  voivodeshipName: z.string(),
  enrolled: z.number().int(),
  priority: z.number().int(),
  trained: z.number().int(),
  advisoryMinimumMet: z.number().int(),
  visitsDone: z.number().int(),
  plansAdopted: z.number().int(),
});
export type ProgressRow = z.infer<typeof progressRow>;
export const progressView = z.object({
  rows: z.array(progressRow),
  total: progressRow.omit({ voivodeshipCode: true, voivodeshipName: true }),
  targetJsts: z.number().int(),
});
export type ProgressView = z.infer<typeof progressView>;
