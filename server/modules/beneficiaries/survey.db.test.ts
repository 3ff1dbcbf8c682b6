import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonView } from '../../../common/contracts/beneficiaries';
import type { DiagnosisView } from '../../../common/contracts/diagnosis';
import type {
  IssuedSurvey,
  PersonVoiceView,
  PublicSurveyView,
  SurveyInvitationView,
  SurveyResultsView,
} from '../../../common/contracts/person-survey';
import type { PersonExport } from '../../../common/contracts/rodo';
import { buildPerson } from '../../../tests/support/factories/beneficiaries';
import { buildInstitution } from '../../../tests/support/factories/institutions';
import { buildPartnership } from '../../../tests/support/factories/partnerships';
import { buildMember, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import { auditRowsOf, errorCode, fieldsOf } from '../../../tests/support/responses';
import { type Agent, createTestApp, type TestApp } from '../../../tests/support/test-app';

let t: TestApp;
let service: Awaited<ReturnType<typeof buildPartnership>>;
let ops: Agent;
let pup: Agent;
let ngoEvaluator: Agent;
let stranger: Agent;
let visitor: Agent;
let person: PersonView;
/** An invitation left open, to try after the person is anonymised. */
let stillOpenCode: string;

const inDays = (days: number) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const rowsOf = async (query: ReturnType<typeof sql>) =>
  JSON.stringify(((await t.database.db.execute(query)) as unknown as { rows: unknown[] }).rows);

/** Each public caller comes from its own address, so the wrong-code counter of one does not touch another. */
let addresses = 0;
const publicCaller = () => {
  const remoteAddress = `10.0.0.${++addresses}`;
  return {
    open: (code: string) =>
      visitor.request({ method: 'POST', url: '/api/public/survey/open', payload: { code }, remoteAddress }),
    answer: (payload: Record<string, unknown>) =>
      visitor.request({ method: 'POST', url: '/api/public/survey/answer', payload, remoteAddress }),
  };
};

const issue = async (personId: string, milestone = 'planAgreed') => {
  const response = await ops.post(`/api/beneficiaries/${personId}/surveys`, { milestone, useBy: inDays(30) });
  expect(response.statusCode).toBe(201);
  return response.json<IssuedSurvey>();
};

const answers = {
  useful: 4,
  respectful: 5,
  onTime: 3,
  helped: 'Rozmowy z doradczynią Bożeną Wiśniewską',
  change: 'Więcej zajęć popołudniami',
  goals: 'Chcę wrócić do pracy w sklepie',
};

beforeAll(async () => {
  t = await createTestApp();
  service = await buildPartnership(t.ctx);
  const signIn = async (institutionId: string, role: 'caseWorker' | 'evaluator' = 'caseWorker') =>
    t.agent().signIn((await buildMember(t.ctx, institutionId, role)).email, DEFAULT_PASSWORD);
  ops = await signIn(service.ops.id);
  pup = await signIn(service.pup.id);
  ngoEvaluator = await signIn(service.ngo.id, 'evaluator');
  stranger = await signIn((await buildInstitution(t.ctx)).id);
  visitor = t.agent();
  person = await buildPerson(t.ctx, service.id, { firstName: 'Bożena', lastName: 'Wiśniewska-Ziółko' });
  expect(
    (
      await ops.post(`/api/beneficiaries/${person.id}/consents`, {
        purpose: 'Wspólna diagnoza',
        givenOn: '2025-01-10',
        form: 'inPerson',
        grants: [{ institutionId: service.pup.id, categories: ['identification', 'diagnosis'] }],
      })
    ).statusCode,
  ).toBe(201);
});
afterAll(() => t.close());

describe('the person answers by the code on the slip, without an account', () => {
  let issued: IssuedSurvey;

  it('the entry institution issues an invitation; only the code’s hash is stored', async () => {
    issued = await issue(person.id);
    expect(issued.code).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{5}-[ACDEFGHJKMNPQRTUVWXY34679]{5}$/);
    expect(issued.invitation).toMatchObject({ milestone: 'planAgreed', state: 'open', answer: null });
    const raw = await rowsOf(sql`select * from person_survey_invitations where id = ${issued.invitation.id}`);
    expect(raw).not.toContain(issued.code.replace('-', ''));
    expect(await auditRowsOf(t.database.db, issued.invitation.id, 'beneficiaries.survey.issue')).toHaveLength(
      1,
    );
  });

  it('refuses a bad milestone, a past deadline and the closure survey before the case is closed (400 by field)', async () => {
    const url = `/api/beneficiaries/${person.id}/surveys`;
    const bad = await ops.post(url, { milestone: 'whenever', useBy: inDays(-1) });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(fieldsOf(bad)).sort()).toEqual(['milestone', 'useBy']);
    const closure = await ops.post(url, { milestone: 'closure', useBy: inDays(10) });
    expect(closure.statusCode).toBe(400);
    expect(fieldsOf(closure)).toEqual({ milestone: 'survey.caseNotClosed' });
  });

  it('prints the slip only from the right code: a PDF naming no person', async () => {
    const slip = await ops.post(`/api/surveys/${issued.invitation.id}/slip`, { code: issued.code });
    expect(slip.statusCode).toBe(200);
    expect(slip.headers['content-type']).toContain('application/pdf');
    expect(slip.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const other = await ops.post(`/api/surveys/${issued.invitation.id}/slip`, { code: 'ACDEF-GHJKM' });
    expect(other.statusCode).toBe(404);
  });

  it('opens the survey for the code alone and shows no name', async () => {
    const response = await publicCaller().open(issued.code.toLowerCase().replace('-', ' '));
    expect(response.statusCode).toBe(200);
    const view = response.json<PublicSurveyView>();
    expect(view).toMatchObject({
      milestone: 'planAgreed',
      askGoals: true,
      partnershipName: service.partnership.row.name,
    });
    expect(JSON.stringify(view)).not.toContain('Wiśniewska');
  });

  it('a rating out of range or missing is a 400 naming the field', async () => {
    const response = await publicCaller().answer({ code: issued.code, useful: 4, respectful: 9 });
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)).toEqual({
      respectful: 'survey.ratingRequired',
      onTime: 'field.required',
    });
  });

  it('records the answer; the free texts are encrypted at rest; the code is spent', async () => {
    const caller = publicCaller();
    const response = await caller.answer({ code: issued.code, ...answers });
    expect(response.statusCode).toBe(200);
    const raw = await rowsOf(sql`select * from person_survey_invitations where id = ${issued.invitation.id}`);
    for (const clear of ['doradczynią', 'popołudniami', 'sklepie']) expect(raw).not.toContain(clear);
    expect(raw).toContain('"rating_useful":4');
    const again = await caller.answer({ code: issued.code, ...answers, useful: 1 });
    expect(again.statusCode).toBe(404);
    expect(errorCode(again)).toBe('survey.codeInvalid');
    expect((await caller.open(issued.code)).statusCode).toBe(404);
  });

  it('the caseworker and a partner under consent see the answer on the record; the diagnosis shows the stated goals', async () => {
    for (const agent of [ops, pup]) {
      const response = await agent.get(`/api/beneficiaries/${person.id}/surveys`);
      expect(response.statusCode).toBe(200);
      const voice = response.json<PersonVoiceView>();
      expect(voice.invitations[0]).toMatchObject({
        state: 'answered',
        answer: { ...answers, textsCleared: false },
      });
      expect(voice.canIssue).toBe(agent === ops);
    }
    const diagnosis = (await pup.get(`/api/beneficiaries/${person.id}/diagnosis`)).json<DiagnosisView>();
    const goals = diagnosis.domains.find((d) => d.domain === 'motivationAndGoals');
    expect(goals?.personStatements).toEqual([
      expect.objectContaining({ milestone: 'planAgreed', text: answers.goals }),
    ]);
  });

  it('an institution without access gets 404 for the invitations, their slip and revocation; a partner may not issue (403)', async () => {
    expect((await stranger.get(`/api/beneficiaries/${person.id}/surveys`)).statusCode).toBe(404);
    expect(
      (
        await stranger.post(`/api/beneficiaries/${person.id}/surveys`, {
          milestone: 'midway',
          useBy: inDays(5),
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await stranger.post(`/api/surveys/${issued.invitation.id}/slip`, { code: issued.code })).statusCode,
    ).toBe(404);
    expect(
      (await stranger.post(`/api/surveys/${issued.invitation.id}/revoke`, { version: 1, reason: 'x' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await pup.post(`/api/beneficiaries/${person.id}/surveys`, { milestone: 'midway', useBy: inDays(5) }))
        .statusCode,
    ).toBe(403);
  });
});

describe('codes that no longer work', () => {
  it('an expired code is refused and the invitation shows as expired', async () => {
    const issued = await issue(person.id, 'midway');
    await t.database.db.execute(
      sql`update person_survey_invitations set use_by = ${inDays(-2)} where id = ${issued.invitation.id}`,
    );
    expect((await publicCaller().answer({ code: issued.code, ...answers })).statusCode).toBe(404);
    const voice = (await ops.get(`/api/beneficiaries/${person.id}/surveys`)).json<PersonVoiceView>();
    expect(voice.invitations.find((i) => i.id === issued.invitation.id)).toMatchObject({
      state: 'expired',
      abilities: { revoke: false },
    });
  });

  it('a revoked code is refused; revocation needs a reason and the version read', async () => {
    const issued = await issue(person.id, 'midway');
    const url = `/api/surveys/${issued.invitation.id}/revoke`;
    const noReason = await ops.post(url, { version: 1, reason: '' });
    expect(fieldsOf(noReason)).toEqual({ reason: 'field.required' });
    expect((await ops.post(url, { version: 7, reason: 'Kartka zgubiona' })).statusCode).toBe(409);
    expect((await pup.post(url, { version: 1, reason: 'Kartka zgubiona' })).statusCode).toBe(403);
    const revoked = await ops.post(url, { version: 1, reason: 'Kartka zgubiona' });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json<SurveyInvitationView>()).toMatchObject({
      state: 'revoked',
      revocationReason: 'Kartka zgubiona',
    });
    expect((await ops.post(url, { version: 2, reason: 'Znowu' })).statusCode).toBe(409);
    expect((await publicCaller().open(issued.code)).statusCode).toBe(404);
  });

  it('after five wrong codes from one address every try is 429, even with a good code; other addresses are unaffected', async () => {
    const good = await issue(person.id, 'midway');
    stillOpenCode = good.code;
    const caller = publicCaller();
    for (let i = 0; i < 5; i++) {
      const wrong = await caller.open('ACDEF-GHJKM');
      expect(wrong.statusCode).toBe(404);
    }
    const locked = await caller.open(good.code);
    expect(locked.statusCode).toBe(429);
    expect(errorCode(locked)).toBe('survey.locked');
    expect((await caller.answer({ code: good.code, ...answers })).statusCode).toBe(429);
    expect((await publicCaller().open(good.code)).statusCode).toBe(200);
  });
});

describe('closure, monitoring and anonymisation', () => {
  it('after the case is closed the closure survey can be issued and answered', async () => {
    const closed = await ops.post(`/api/beneficiaries/${person.id}/closure`, {
      outcome: 'employment',
      closedOn: inDays(0),
    });
    expect(closed.statusCode).toBe(200);
    const voice = (await ops.get(`/api/beneficiaries/${person.id}/surveys`)).json<PersonVoiceView>();
    expect(voice.caseClosedOn).toBe(inDays(0));
    const issued = await issue(person.id, 'closure');
    const open = (await publicCaller().open(issued.code)).json<PublicSurveyView>();
    expect(open).toMatchObject({ milestone: 'closure', askGoals: false });
    const answered = await publicCaller().answer({
      code: issued.code,
      useful: 2,
      respectful: 4,
      onTime: 5,
      change: 'Krótsze kolejki w urzędzie',
      goals: 'ignored at closure',
    });
    expect(answered.statusCode).toBe(200);
  });

  it('the monitoring counts per milestone and lists proposals without names, for member institutions only', async () => {
    const url = `/api/partnerships/${service.id}/survey-results`;
    const response = await ngoEvaluator.get(url);
    expect(response.statusCode, response.body).toBe(200);
    const results = response.json<SurveyResultsView>();
    const by = Object.fromEntries(results.milestones.map((m) => [m.milestone, m]));
    expect(by.planAgreed).toMatchObject({
      issued: 1,
      answered: 1,
      averages: { useful: 4, respectful: 5, onTime: 3 },
    });
    expect(by.midway).toMatchObject({ issued: 3, answered: 0, open: 1, expired: 1, revoked: 1 });
    expect(by.closure).toMatchObject({
      issued: 1,
      answered: 1,
      averages: { useful: 2, respectful: 4, onTime: 5 },
    });
    expect(results.proposals.map((p) => p.text)).toEqual([
      'Krótsze kolejki w urzędzie',
      'Więcej zajęć popołudniami',
    ]);
    const dump = JSON.stringify(results);
    for (const identifying of ['Ziółko', person.id, 'answeredAt', 'ignored at closure'])
      expect(dump).not.toContain(identifying);
    expect((await stranger.get(url)).statusCode).toBe(404);
    const xlsx = await ngoEvaluator.get(`${url}.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('the RODO export holds the answers; anonymisation clears the texts and keeps the ratings', async () => {
    const exported = (await ops.get(`/api/beneficiaries/${person.id}/export.json`)).json<PersonExport>();
    expect(exported.surveys.find((s) => s.milestone === 'planAgreed')?.answer).toMatchObject(answers);
    const current = (await ops.get(`/api/beneficiaries/${person.id}`)).json<PersonView>();
    const anonymised = await ops.post(`/api/beneficiaries/${person.id}/anonymise`, {
      reason: 'Żądanie osoby',
      version: current.version,
    });
    expect(anonymised.statusCode).toBe(200);
    const raw = await rowsOf(
      sql`select helped_enc, change_enc, goals_enc, rating_useful from person_survey_invitations where person_id = ${person.id} and state = 'answered' order by rating_useful desc`,
    );
    expect(raw).toBe(
      '[{"helped_enc":null,"change_enc":null,"goals_enc":null,"rating_useful":4},{"helped_enc":null,"change_enc":null,"goals_enc":null,"rating_useful":2}]',
    );
    const voice = (await ops.get(`/api/beneficiaries/${person.id}/surveys`)).json<PersonVoiceView>();
    expect(voice.canIssue).toBe(false);
    expect(voice.invitations.find((i) => i.milestone === 'planAgreed')?.answer).toMatchObject({
      useful: 4,
      helped: null,
      change: null,
      goals: null,
      textsCleared: true,
    });
    const results = (
      await ngoEvaluator.get(`/api/partnerships/${service.id}/survey-results`)
    ).json<SurveyResultsView>();
    expect(results.proposals).toEqual([]);
    expect(results.milestones.find((m) => m.milestone === 'planAgreed')?.averages.useful).toBe(4);
  });

  it('an open slip of an anonymised person no longer works, and no new one is issued', async () => {
    expect((await publicCaller().answer({ code: stillOpenCode, ...answers })).statusCode).toBe(404);
    expect(
      (await ops.post(`/api/beneficiaries/${person.id}/surveys`, { milestone: 'midway', useBy: inDays(5) }))
        .statusCode,
    ).toBe(409);
  });
});
