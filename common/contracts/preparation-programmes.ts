import { z } from 'zod';
import { institutionTypes } from '../enums';
import { tercCodeSchema } from './institutions';
import { pageOf, pageQuery } from './pagination';
import { territorialUnitSummary } from './territory';

/** A CIS programme and a KIS programme are separate kinds: the kind follows the running institution. */
export const programmeKinds = ['cis', 'kis'] as const;
export type ProgrammeKind = (typeof programmeKinds)[number];
export const programmeStates = ['planned', 'running', 'finished'] as const;
export type ProgrammeState = (typeof programmeStates)[number];
export const participantStates = ['enrolled', 'inProgress', 'graduated', 'droppedOut'] as const;
export type ParticipantState = (typeof participantStates)[number];
export const matchResults = ['pending', 'hired', 'notHired', 'withdrawn'] as const;
export type MatchResult = (typeof matchResults)[number];
/** Umowa o pracę, spółdzielcza umowa o pracę, umowa cywilnoprawna, other. */
export const contractTypes = ['employment', 'cooperativeEmployment', 'civilLaw', 'other'] as const;

const text = (max: number) => z.string().trim().max(max, { message: 'field.tooLong' });
const requiredText = (max: number) => text(max).min(1, { message: 'field.required', abort: true });
const required = {
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'field.required' : undefined),
};
const date = z.iso.date({ message: 'field.date' });
export const versionBody = z.strictObject({ version: z.number().int().min(1) });

/** A stage of the programme (a course, a workshop, an internship) with its planned hours. */
export const programmeModuleInput = z.strictObject({
  /** Kept when the module is edited, so participants' progress stays attached; new modules get one. */
  id: z.uuid().optional(),
  title: requiredText(200),
  plannedHours: z.number(required).int().min(1).max(2000),
});

const programmeFields = {
  title: requiredText(200),
  qualificationIds: z
    .array(z.uuid())
    .min(1, { message: 'preparationProgramme.qualificationsRequired' })
    .max(20),
  /** Declared, open staffing needs the programme prepares people for. */
  staffingNeedIds: z.array(z.uuid()).max(50),
  startsOn: date,
  endsOn: date,
  places: z.number(required).int().min(1).max(500),
  /** The gmina, powiat or voivodeship the programme recruits in and places graduates first. */
  territoryCode: tercCodeSchema,
  modules: z.array(programmeModuleInput).min(1, { message: 'preparationProgramme.modulesRequired' }).max(30),
};

const periodCheck = (
  p: { startsOn?: string | undefined; endsOn?: string | undefined },
  ctx: z.RefinementCtx,
) => {
  if (p.startsOn && p.endsOn && p.endsOn < p.startsOn)
    ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'preparationProgramme.endsBeforeStart' });
};

export const createProgrammeBody = z
  .strictObject({
    institutionId: z.uuid(required),
    ...programmeFields,
    staffingNeedIds: programmeFields.staffingNeedIds.default([]),
  })
  .superRefine(periodCheck);
export type CreateProgrammeInput = z.input<typeof createProgrammeBody>;

export const updateProgrammeBody = z
  .strictObject({ ...z.object(programmeFields).partial().shape, version: z.number().int().min(1) })
  .superRefine(periodCheck);
export type UpdateProgrammeInput = z.input<typeof updateProgrammeBody>;

/**
 * A CIS or KIS participant as the platform needs them, and no more: first name and the initial
 * of the surname ("Anna K."). Participants are people in social exclusion (homelessness,
 * addiction, long unemployment); their individual reintegration programme, full name and PESEL
 * stay in the CIS/KIS's own files under the act on social employment. The platform only needs to
 * tell them apart on a progress sheet and to name the candidate the provider will meet, so a
 * pseudonymous number would not do for the provider, and a full name would be more than needed.
 */
export const participantLabel = requiredText(60).regex(/^\p{L}[\p{L}' -]* \p{Lu}\.$/u, {
  message: 'preparationProgramme.participantLabelFormat',
});

export const enrollParticipantBody = z.strictObject({ label: participantLabel });
export type EnrollParticipantInput = z.input<typeof enrollParticipantBody>;

export const moduleProgressInput = z.strictObject({
  moduleId: z.uuid(required),
  hoursAttended: z.number(required).int().min(0).max(2000),
  completed: z.boolean().default(false),
});

export const updateParticipantBody = z.strictObject({
  label: participantLabel.optional(),
  progress: z.array(moduleProgressInput).max(30).optional(),
  version: z.number().int().min(1),
});
export type UpdateParticipantInput = z.input<typeof updateParticipantBody>;

/** Graduation: the qualification obtained (one the programme prepares for) and the exam date. */
export const graduateParticipantBody = z.strictObject({
  version: z.number().int().min(1),
  qualificationId: z.uuid(required),
  examPassedOn: date,
});
export type GraduateParticipantInput = z.input<typeof graduateParticipantBody>;

export const dropOutBody = z.strictObject({ version: z.number().int().min(1), reason: requiredText(500) });

export const createMatchBody = z.strictObject({ staffingNeedId: z.uuid(required) });
export type CreateMatchInput = z.input<typeof createMatchBody>;

/** The provider's answer: hired (from when, on what contract), not hired (why), or withdrawn. */
export const matchResultBody = z
  .strictObject({
    version: z.number().int().min(1),
    result: z.enum(['hired', 'notHired', 'withdrawn'], required),
    hiredFrom: date.optional(),
    contractType: z.enum(contractTypes).optional(),
    reason: text(500).optional(),
  })
  .superRefine((b, ctx) => {
    if (b.result === 'hired' && !b.hiredFrom)
      ctx.addIssue({ code: 'custom', path: ['hiredFrom'], message: 'field.required' });
    if (b.result === 'hired' && !b.contractType)
      ctx.addIssue({ code: 'custom', path: ['contractType'], message: 'field.required' });
    if (b.result !== 'hired' && !b.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'field.required' });
  });
export type MatchResultInput = z.input<typeof matchResultBody>;

const ref = z.object({ id: z.uuid(), name: z.string() });

export const matchView = z.object({
  id: z.uuid(),
  programme: z.object({ id: z.uuid(), title: z.string(), kind: z.enum(programmeKinds) }),
  institution: ref,
  participant: z.object({ id: z.uuid(), label: z.string() }),
  need: z.object({
    id: z.uuid(),
    position: z.string(),
    institution: ref,
    qualification: ref,
    headcount: z.number().int(),
    filled: z.number().int(),
    status: z.string(),
  }),
  result: z.enum(matchResults),
  hiredFrom: z.string().nullable(),
  contractType: z.enum(contractTypes).nullable(),
  reason: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
  abilities: z.object({ recordResult: z.boolean(), withdraw: z.boolean() }),
});
export type MatchView = z.infer<typeof matchView>;

export const participantView = z.object({
  id: z.uuid(),
  label: z.string(),
  state: z.enum(participantStates),
  progress: z.array(
    z.object({ moduleId: z.uuid(), hoursAttended: z.number().int(), completed: z.boolean() }),
  ),
  qualificationObtained: ref.nullable(),
  examPassedOn: z.string().nullable(),
  graduatedOn: z.string().nullable(),
  dropReason: z.string().nullable(),
  matches: z.array(matchView),
  version: z.number().int(),
  abilities: z.object({
    update: z.boolean(),
    graduate: z.boolean(),
    dropOut: z.boolean(),
    match: z.boolean(),
  }),
});
export type ParticipantView = z.infer<typeof participantView>;

export const programmeCounts = z.object({
  enrolled: z.number().int(),
  inProgress: z.number().int(),
  graduated: z.number().int(),
  droppedOut: z.number().int(),
  matched: z.number().int(),
  hired: z.number().int(),
});

export const programmeView = z.object({
  id: z.uuid(),
  institution: ref.extend({ type: z.enum(institutionTypes) }),
  kind: z.enum(programmeKinds),
  title: z.string(),
  qualifications: z.array(ref),
  staffingNeeds: z.array(
    z.object({
      id: z.uuid(),
      position: z.string(),
      institution: ref,
      qualification: ref,
      headcount: z.number().int(),
      filled: z.number().int(),
      status: z.string(),
    }),
  ),
  startsOn: z.string(),
  endsOn: z.string(),
  places: z.number().int(),
  territory: territorialUnitSummary,
  modules: z.array(z.object({ id: z.uuid(), title: z.string(), plannedHours: z.number().int() })),
  state: z.enum(programmeStates),
  counts: programmeCounts,
  /** Only for those who run the programme; everyone else reads the counts. */
  participants: z.array(participantView).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean(), advance: z.boolean(), enroll: z.boolean() }),
});
export type ProgrammeView = z.infer<typeof programmeView>;

export const listProgrammesQuery = z.strictObject({
  q: text(100).optional(),
  kind: z.enum(programmeKinds).optional(),
  state: z.enum([...programmeStates, 'all']).default('all'),
  qualificationId: z.uuid().optional(),
  institutionId: z.uuid().optional(),
  ...pageQuery,
});
export type ListProgrammesQuery = z.infer<typeof listProgrammesQuery>;

export const programmeListResponse = pageOf(programmeView).extend({
  /** The CIS and KIS the actor may run programmes for. */
  runFor: z.array(ref.extend({ type: z.enum(institutionTypes) })),
});
export type ProgrammeListResponse = z.infer<typeof programmeListResponse>;

/** An open need a graduate could fill: the qualification matches; the programme's territory first. */
export const matchProposal = z.object({
  id: z.uuid(),
  position: z.string(),
  institution: ref,
  qualification: ref,
  headcount: z.number().int(),
  filled: z.number().int(),
  neededFrom: z.string(),
  territory: z.object({ code: z.string(), name: z.string() }),
  inProgrammeTerritory: z.boolean(),
});
export const matchProposalsResponse = z.object({ items: z.array(matchProposal) });
export type MatchProposalsResponse = z.infer<typeof matchProposalsResponse>;

export const listMatchesQuery = z.strictObject({
  staffingNeedId: z.uuid().optional(),
  result: z.enum([...matchResults, 'all']).default('all'),
  ...pageQuery,
});
export type ListMatchesQuery = z.infer<typeof listMatchesQuery>;
export const matchListResponse = pageOf(matchView);
export type MatchListResponse = z.infer<typeof matchListResponse>;
