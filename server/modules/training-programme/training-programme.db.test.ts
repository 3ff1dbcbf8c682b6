import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AdvisoryView,
  EditionListResponse,
  EditionView,
  ParticipantListResponse,
  ParticipantView,
  ProgrammeListResponse,
  ProgrammeView,
  ProgressView,
  StudyVisitView,
} from '../../../common/contracts/training-programme';
import { buildPlan } from '../../../tests/support/factories/commissioning';
import { buildInstitution, JANOW } from '../../../tests/support/factories/institutions';
import { buildMember, buildUser, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import { auditRowsOf, fieldsOf } from '../../../tests/support/responses';
import { type Agent, createTestApp, type TestApp } from '../../../tests/support/test-app';

/** A gmina in the Masovian voivodeship (Warszawa's neighbour Piaseczno), for the progress by voivodeship. */
const PIASECZNO = '1418043';

let t: TestApp;
let admin: Agent;
let operatorManager: Agent;
let gminaOfficial: Agent;
let outsiderManager: Agent;
let gmina: { id: string };
let officialUserId: string;
let ngo: { id: string };
let pes: { id: string };
let ops: { id: string };
let planned: Awaited<ReturnType<typeof buildPlan>>;
let mazowiecka: { id: string };

const signIn = async (institutionId: string, role: Parameters<typeof buildMember>[2]) => {
  const member = await buildMember(t.ctx, institutionId, role);
  return { agent: await t.agent().signIn(member.email, DEFAULT_PASSWORD), userId: member.id };
};

beforeAll(async () => {
  t = await createTestApp();
  const adminUser = await buildUser(t.ctx, { isPlatformAdmin: true });
  admin = await t.agent().signIn(adminUser.email, DEFAULT_PASSWORD);
  const rops = await buildInstitution(t.ctx, { type: 'rops', territoryCode: JANOW.voivodeship });
  operatorManager = (await signIn(rops.id, 'manager')).agent;
  gmina = await buildInstitution(t.ctx, { type: 'jstGmina', name: 'Urząd Gminy Szkoleniowej' });
  const official = await signIn(gmina.id, 'official');
  gminaOfficial = official.agent;
  officialUserId = official.userId;
  ngo = await buildInstitution(t.ctx, { type: 'ngo' });
  pes = await buildInstitution(t.ctx, { type: 'pes', name: 'Spółdzielnia Socjalna Wizyta' });
  ops = await buildInstitution(t.ctx, { type: 'ops' });
  outsiderManager = (await signIn(ngo.id, 'manager')).agent;
  planned = await buildPlan(t.ctx, { adopted: true });
  mazowiecka = await buildInstitution(t.ctx, {
    type: 'jstGmina',
    name: 'Urząd Miasta i Gminy Piaseczno (test)',
    territoryCode: PIASECZNO,
    city: 'Piaseczno',
    postalCode: '05-500',
  });
});
afterAll(() => t.close());

let programme: ProgrammeView;
const base = () => `/api/training-programmes/${programme.id}`;

const twoPeople = () => [
  { userId: officialUserId, name: 'Anna Urzędniczka', position: 'Pełnomocnik ds. organizacji pozarządowych' },
  { name: 'Jan Skarbnik', position: 'Skarbnik gminy' },
];
const declaredBaseline = {
  baseYear: 2025,
  baselinePesCount: 0,
  baselinePesValue: '0',
  baselineTotalCount: 6,
  baselineTotalValue: '420 000',
};

describe('a programme and its recruitment', () => {
  it('only the platform administrator starts a programme, naming its operator', async () => {
    const body = {
      name: 'Nowa wiedza – zlecanie usług społecznych PES (test)',
      startsOn: '2026-01-01',
      endsOn: '2027-12-31',
      operatorInstitutionId: (await buildInstitution(t.ctx, { type: 'rops', territoryCode: '14' })).id,
    };
    expect((await operatorManager.post('/api/training-programmes', body)).statusCode).toBe(403);
    const created = await admin.post('/api/training-programmes', body);
    expect(created.statusCode).toBe(201);
    expect(created.json<ProgrammeView>()).toMatchObject({ targetJsts: 580, targetPeople: 1160 });
  });

  it("the operator's manager runs the programme the administrator designated it for", async () => {
    const list = await operatorManager.get('/api/training-programmes');
    expect(list.json<ProgrammeListResponse>().items).toHaveLength(0);
    const rops = await buildInstitution(t.ctx, { type: 'rops', territoryCode: JANOW.voivodeship });
    const manager = await signIn(rops.id, 'coordinator');
    operatorManager = manager.agent;
    const created = await admin.post('/api/training-programmes', {
      name: 'Program szkoleń lubelski (test)',
      startsOn: '2026-01-01',
      endsOn: '2027-12-31',
      operatorInstitutionId: rops.id,
    });
    programme = created.json<ProgrammeView>();
    const own = await operatorManager.get(base());
    expect(own.statusCode).toBe(200);
    expect(own.json<ProgrammeView>().abilities.manage).toBe(true);
  });

  it('refuses a people target below two per JST, naming the field', async () => {
    const response = await admin.post('/api/training-programmes', {
      name: 'Zbyt mało osób',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      targetJsts: 10,
      targetPeople: 15,
    });
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)).toHaveProperty('targetPeople');
  });

  it('refuses a JST with fewer than two people, naming `people`', async () => {
    const response = await operatorManager.post(`${base()}/participants`, {
      jstInstitutionId: gmina.id,
      people: [twoPeople()[0]],
      ...declaredBaseline,
    });
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)).toEqual({ people: expect.any(String) });
    expect(response.json<{ error: { fields: { message: string }[] } }>().error.fields[0]!.message).toContain(
      'co najmniej dwie osoby',
    );
  });

  it('refuses an institution that is not a gmina or powiat office, naming `jstInstitutionId`', async () => {
    const response = await operatorManager.post(`${base()}/participants`, {
      jstInstitutionId: ngo.id,
      people: twoPeople(),
      ...declaredBaseline,
    });
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)).toEqual({ jstInstitutionId: 'trainingProgramme.notJst' });
  });

  it("refuses a platform user who is not the JST's staff, and a JST without a baseline anywhere", async () => {
    const stranger = await buildUser(t.ctx);
    const notStaff = await operatorManager.post(`${base()}/participants`, {
      jstInstitutionId: gmina.id,
      people: [{ userId: stranger.id, name: 'Obcy', position: 'Nikt' }, twoPeople()[1]],
      ...declaredBaseline,
    });
    expect(fieldsOf(notStaff)).toEqual({ 'people.0.userId': 'trainingProgramme.notStaffOfJst' });
    const noBaseline = await operatorManager.post(`${base()}/participants`, {
      jstInstitutionId: gmina.id,
      people: twoPeople(),
    });
    expect(noBaseline.statusCode).toBe(400);
    expect(fieldsOf(noBaseline)).toHaveProperty('baselinePesCount', 'trainingProgramme.baselineRequired');
  });

  it('a non-manager cannot enrol: the JST official is refused (403) and another institution finds nothing (404)', async () => {
    const body = { jstInstitutionId: gmina.id, people: twoPeople(), ...declaredBaseline };
    expect((await gminaOfficial.post(`${base()}/participants`, body)).statusCode).toBe(403);
    expect((await outsiderManager.post(`${base()}/participants`, body)).statusCode).toBe(404);
    expect((await outsiderManager.get(base())).statusCode).toBe(404);
  });

  let gminaParticipant: ParticipantView;
  let plannedParticipant: ParticipantView;

  it('enrols a JST that commissions nothing to PES with priority, logged for the JST', async () => {
    const response = await operatorManager.post(`${base()}/participants`, {
      jstInstitutionId: gmina.id,
      people: twoPeople(),
      ...declaredBaseline,
    });
    expect(response.statusCode).toBe(201);
    gminaParticipant = response.json<ParticipantView>();
    expect(gminaParticipant).toMatchObject({
      priority: true,
      priorityScore: 0,
      peopleCount: 2,
      baseline: { source: 'declared', pesCount: 0, totalValue: 42_000_000 },
      jst: { voivodeshipCode: '06' },
      minimumMet: false,
    });
    expect(await auditRowsOf(t.database.db, gminaParticipant.id, 'trainingProgramme.enrol')).toHaveLength(1);
    const again = await operatorManager.post(`${base()}/participants`, {
      jstInstitutionId: gmina.id,
      people: twoPeople(),
      ...declaredBaseline,
    });
    expect(fieldsOf(again)).toEqual({ jstInstitutionId: 'trainingProgramme.alreadyEnrolled' });
  });

  it("takes the baseline from the JST's commissioning plan, and ranks the JSTs least commissioning first", async () => {
    const response = await operatorManager.post(`${base()}/participants`, {
      jstInstitutionId: planned.jstId,
      people: [
        { name: 'Ewa Sekretarz', position: 'Sekretarz gminy' },
        { name: 'Piotr Księgowy', position: 'Księgowy' },
      ],
    });
    expect(response.statusCode).toBe(201);
    plannedParticipant = response.json<ParticipantView>();
    // 120 000 of 800 000 zł commissioned to PES: 150 per mille, no priority flag.
    expect(plannedParticipant).toMatchObject({
      priority: false,
      priorityScore: 150,
      baseline: { source: 'plan', baseYear: 2025, pesCount: 2 },
    });
    const third = await operatorManager.post(`${base()}/participants`, {
      jstInstitutionId: mazowiecka.id,
      people: twoPeople().map((p) => ({ name: p.name, position: p.position })),
      ...declaredBaseline,
      baselinePesCount: 1,
      baselinePesValue: '21 000',
    });
    expect(third.json<ParticipantView>()).toMatchObject({ priority: false, priorityScore: 50 });
    const list = await operatorManager.get(`${base()}/participants`);
    expect(list.json<ParticipantListResponse>().items.map((p) => p.jst.id)).toEqual([
      gmina.id,
      mazowiecka.id,
      planned.jstId,
    ]);
    const priorityOnly = await operatorManager.get(`${base()}/participants?priority=yes`);
    expect(priorityOnly.json<ParticipantListResponse>().total).toBe(1);
    const mazowsze = await operatorManager.get(`${base()}/participants?voivodeship=14`);
    expect(mazowsze.json<ParticipantListResponse>().items.map((p) => p.jst.id)).toEqual([mazowiecka.id]);
  });

  it('keeps at least two people when the list is rewritten, at the version read', async () => {
    const [first, second] = gminaParticipant.people.map(({ completed: _, ...person }) => person);
    const tooFew = await operatorManager.put(`${base()}/participants/${gminaParticipant.id}/people`, {
      version: gminaParticipant.version,
      people: [first],
    });
    expect(fieldsOf(tooFew)).toEqual({ people: 'trainingProgramme.tooFewPeople' });
    const stale = await operatorManager.put(`${base()}/participants/${gminaParticipant.id}/people`, {
      version: gminaParticipant.version + 5,
      people: [first, second],
    });
    expect(stale.statusCode).toBe(409);
    const replaced = await operatorManager.put(`${base()}/participants/${gminaParticipant.id}/people`, {
      version: gminaParticipant.version,
      people: [
        { id: first!.id, userId: first!.userId, name: first!.name, position: first!.position },
        { id: second!.id, name: second!.name, position: 'Skarbnik Gminy' },
        { name: 'Maria Kierownik', position: 'Kierownik referatu zamówień publicznych' },
      ],
    });
    expect(replaced.statusCode).toBe(200);
    gminaParticipant = replaced.json<ParticipantView>();
    expect(gminaParticipant.people.map((p) => p.position)).toContain('Skarbnik Gminy');
    expect(gminaParticipant.peopleCount).toBe(3);
  });

  it("links only the JST's own adopted plan as its outcome", async () => {
    const foreign = await operatorManager.put(`${base()}/participants/${gminaParticipant.id}/outcome`, {
      version: gminaParticipant.version,
      commissioningPlanId: planned.id,
    });
    expect(fieldsOf(foreign)).toEqual({ commissioningPlanId: 'trainingProgramme.planNotAdoptedOfJst' });
    expect(plannedParticipant.planCandidates.map((p) => p.planId)).toEqual([planned.id]);
    const linked = await operatorManager.put(`${base()}/participants/${plannedParticipant.id}/outcome`, {
      version: plannedParticipant.version,
      commissioningPlanId: planned.id,
    });
    expect(linked.statusCode).toBe(200);
    expect(linked.json<ParticipantView>().outcome).toMatchObject({ planId: planned.id, state: 'adopted' });
  });

  describe('trainings, attendance and completion', () => {
    let edition: EditionView;
    const days = [
      { date: '2026-03-02', practical: false, remote: true },
      { date: '2026-03-03', practical: false, remote: true },
      { date: '2026-03-09', practical: true, remote: true },
      { date: '2026-03-10', practical: true, remote: true },
    ];

    it('an edition has exactly 4 days, 2 of them practical', async () => {
      const personIds = gminaParticipant.people.map((p) => p.id);
      const three = await operatorManager.post(`${base()}/editions`, {
        title: 'Edycja 1',
        days: days.slice(0, 3),
        personIds,
      });
      expect(fieldsOf(three)).toEqual({ days: 'trainingProgramme.fourDays' });
      const onePractical = await operatorManager.post(`${base()}/editions`, {
        title: 'Edycja 1',
        days: days.map((d, i) => ({ ...d, practical: i === 3 })),
        personIds,
      });
      expect(fieldsOf(onePractical)).toEqual({ days: 'trainingProgramme.twoPracticalDays' });
      const created = await operatorManager.post(`${base()}/editions`, {
        title: 'Edycja 1 – marzec',
        days,
        personIds,
      });
      expect(created.statusCode).toBe(201);
      edition = created.json<EditionView>();
      expect(edition.members).toHaveLength(3);
    });

    it('refuses attendance for someone not in the edition, naming the entry', async () => {
      const outsider = plannedParticipant.people[0]!.id;
      const response = await operatorManager.put(`${base()}/editions/${edition.id}/attendance`, {
        version: edition.version,
        entries: [
          { personId: edition.members[0]!.personId, days: [true, true, true, true] },
          { personId: outsider, days: [true, true, true, true] },
        ],
      });
      expect(response.statusCode).toBe(400);
      expect(fieldsOf(response)).toEqual({ 'entries.1.personId': 'trainingProgramme.personNotInEdition' });
    });

    it('a person completes by attending all 4 days; two completed make the JST trained', async () => {
      const [a, b, c] = edition.members;
      const response = await operatorManager.put(`${base()}/editions/${edition.id}/attendance`, {
        version: edition.version,
        entries: [
          { personId: a!.personId, days: [true, true, true, true] },
          { personId: b!.personId, days: [true, true, true, true] },
          { personId: c!.personId, days: [true, true, false, true] },
        ],
      });
      expect(response.statusCode).toBe(200);
      edition = response.json<EditionView>();
      expect(edition.members.map((m) => m.completed)).toEqual([true, true, false]);
      const stale = await operatorManager.put(`${base()}/editions/${edition.id}/attendance`, {
        version: edition.version - 1,
        entries: [],
      });
      expect(stale.statusCode).toBe(409);
      const participant = await operatorManager.get(`${base()}/participants/${gminaParticipant.id}`);
      expect(participant.json<ParticipantView>()).toMatchObject({ completedPeople: 2, trained: true });
    });

    it('answers the attendance list as a PDF', async () => {
      const pdf = await operatorManager.get(`${base()}/editions/${edition.id}/attendance.pdf`);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toContain('application/pdf');
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    });
  });

  describe('advisory against the 5-hour minimum', () => {
    let first: AdvisoryView;

    it('refuses hours of zero or less, naming `hours`', async () => {
      for (const hours of [0, -2]) {
        const response = await operatorManager.post(`${base()}/advisory`, {
          participantId: gminaParticipant.id,
          heldOn: '2026-04-01',
          hours,
          topic: 'Tryby zlecania usług',
          adviser: 'Dorota Doradczyni',
        });
        expect(response.statusCode).toBe(400);
        expect(fieldsOf(response)).toEqual({ hours: 'trainingProgramme.hours' });
      }
    });

    it('sums the sessions per JST and tells who is below the minimum', async () => {
      const record = (hours: number, topic: string) =>
        operatorManager.post(`${base()}/advisory`, {
          participantId: gminaParticipant.id,
          heldOn: '2026-04-01',
          hours,
          topic,
          adviser: 'Dorota Doradczyni',
        });
      const one = await record(3, 'Klauzule społeczne w zamówieniach');
      expect(one.statusCode).toBe(201);
      first = one.json<AdvisoryView>();
      expect(first.minutes).toBe(180);
      await record(2.5, 'Plan zlecania usług');
      const met = await operatorManager.get(`${base()}/participants?minimumMet=yes`);
      expect(met.json<ParticipantListResponse>().items.map((p) => [p.jst.id, p.advisoryMinutes])).toEqual([
        [gmina.id, 330],
      ]);
      const below = await operatorManager.get(`${base()}/participants?minimumMet=no`);
      expect(below.json<ParticipantListResponse>().total).toBe(2);
    });

    it('removes a session at the version read, taking its hours off', async () => {
      const stale = await operatorManager.delete(
        `${base()}/advisory/${first.id}?version=${first.version + 1}`,
      );
      expect(stale.statusCode).toBe(409);
      const removed = await operatorManager.delete(`${base()}/advisory/${first.id}?version=${first.version}`);
      expect(removed.statusCode).toBe(204);
      const participant = await operatorManager.get(`${base()}/participants/${gminaParticipant.id}`);
      expect(participant.json<ParticipantView>()).toMatchObject({ advisoryMinutes: 150, minimumMet: false });
      await operatorManager.post(`${base()}/advisory`, {
        participantId: gminaParticipant.id,
        heldOn: '2026-04-08',
        hours: 3,
        topic: 'Konsultacje projektu planu',
        adviser: 'Dorota Doradczyni',
        remote: true,
      });
    });
  });

  describe('study visits', () => {
    it('goes to a social economy entity only, naming `hostInstitutionId`', async () => {
      const response = await operatorManager.post(`${base()}/study-visits`, {
        visitedOn: '2026-05-12',
        hostInstitutionId: ops.id,
        participantIds: [gminaParticipant.id],
      });
      expect(fieldsOf(response)).toEqual({ hostInstitutionId: 'trainingProgramme.hostNotPes' });
    });

    it('records a 1-day visit to a PES with the JSTs that attended', async () => {
      const response = await operatorManager.post(`${base()}/study-visits`, {
        visitedOn: '2026-05-12',
        hostInstitutionId: pes.id,
        participantIds: [gminaParticipant.id],
        notes: 'Usługi opiekuńcze i catering społeczny',
      });
      expect(response.statusCode).toBe(201);
      expect(response.json<StudyVisitView>()).toMatchObject({
        host: { id: pes.id },
        participants: [{ id: gminaParticipant.id }],
      });
    });
  });

  describe('progress by voivodeship', () => {
    it('counts each voivodeship, all 16 with zeros, and the total', async () => {
      const response = await operatorManager.get(`${base()}/progress`);
      expect(response.statusCode).toBe(200);
      const progress = response.json<ProgressView>();
      expect(progress.rows).toHaveLength(16);
      const lubelskie = progress.rows.find((r) => r.voivodeshipCode === '06');
      expect(lubelskie).toMatchObject({
        voivodeshipName: 'lubelskie',
        enrolled: 2,
        priority: 1,
        trained: 1,
        advisoryMinimumMet: 1,
        plansAdopted: 1,
      });
      expect(progress.rows.find((r) => r.voivodeshipCode === '14')).toMatchObject({
        enrolled: 1,
        trained: 0,
      });
      expect(progress.rows.find((r) => r.voivodeshipCode === '02')).toMatchObject({
        enrolled: 0,
        trained: 0,
        plansAdopted: 0,
      });
      expect(progress.total).toMatchObject({ enrolled: 3, priority: 1, trained: 1, plansAdopted: 1 });
      // A visit counts as done once its day has come (12 May 2026).
      expect(lubelskie!.visitsDone).toBe(new Date() >= new Date('2026-05-12') ? 1 : 0);
    });

    it('exports the table as a workbook with the 16 voivodeships', async () => {
      const response = await operatorManager.get(`${base()}/progress.xlsx`);
      expect(response.statusCode).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      const names = sheet.getColumn(1).values.filter((v): v is string => typeof v === 'string');
      expect(names).toContain('lubelskie');
      expect(names).toContain('Razem');
      expect(sheet.getRow(3).getCell(2).value).toBe('JST zrekrutowane');
    });
  });

  describe("the JST's own participation", () => {
    it('the JST official sees the programme and its own row only', async () => {
      const seen = await gminaOfficial.get(base());
      expect(seen.statusCode).toBe(200);
      expect(seen.json<ProgrammeView>()).toMatchObject({
        abilities: { manage: false },
        ownParticipantIds: [gminaParticipant.id],
      });
      const list = await gminaOfficial.get(`${base()}/participants`);
      expect(list.json<ParticipantListResponse>().items.map((p) => p.id)).toEqual([gminaParticipant.id]);
      expect((await gminaOfficial.get(`${base()}/participants/${plannedParticipant.id}`)).statusCode).toBe(
        404,
      );
      const own = await gminaOfficial.get(`${base()}/participants/${gminaParticipant.id}`);
      expect(own.json<ParticipantView>()).toMatchObject({ minimumMet: true, planCandidates: [] });
      const programmes = await gminaOfficial.get('/api/training-programmes');
      expect(programmes.json<ProgrammeListResponse>().items.map((p) => p.id)).toEqual([programme.id]);
    });

    it("another JST's people and sessions stay hidden from it", async () => {
      const editions = await gminaOfficial.get(`${base()}/editions`);
      const members = editions.json<EditionListResponse>().items.flatMap((e) => e.members);
      expect(new Set(members.map((m) => m.jst.id))).toEqual(new Set([gminaParticipant.id]));
      const advisory = await gminaOfficial.get(`${base()}/advisory?participantId=${plannedParticipant.id}`);
      expect(advisory.json<{ items: unknown[] }>().items).toEqual([]);
      expect(
        (
          await gminaOfficial.put(`${base()}/participants/${gminaParticipant.id}/outcome`, {
            version: 1,
            commissioningPlanId: null,
          })
        ).statusCode,
      ).toBe(403);
    });
  });
});
