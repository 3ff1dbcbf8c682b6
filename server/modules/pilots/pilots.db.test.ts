import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PilotListResponse, PilotView, TestingView } from '../../../common/contracts/pilots';
import { buildInstitution } from '../../../tests/support/factories/institutions';
import { monthStart, pilotForm } from '../../../tests/support/factories/pilots';
import { buildMember, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import { auditRowsOf, errorCode, fieldsOf } from '../../../tests/support/responses';
import { type Agent, createTestApp, type TestApp } from '../../../tests/support/test-app';

let t: TestApp;
let ids: { organiser: string; owes: string; sites: string[]; other: string };
let manager: Agent;
let outsider: Agent;
let siteStaff: Agent;
let evaluator: Agent;
let quality: { agent: Agent; email: string };
let learning: { agent: Agent; email: string };
let pilot: PilotView;

const signIn = async (institutionId: string, role: Parameters<typeof buildMember>[2]) => {
  const member = await buildMember(t.ctx, institutionId, role);
  return { agent: await t.agent().signIn(member.email, DEFAULT_PASSWORD), email: member.email };
};

beforeAll(async () => {
  t = await createTestApp();
  ids = {
    organiser: (await buildInstitution(t.ctx, { type: 'rops', name: 'ROPS w Lublinie' })).id,
    owes: (await buildInstitution(t.ctx, { type: 'owes', name: 'OWES Lubelski' })).id,
    sites: [
      (await buildInstitution(t.ctx, { type: 'cis', name: 'CIS w Chełmie' })).id,
      (await buildInstitution(t.ctx, { type: 'kis', name: 'KIS w Janowie' })).id,
      (await buildInstitution(t.ctx, { type: 'cis', name: 'CIS w Biłgoraju' })).id,
      (await buildInstitution(t.ctx, { type: 'cis', name: 'CIS w Zamościu' })).id,
    ],
    other: (await buildInstitution(t.ctx, { type: 'ngo', name: 'Inne stowarzyszenie' })).id,
  };
  manager = (await signIn(ids.organiser, 'coordinator')).agent;
  outsider = (await signIn(ids.other, 'institutionAdmin')).agent;
  siteStaff = (await signIn(ids.sites[0]!, 'manager')).agent;
  evaluator = (await signIn(ids.organiser, 'evaluator')).agent;
  quality = await signIn(ids.other, 'evaluator');
  learning = await signIn(ids.owes, 'evaluator');
});
afterAll(() => t.close());

const criteria = (institutionId: string, overrides: Record<string, unknown> = {}) => ({
  institutionId,
  organiserType: 'ngo',
  yearsOfExperience: 6,
  sectionsCount: 2,
  cooperatingPesCount: 1,
  ...overrides,
});

describe('a pilot choosing its sites', () => {
  it('the organiser starts a pilot: 30 sites and 14 months unless said otherwise, roles by account e-mail', async () => {
    const { sitesToChoose: _, testingMonths: __, ...form } = pilotForm(ids.organiser);
    const response = await manager.post('/api/pilots', {
      ...form,
      qualitySpecialistEmail: quality.email,
      learningExpertEmail: learning.email,
    });
    expect(response.statusCode).toBe(201);
    pilot = response.json<PilotView>();
    expect(pilot).toMatchObject({
      state: 'recruiting',
      sitesToChoose: 30,
      testingMonths: 14,
      organiser: { id: ids.organiser, name: 'ROPS w Lublinie' },
      abilities: { manage: true, choose: false, readTesting: true },
    });
    expect(pilot.qualitySpecialist?.id).toBeTruthy();
    expect(await auditRowsOf(t.database.db, pilot.id, 'pilot.create')).toHaveLength(1);
  });

  it('refuses a testing period outside the pilot, an unknown role account, and a stranger starting one', async () => {
    const bad = await manager.post('/api/pilots', {
      ...pilotForm(ids.organiser),
      testingStartsOn: monthStart(6),
      qualitySpecialistEmail: 'nikt@example.pl',
    });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toMatchObject({
      testingStartsOn: 'pilot.testingOutsidePeriod',
      qualitySpecialistEmail: 'pilot.userUnknown',
    });
    const stranger = await outsider.post('/api/pilots', pilotForm(ids.organiser));
    expect(stranger.statusCode).toBe(403);
    const evaluatorTry = await evaluator.post('/api/pilots', pilotForm(ids.organiser));
    expect(evaluatorTry.statusCode).toBe(403);
  });

  it('sets the number of sites, then ranks candidates by the published criteria with ties explained', async () => {
    const changed = await manager.patch(`/api/pilots/${pilot.id}`, {
      sitesToChoose: 2,
      version: pilot.version,
    });
    expect(changed.statusCode).toBe(200);
    pilot = changed.json<PilotView>();
    const add = async (body: object) => {
      const response = await manager.post(`/api/pilots/${pilot.id}/candidates`, body);
      expect(response.statusCode, response.body).toBe(201);
      pilot = response.json<PilotView>();
    };
    // 10 + 15 + 15 + 20 = 60
    await add(
      criteria(ids.sites[0]!, { sectionsCount: 2, cooperatingPesCount: 1, owesRecommendedById: ids.owes }),
    );
    // 5 + 20 + 20 + 0 = 45
    await add(
      criteria(ids.sites[1]!, {
        organiserType: 'jst',
        yearsOfExperience: 12,
        sectionsCount: 4,
        cooperatingPesCount: 0,
      }),
    );
    // 10 + 15 + 20 + 0 = 45, more potential than the JST's? equal potential (20): longer experience wins there
    await add(criteria(ids.sites[2]!, { yearsOfExperience: 5, sectionsCount: 3, cooperatingPesCount: 1 }));
    await add(criteria(ids.sites[3]!, { yearsOfExperience: 1, sectionsCount: 0, cooperatingPesCount: 0 }));
    const ranking = pilot.candidates.map((c) => [
      c.institution.name,
      c.score.total,
      c.rank,
      c.tie?.decidedBy ?? null,
    ]);
    expect(ranking).toEqual([
      ['CIS w Chełmie', 60, 1, null],
      ['KIS w Janowie', 45, 2, 'experience'],
      ['CIS w Biłgoraju', 45, 3, 'experience'],
      ['CIS w Zamościu', 10, 4, null],
    ]);
    expect(pilot.candidates[0]!.score).toEqual({
      organiser: 10,
      experience: 15,
      potential: 15,
      owesRecommendation: 20,
      total: 60,
    });
    expect(pilot.abilities.choose).toBe(true);
  });

  it('refuses a candidate that is not a CIS or KIS, a second entry of one site, a recommendation by a non-OWES', async () => {
    const response = await manager.post(
      `/api/pilots/${pilot.id}/candidates`,
      criteria(ids.other, { owesRecommendedById: ids.other }),
    );
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)).toEqual({
      institutionId: 'pilot.siteTypeRequired',
      owesRecommendedById: 'pilot.owesRequired',
    });
    const again = await manager.post(`/api/pilots/${pilot.id}/candidates`, criteria(ids.sites[0]!));
    expect(fieldsOf(again)).toEqual({ institutionId: 'pilot.candidateDuplicate' });
  });

  it("corrects a candidate's criteria at the version read; a stale version is 409", async () => {
    const last = pilot.candidates[3]!;
    const stale = await manager.patch(`/api/pilots/${pilot.id}/candidates/${last.id}`, {
      sectionsCount: 1,
      version: last.version + 1,
    });
    expect(stale.statusCode).toBe(409);
    const response = await manager.patch(`/api/pilots/${pilot.id}/candidates/${last.id}`, {
      sectionsCount: 1,
      version: last.version,
    });
    expect(response.statusCode).toBe(200);
    pilot = response.json<PilotView>();
    expect(pilot.candidates[3]!.score.total).toBe(15);
    expect(await auditRowsOf(t.database.db, pilot.id, 'pilot.updateCandidate')).toHaveLength(1);
  });

  it('rejects a candidate with the reason; it leaves the ranking', async () => {
    const last = pilot.candidates[3]!;
    const response = await manager.post(`/api/pilots/${pilot.id}/candidates/${last.id}/reject`, {
      version: last.version,
      reason: 'Brak wpisu do rejestru wojewody',
    });
    expect(response.statusCode).toBe(200);
    pilot = response.json<PilotView>();
    expect(pilot.candidates.at(-1)).toMatchObject({ state: 'rejected', rank: null });
  });

  it('an outsider reads the public ranking but cannot change it (403), and an unknown pilot is 404', async () => {
    const read = await outsider.get(`/api/pilots/${pilot.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json<PilotView>().abilities).toMatchObject({ manage: false, readTesting: false });
    const choose = await outsider.post(`/api/pilots/${pilot.id}/choose`, { version: pilot.version });
    expect(choose.statusCode).toBe(403);
    const missing = await manager.get('/api/pilots/0190f3a4-0000-7000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
    const list = await outsider.get('/api/pilots?q=modelu');
    expect(list.json<PilotListResponse>()).toMatchObject({ total: 1, canCreate: true });
  });

  it('chooses the top N: the rest not rejected go to the reserve, recruitment closes', async () => {
    const stale = await manager.post(`/api/pilots/${pilot.id}/choose`, { version: pilot.version - 1 });
    expect(stale.statusCode).toBe(409);
    const response = await manager.post(`/api/pilots/${pilot.id}/choose`, { version: pilot.version });
    expect(response.statusCode).toBe(200);
    pilot = response.json<PilotView>();
    expect(pilot.state).toBe('selected');
    expect(pilot.candidates.map((c) => c.state)).toEqual(['chosen', 'chosen', 'reserve', 'rejected']);
    const list = await outsider.get('/api/pilots?q=modelu');
    expect(list.json<PilotListResponse>().items[0]).toMatchObject({ candidatesCount: 4, chosenCount: 2 });
    const late = await manager.post(`/api/pilots/${pilot.id}/candidates`, criteria(ids.other));
    expect(errorCode(late)).toBe('pilot.notRecruiting');
  });
});

describe('experts and caretakers', () => {
  const addExpert = async (name: string, email: string) => {
    const response = await manager.post(`/api/pilots/${pilot.id}/experts`, {
      name,
      email,
      nominatedByInstitutionId: ids.owes,
    });
    expect(response.statusCode).toBe(201);
    pilot = response.json<PilotView>();
    return pilot.experts.find((e) => e.email === email)!;
  };
  const attend = async (expertId: string, days: number[]) => {
    const version = pilot.experts.find((e) => e.id === expertId)!.version;
    const response = await manager.put(`/api/pilots/${pilot.id}/experts/${expertId}/attendance`, {
      days,
      version,
    });
    expect(response.statusCode, response.body).toBe(200);
    pilot = response.json<PilotView>();
  };
  const assign = (candidateId: string, expertId: string) =>
    manager.post(`/api/pilots/${pilot.id}/caretakers`, { candidateId, expertId });

  it('refuses an untrained expert as a caretaker, naming the field and the days attended', async () => {
    const expert = await addExpert('Jan Kowalski', 'jan.kowalski@example.pl');
    await attend(expert.id, [1, 2, 3, 4, 5, 6, 7, 8]);
    expect(pilot.experts.find((e) => e.id === expert.id)).toMatchObject({ trained: false });
    const response = await assign(pilot.candidates[0]!.id, expert.id);
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)).toEqual({ expertId: 'pilot.expertUntrained' });
    expect(response.body).toContain('8 z 9');
  });

  it('assigns trained experts, two per site; a third caretaker is refused', async () => {
    const site = pilot.candidates[0]!.id;
    const jan = pilot.experts.find((e) => e.email === 'jan.kowalski@example.pl')!;
    await attend(jan.id, [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pilot.experts.find((e) => e.id === jan.id)?.trained).toBe(true);
    expect((await assign(site, jan.id)).statusCode).toBe(201);
    const ewa = await addExpert('Ewa Nowak', 'ewa.nowak@example.pl');
    await attend(ewa.id, [9, 8, 7, 6, 5, 4, 3, 2, 1]);
    const second = await assign(site, ewa.id);
    expect(second.statusCode).toBe(201);
    pilot = second.json<PilotView>();
    expect(pilot.candidates[0]!.caretakers.map((c) => c.name).sort()).toEqual(['Ewa Nowak', 'Jan Kowalski']);
    const olga = await addExpert('Olga Trzecia', 'olga@example.pl');
    await attend(olga.id, [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const third = await assign(site, olga.id);
    expect(third.statusCode).toBe(400);
    expect(fieldsOf(third)).toEqual({ candidateId: 'pilot.siteFull' });
    const twice = await assign(pilot.candidates[1]!.id, jan.id);
    expect(fieldsOf(twice)).toEqual({ expertId: 'pilot.expertAssigned' });
    const reserve = await assign(pilot.candidates[2]!.id, olga.id);
    expect(fieldsOf(reserve)).toEqual({ candidateId: 'pilot.siteNotChosen' });
  });

  it('ends a caretaking, freeing the place on the site for another trained expert', async () => {
    const site = pilot.candidates[0]!;
    const ewa = site.caretakers.find((c) => c.name === 'Ewa Nowak')!;
    const removed = await manager.delete(`/api/pilots/${pilot.id}/caretakers/${ewa.id}`);
    expect(removed.statusCode).toBe(200);
    pilot = removed.json<PilotView>();
    expect(pilot.candidates[0]!.caretakers.map((c) => c.name)).toEqual(['Jan Kowalski']);
    const olga = pilot.experts.find((e) => e.email === 'olga@example.pl')!;
    expect((await assign(site.id, olga.id)).statusCode).toBe(201);
    expect((await outsider.delete(`/api/pilots/${pilot.id}/caretakers/${ewa.id}`)).statusCode).toBe(403);
  });

  it('a caretaker keeps all 9 days; e-mails are shown only to the organiser', async () => {
    const jan = pilot.experts.find((e) => e.email === 'jan.kowalski@example.pl')!;
    const response = await manager.put(`/api/pilots/${pilot.id}/experts/${jan.id}/attendance`, {
      days: [1, 2],
      version: jan.version,
    });
    expect(fieldsOf(response)).toEqual({ days: 'pilot.attendanceOfCaretaker' });
    const seen = (await outsider.get(`/api/pilots/${pilot.id}`)).json<PilotView>();
    expect(seen.experts.every((e) => e.email === null)).toBe(true);
  });
});

describe('the testing period', () => {
  const report = (agent: Agent, overrides: Record<string, unknown> = {}) =>
    agent.post(`/api/pilots/${pilot.id}/reports`, {
      candidateId: pilot.candidates[0]!.id,
      month: 1,
      modelProducts: ['standardOffer', 'contactProcedures'],
      activities: 'Spotkania z OPS i przegląd oferty usług opiekuńczych.',
      cooperation: 'Porozumienie z OWES, konsultacje z gminą.',
      ...overrides,
    });

  it("the site files its month's report; the grid shows it, late, and the missing ones", async () => {
    const response = await report(siteStaff);
    expect(response.statusCode, response.body).toBe(201);
    const testing = response.json<TestingView>();
    expect(testing.months).toHaveLength(14);
    const row = testing.grid.find((g) => g.candidateId === pilot.candidates[0]!.id)!;
    // Testing began three months ago: month 1's report was due by the 10th of month 2.
    expect(row.months[0]!.status).toBe('late');
    expect(testing.reports[0]).toMatchObject({ month: 1, late: true });
    expect(row.months[1]!.status).toBe('missing');
    expect(row.months[3]!.status).toBe('due');
    expect(row.months[13]!.status).toBe('upcoming');
    expect(testing.reports).toHaveLength(1);
  });

  it('refuses a duplicate month, a month outside the testing period or not begun, and another site', async () => {
    expect(fieldsOf(await report(siteStaff))).toEqual({ month: 'pilot.reportDuplicate' });
    expect(fieldsOf(await report(manager, { month: 15 }))).toEqual({ month: 'pilot.monthOutsideTesting' });
    expect(fieldsOf(await report(manager, { month: 0 }))).toEqual({ month: 'pilot.monthOutsideTesting' });
    expect(fieldsOf(await report(manager, { month: 10 }))).toEqual({ month: 'pilot.monthNotStarted' });
    expect((await report(siteStaff, { candidateId: pilot.candidates[1]!.id })).statusCode).toBe(403);
    expect((await report(outsider)).statusCode).toBe(403);
  });

  it('only the quality specialist reviews experts, only the learning-outcomes expert assesses sites', async () => {
    const expertId = pilot.experts[0]!.id;
    const review = { expertId, reviewedOn: monthStart(1), score: 4, findings: 'Rzetelne wsparcie miejsca.' };
    expect((await manager.post(`/api/pilots/${pilot.id}/reviews`, review)).statusCode).toBe(403);
    const byQuality = await quality.agent.post(`/api/pilots/${pilot.id}/reviews`, review);
    expect(byQuality.statusCode, byQuality.body).toBe(201);
    const badScore = await quality.agent.post(`/api/pilots/${pilot.id}/reviews`, { ...review, score: 7 });
    expect(fieldsOf(badScore)).toEqual({ score: 'pilot.score' });
    const assessment = {
      candidateId: pilot.candidates[0]!.id,
      assessedOn: monthStart(1),
      score: 5,
      outcomes: 'Uczestnicy przygotowani do usług opiekuńczych.',
    };
    expect((await quality.agent.post(`/api/pilots/${pilot.id}/assessments`, assessment)).statusCode).toBe(
      403,
    );
    const byLearning = await learning.agent.post(`/api/pilots/${pilot.id}/assessments`, assessment);
    expect(byLearning.statusCode).toBe(201);
    expect(byLearning.json<TestingView>()).toMatchObject({
      reviews: [{ score: 4 }],
      assessments: [{ score: 5 }],
    });
  });

  it('the testing record is 404 to an outsider; a site sees its own reports but no reviews of experts', async () => {
    expect((await outsider.get(`/api/pilots/${pilot.id}/testing`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/pilots/${pilot.id}/report.pdf`)).statusCode).toBe(404);
    const own = (await siteStaff.get(`/api/pilots/${pilot.id}/testing`)).json<TestingView>();
    expect(own.grid).toHaveLength(1);
    expect(own.reviews).toEqual([]);
    expect(own.assessments).toHaveLength(1);
  });

  it('serves the site and overall testing reports as PDF and the ranking as XLSX', async () => {
    const site = await manager.get(`/api/pilots/${pilot.id}/sites/${pilot.candidates[0]!.id}/report.pdf`);
    expect(site.statusCode).toBe(200);
    expect(site.headers['content-type']).toBe('application/pdf');
    expect(site.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const overall = await manager.get(`/api/pilots/${pilot.id}/report.pdf`);
    expect(overall.statusCode).toBe(200);
    const reserve = await manager.get(`/api/pilots/${pilot.id}/sites/${pilot.candidates[2]!.id}/report.pdf`);
    expect(reserve.statusCode).toBe(404);
    const xlsx = await outsider.get(`/api/pilots/${pilot.id}/ranking.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
