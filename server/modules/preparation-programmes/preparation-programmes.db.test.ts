import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  MatchListResponse,
  MatchProposalsResponse,
  MatchView,
  ParticipantView,
  ProgrammeListResponse,
  ProgrammeView,
} from '../../../common/contracts/preparation-programmes';
import type { StaffingNeedView } from '../../../common/contracts/staffing-needs';
import { buildInstitution, JANOW } from '../../../tests/support/factories/institutions';
import { buildQualification } from '../../../tests/support/factories/social-services';
import { buildMember, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import { auditRowsOf, errorCode, fieldsOf } from '../../../tests/support/responses';
import { type Agent, createTestApp, type TestApp } from '../../../tests/support/test-app';

let t: TestApp;
let cis: { id: string };
let carer: { id: string };
let cook: { id: string };
let cisManager: Agent;
let pesManager: Agent;
let otherCisManager: Agent;
let outsider: Agent;
let cooperative: { id: string };
let carerNeed: StaffingNeedView;
let cookNeed: StaffingNeedView;

const signIn = async (institutionId: string, role: Parameters<typeof buildMember>[2]) =>
  t.agent().signIn((await buildMember(t.ctx, institutionId, role)).email, DEFAULT_PASSWORD);

beforeAll(async () => {
  t = await createTestApp();
  cooperative = await buildInstitution(t.ctx, { type: 'pes', name: 'Spółdzielnia Socjalna Opieka' });
  cis = await buildInstitution(t.ctx, { type: 'cis', name: 'CIS Przygotowanie' });
  carer = await buildQualification(t.ctx, 'Opiekun w domu pomocy (test)');
  cook = await buildQualification(t.ctx, 'Pomoc kuchenna (test)');
  cisManager = await signIn(cis.id, 'manager');
  pesManager = await signIn(cooperative.id, 'manager');
  otherCisManager = await signIn((await buildInstitution(t.ctx, { type: 'cis' })).id, 'manager');
  outsider = await signIn((await buildInstitution(t.ctx, { type: 'ops' })).id, 'institutionAdmin');
  const declare = (qualificationId: string, headcount: number) =>
    pesManager.post('/api/staffing-needs', {
      institutionId: cooperative.id,
      position: 'Opiekunka',
      qualificationId,
      headcount,
      neededFrom: '2026-09-01',
      territoryCode: JANOW.gmina,
    });
  carerNeed = (await declare(carer.id, 1)).json();
  cookNeed = (await declare(cook.id, 2)).json();
});
afterAll(() => t.close());

const programmeBody = (overrides: Record<string, unknown> = {}) => ({
  institutionId: cis.id,
  title: 'Opiekun w domu pomocy — przygotowanie',
  qualificationIds: [carer.id],
  staffingNeedIds: [carerNeed.id],
  startsOn: '2026-03-01',
  endsOn: '2026-08-31',
  places: 2,
  territoryCode: JANOW.powiat,
  modules: [
    { title: 'Podstawy opieki', plannedHours: 40 },
    { title: 'Praktyka w DPS', plannedHours: 80 },
  ],
  ...overrides,
});

let programme: ProgrammeView;
let anna: ParticipantView;
let jan: ParticipantView;

describe('running a preparation programme', () => {
  it('a CIS starts a programme for a declared need; the kind follows the institution', async () => {
    const response = await cisManager.post('/api/preparation-programmes', programmeBody());
    expect(response.statusCode).toBe(201);
    programme = response.json();
    expect(programme).toMatchObject({
      kind: 'cis',
      state: 'planned',
      qualifications: [{ id: carer.id }],
      staffingNeeds: [{ id: carerNeed.id, headcount: 1, filled: 0 }],
      participants: [],
      abilities: { update: true, advance: true, enroll: true },
    });
    expect(programme.modules).toHaveLength(2);
    expect(await auditRowsOf(t.database.db, programme.id, 'preparationProgramme.create')).toHaveLength(1);
  });

  it('a PES cannot run a programme, even one whose manager speaks for it', async () => {
    const response = await pesManager.post(
      '/api/preparation-programmes',
      programmeBody({ institutionId: cooperative.id }),
    );
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)).toMatchObject({ institutionId: 'preparationProgramme.notCisOrKis' });
  });

  it('one may not start a programme for a CIS one does not speak for', async () => {
    expect((await otherCisManager.post('/api/preparation-programmes', programmeBody())).statusCode).toBe(403);
  });

  it('refuses a targeted need asking for another qualification and a period ending before it starts', async () => {
    const response = await cisManager.post(
      '/api/preparation-programmes',
      programmeBody({ staffingNeedIds: [cookNeed.id], endsOn: '2026-01-01', modules: [] }),
    );
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)).toMatchObject({ endsOn: expect.any(String), modules: expect.any(String) });
    const mismatch = await cisManager.post(
      '/api/preparation-programmes',
      programmeBody({ staffingNeedIds: [cookNeed.id] }),
    );
    expect(fieldsOf(mismatch)).toMatchObject({
      'staffingNeedIds.0': 'preparationProgramme.needQualificationMismatch',
    });
  });

  it('everyone reads the card and counts, but participants only the CIS running it', async () => {
    const list = (
      await outsider.get('/api/preparation-programmes?kind=cis&state=planned')
    ).json<ProgrammeListResponse>();
    expect(list.items.map((p) => p.id)).toContain(programme.id);
    expect(list.runFor).toEqual([]);
    expect(
      (await cisManager.get('/api/preparation-programmes')).json<ProgrammeListResponse>().runFor,
    ).toEqual([expect.objectContaining({ id: cis.id, type: 'cis' })]);
    const card = (await outsider.get(`/api/preparation-programmes/${programme.id}`)).json<ProgrammeView>();
    expect(card.participants).toBeNull();
    expect(card.abilities).toEqual({ update: false, advance: false, enroll: false });
    const filtered = await outsider.get(`/api/preparation-programmes?qualificationId=${cook.id}`);
    expect(filtered.json<ProgrammeListResponse>().items.map((p) => p.id)).not.toContain(programme.id);
  });

  it('a KIS programme is a separate kind, listed apart from CIS programmes', async () => {
    const kis = await buildInstitution(t.ctx, { type: 'kis' });
    const kisManager = await signIn(kis.id, 'coordinator');
    const created = await kisManager.post(
      '/api/preparation-programmes',
      programmeBody({ institutionId: kis.id, title: 'Klub — przygotowanie' }),
    );
    expect(created.json<ProgrammeView>().kind).toBe('kis');
    const kisList = (
      await outsider.get('/api/preparation-programmes?kind=kis')
    ).json<ProgrammeListResponse>();
    expect(kisList.items.map((p) => p.title)).toEqual(['Klub — przygotowanie']);
    const cisList = (
      await outsider.get('/api/preparation-programmes?kind=cis')
    ).json<ProgrammeListResponse>();
    expect(cisList.items.map((p) => p.kind)).not.toContain('kis');
  });

  it('its CIS changes it at the version it read; a stale version is a conflict', async () => {
    const changed = await cisManager.patch(`/api/preparation-programmes/${programme.id}`, {
      places: 3,
      version: programme.version,
    });
    expect(changed.statusCode).toBe(200);
    const stale = await cisManager.patch(`/api/preparation-programmes/${programme.id}`, {
      places: 2,
      version: programme.version,
    });
    expect(stale.statusCode).toBe(409);
    programme = (
      await cisManager.patch(`/api/preparation-programmes/${programme.id}`, {
        places: 2,
        version: changed.json<ProgrammeView>().version,
      })
    ).json();
    expect(programme.places).toBe(2);
    expect(await auditRowsOf(t.database.db, programme.id, 'preparationProgramme.update')).toHaveLength(2);
  });

  it('another institution changing the programme is refused', async () => {
    const response = await otherCisManager.patch(`/api/preparation-programmes/${programme.id}`, {
      title: 'Przejęty',
      version: programme.version,
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('participants and their progress', () => {
  it('enrols participants by first name and initial only, up to the places', async () => {
    const full = await cisManager.post(`/api/preparation-programmes/${programme.id}/participants`, {
      label: 'Anna Kowalska',
    });
    expect(fieldsOf(full)).toMatchObject({ label: 'preparationProgramme.participantLabelFormat' });
    anna = (
      await cisManager.post(`/api/preparation-programmes/${programme.id}/participants`, { label: 'Anna K.' })
    ).json();
    jan = (
      await cisManager.post(`/api/preparation-programmes/${programme.id}/participants`, { label: 'Jan N.' })
    ).json();
    expect(anna).toMatchObject({ state: 'enrolled', label: 'Anna K.' });
    const third = await cisManager.post(`/api/preparation-programmes/${programme.id}/participants`, {
      label: 'Ewa M.',
    });
    expect(third.statusCode).toBe(409);
    expect(errorCode(third)).toBe('preparationProgramme.noPlacesLeft');
  });

  it('another institution does not see a participant: 404', async () => {
    const response = await otherCisManager.patch(
      `/api/preparation-programmes/${programme.id}/participants/${anna.id}`,
      { version: anna.version, progress: [] },
    );
    expect(response.statusCode).toBe(404);
    expect(
      (await outsider.get(`/api/preparation-programmes/${programme.id}/participants/${anna.id}/proposals`))
        .statusCode,
    ).toBe(404);
  });

  it('records progress once running; hours above a module plan are refused', async () => {
    const early = await cisManager.patch(
      `/api/preparation-programmes/${programme.id}/participants/${anna.id}`,
      {
        version: anna.version,
        progress: [{ moduleId: programme.modules[0]!.id, hoursAttended: 10 }],
      },
    );
    expect(errorCode(early)).toBe('preparationProgramme.notRunning');
    programme = (
      await cisManager.post(`/api/preparation-programmes/${programme.id}/advance`, {
        version: programme.version,
      })
    ).json();
    expect(programme.state).toBe('running');
    const over = await cisManager.patch(
      `/api/preparation-programmes/${programme.id}/participants/${anna.id}`,
      {
        version: anna.version,
        progress: [{ moduleId: programme.modules[0]!.id, hoursAttended: 41 }],
      },
    );
    expect(fieldsOf(over)).toMatchObject({
      'progress.0.hoursAttended': 'preparationProgramme.hoursAbovePlan',
    });
    const partial = await cisManager.patch(
      `/api/preparation-programmes/${programme.id}/participants/${anna.id}`,
      {
        version: anna.version,
        progress: [{ moduleId: programme.modules[0]!.id, hoursAttended: 40, completed: true }],
      },
    );
    expect(partial.statusCode).toBe(200);
    anna = partial.json();
    expect(anna.state).toBe('inProgress');
    const stale = await cisManager.patch(
      `/api/preparation-programmes/${programme.id}/participants/${anna.id}`,
      {
        version: 1,
        progress: [],
      },
    );
    expect(stale.statusCode).toBe(409);
  });

  it('a module with hours recorded cannot be removed, nor places cut below those enrolled', async () => {
    const response = await cisManager.patch(`/api/preparation-programmes/${programme.id}`, {
      version: programme.version,
      places: 1,
      modules: [programme.modules[1]!],
    });
    expect(fieldsOf(response)).toMatchObject({
      modules: 'preparationProgramme.moduleInUse',
      places: 'preparationProgramme.placesBelowEnrolled',
    });
  });

  it('graduation needs every module completed and a qualification of the programme', async () => {
    const url = `/api/preparation-programmes/${programme.id}/participants/${anna.id}/graduate`;
    const early = await cisManager.post(url, {
      version: anna.version,
      qualificationId: cook.id,
      examPassedOn: '2026-08-20',
    });
    expect(fieldsOf(early)).toMatchObject({
      progress: 'preparationProgramme.modulesIncomplete',
      qualificationId: 'preparationProgramme.qualificationNotInProgramme',
    });
    anna = (
      await cisManager.patch(`/api/preparation-programmes/${programme.id}/participants/${anna.id}`, {
        version: anna.version,
        progress: [{ moduleId: programme.modules[1]!.id, hoursAttended: 80, completed: true }],
      })
    ).json();
    const graduated = await cisManager.post(url, {
      version: anna.version,
      qualificationId: carer.id,
      examPassedOn: '2026-08-20',
    });
    expect(graduated.statusCode).toBe(200);
    anna = graduated.json();
    expect(anna).toMatchObject({
      state: 'graduated',
      qualificationObtained: { id: carer.id },
      abilities: { match: true },
    });
  });
});

let match: MatchView;

describe('matching graduates to open needs', () => {
  it('a participant who has not graduated cannot be matched', async () => {
    const response = await cisManager.post(
      `/api/preparation-programmes/${programme.id}/participants/${jan.id}/matches`,
      {
        staffingNeedId: carerNeed.id,
      },
    );
    expect(response.statusCode).toBe(409);
    expect(errorCode(response)).toBe('preparationProgramme.notGraduated');
  });

  it("proposes the open needs asking for the graduate's qualification, and refuses another one", async () => {
    const proposals = (
      await cisManager.get(`/api/preparation-programmes/${programme.id}/participants/${anna.id}/proposals`)
    ).json<MatchProposalsResponse>();
    expect(proposals.items.map((n) => n.id)).toEqual([carerNeed.id]);
    expect(proposals.items[0]).toMatchObject({ inProgrammeTerritory: true, filled: 0 });
    const wrong = await cisManager.post(
      `/api/preparation-programmes/${programme.id}/participants/${anna.id}/matches`,
      {
        staffingNeedId: cookNeed.id,
      },
    );
    expect(fieldsOf(wrong)).toMatchObject({
      staffingNeedId: 'preparationProgramme.needQualificationMismatch',
    });
  });

  it('the CIS matches the graduate; the provider sees it, others do not', async () => {
    const response = await cisManager.post(
      `/api/preparation-programmes/${programme.id}/participants/${anna.id}/matches`,
      {
        staffingNeedId: carerNeed.id,
      },
    );
    expect(response.statusCode).toBe(201);
    expect(response.json<ParticipantView>().matches).toHaveLength(1);
    const again = await cisManager.post(
      `/api/preparation-programmes/${programme.id}/participants/${anna.id}/matches`,
      {
        staffingNeedId: carerNeed.id,
      },
    );
    expect(errorCode(again)).toBe('preparationProgramme.alreadyMatched');
    const seen = (
      await pesManager.get(`/api/programme-matches?staffingNeedId=${carerNeed.id}`)
    ).json<MatchListResponse>();
    expect(seen.total).toBe(1);
    match = seen.items[0]!;
    expect(match).toMatchObject({
      participant: { label: 'Anna K.' },
      result: 'pending',
      abilities: { recordResult: true, withdraw: true },
    });
    expect((await outsider.get('/api/programme-matches')).json<MatchListResponse>().total).toBe(0);
    const card = (await outsider.get(`/api/preparation-programmes/${programme.id}`)).json<ProgrammeView>();
    expect(card.counts).toMatchObject({ graduated: 1, inProgress: 0, enrolled: 1, matched: 1 });
  });

  it('only the provider records hired; another institution gets 404; hiring fills and closes the need', async () => {
    const url = `/api/programme-matches/${match.id}/result`;
    expect(
      (await outsider.post(url, { version: match.version, result: 'notHired', reason: 'x' })).statusCode,
    ).toBe(404);
    expect(
      (
        await cisManager.post(url, {
          version: match.version,
          result: 'hired',
          hiredFrom: '2026-09-01',
          contractType: 'employment',
        })
      ).statusCode,
    ).toBe(403);
    const missing = await pesManager.post(url, { version: match.version, result: 'hired' });
    expect(fieldsOf(missing)).toMatchObject({ hiredFrom: 'field.required', contractType: 'field.required' });
    const hired = await pesManager.post(url, {
      version: match.version,
      result: 'hired',
      hiredFrom: '2026-09-01',
      contractType: 'employment',
    });
    expect(hired.statusCode).toBe(200);
    expect(hired.json<MatchView>()).toMatchObject({ result: 'hired', need: { filled: 1, status: 'filled' } });
    expect(await auditRowsOf(t.database.db, carerNeed.id, 'staffingNeed.close')).toHaveLength(1);
    const needs = (await pesManager.get('/api/staffing-needs?status=filled')).json<{
      items: { id: string }[];
    }>();
    expect(needs.items.map((n) => n.id)).toContain(carerNeed.id);
    expect(
      (await pesManager.post(url, { version: match.version + 1, result: 'withdrawn', reason: 'x' }))
        .statusCode,
    ).toBe(409);
  });

  it('finishing waits for every participant; the progress sheet is for the CIS only', async () => {
    const early = await cisManager.post(`/api/preparation-programmes/${programme.id}/advance`, {
      version: programme.version,
    });
    expect(fieldsOf(early)).toMatchObject({ participants: 'preparationProgramme.participantsStillActive' });
    jan = (
      await cisManager.post(`/api/preparation-programmes/${programme.id}/participants/${jan.id}/drop-out`, {
        version: jan.version,
        reason: 'Podjął pracę sezonową',
      })
    ).json();
    expect(jan).toMatchObject({ state: 'droppedOut', dropReason: 'Podjął pracę sezonową' });
    const finished = await cisManager.post(`/api/preparation-programmes/${programme.id}/advance`, {
      version: programme.version,
    });
    expect(finished.json<ProgrammeView>().state).toBe('finished');
    expect((await outsider.get(`/api/preparation-programmes/${programme.id}/progress.xlsx`)).statusCode).toBe(
      404,
    );
    const sheet = await cisManager.get(`/api/preparation-programmes/${programme.id}/progress.xlsx`);
    expect(sheet.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(sheet.rawPayload as never);
    const rows: unknown[][] = [];
    workbook.worksheets[0]!.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1));
    });
    const annaRow = rows.find((r) => r[0] === 'Anna K.')!;
    expect(annaRow.slice(2, 5)).toEqual([40, 80, 120]);
    expect(await auditRowsOf(t.database.db, programme.id, 'preparationProgramme.export')).toHaveLength(1);
  });
});
