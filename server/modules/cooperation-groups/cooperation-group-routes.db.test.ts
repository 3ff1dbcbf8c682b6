import { execFileSync } from 'node:child_process';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AuthorisationListResponse,
  AuthorisationView,
  DelegateCandidatesResponse,
  GroupListResponse,
  GroupView,
  MayorSummary,
  NeedsReportListResponse,
  NeedsReportView,
} from '../../../common/contracts/cooperation-groups';
import { warsawToday } from '../../../common/contracts/partnership-plan';
import {
  buildCooperationSetting,
  buildGroup,
  PDF_BYTES,
} from '../../../tests/support/factories/cooperation-groups';
import { buildInstitution } from '../../../tests/support/factories/institutions';
import { buildMember, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import { type Agent, createTestApp, type TestApp } from '../../../tests/support/test-app';
import { auditEvents } from '../../platform/audit';

type ErrorBody = { error: { code: string; fields?: { field: string; code: string }[] } };

let t: TestApp;
let s: Awaited<ReturnType<typeof buildCooperationSetting>>;
/** The OPS's coordinator: records the authorisation, convenes and coordinates. */
let ops: Agent;
/** A case worker of the OPS: sees every group of the OPS, changes nothing. */
let opsWorker: Agent;
let pup: Agent;
let pupUserId: string;
let pcpr: Agent;
let pcprWorkerId: string;
let official: Agent;
let rops: Agent;
let outsider: Agent;

const signIn = async (institutionId: string, role: Parameters<typeof buildMember>[2]) => {
  const member = await buildMember(t.ctx, institutionId, role);
  return { agent: await t.agent().signIn(member.email, DEFAULT_PASSWORD), id: member.id };
};

beforeAll(async () => {
  t = await createTestApp();
  s = await buildCooperationSetting(t.ctx);
  ops = (await signIn(s.ops.id, 'coordinator')).agent;
  opsWorker = (await signIn(s.ops.id, 'caseWorker')).agent;
  const pupUser = await signIn(s.pup.id, 'coordinator');
  pup = pupUser.agent;
  pupUserId = pupUser.id;
  pcpr = (await signIn(s.pcpr.id, 'manager')).agent;
  pcprWorkerId = (await signIn(s.pcpr.id, 'caseWorker')).id;
  official = (await signIn(s.gmina.id, 'official')).agent;
  rops = (await signIn(s.rops.id, 'evaluator')).agent;
  outsider = (await signIn((await buildInstitution(t.ctx)).id, 'institutionAdmin')).agent;
});
afterAll(() => t.close());

/** A multipart body with one file in the field `document`. */
function multipart(bytes: Buffer, fileName: string, type: string) {
  const boundary = '----kooperacja-test';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="document"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const fieldsOf = (response: { json: <T>() => T }) =>
  response.json<ErrorBody>().error.fields?.map((f) => `${f.field}:${f.code}`);

describe("the mayor's authorisation", () => {
  it('is recorded by the OPS, valid only with its document, and read by the OPS and the granting gmina', async () => {
    const other = await buildCooperationSetting(t.ctx, { authorised: false });
    const otherOps = (await signIn(other.ops.id, 'manager')).agent;
    const body = {
      opsInstitutionId: other.ops.id,
      jstInstitutionId: other.gmina.id,
      number: 'OR.0052.7.2026',
      issuedOn: '2026-01-10',
      validFrom: '2026-01-10',
      validUntil: '2030-12-31',
    };
    // Another OPS's manager may not record it for this one.
    expect((await ops.post('/api/cooperation-authorisations', body)).statusCode).toBe(403);
    const created = await otherOps.post('/api/cooperation-authorisations', body);
    expect(created.statusCode).toBe(201);
    const view = created.json<AuthorisationView>();
    expect(view).toMatchObject({ valid: false, document: null, jst: { name: other.gmina.name } });

    const url = `/api/cooperation-authorisations/${view.id}/document`;
    const text = multipart(Buffer.from('to nie jest PDF'), 'skan.pdf', 'application/pdf');
    const wrong = await otherOps.put(url, text.payload, text.headers);
    expect(wrong.statusCode).toBe(400);
    expect(fieldsOf(wrong)).toEqual(['document:agreement.scanType']);
    const pdf = multipart(PDF_BYTES, 'upoważnienie burmistrza.pdf', 'application/pdf');
    expect((await outsider.put(url, pdf.payload, pdf.headers)).statusCode).toBe(404);
    const stored = await otherOps.put(url, pdf.payload, pdf.headers);
    expect(stored.statusCode).toBe(200);
    expect(stored.json<AuthorisationView>()).toMatchObject({
      valid: true,
      document: { mimeType: 'application/pdf' },
    });

    const officialOfOther = (await signIn(other.gmina.id, 'official')).agent;
    const download = await officialOfOther.get(url);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF_BYTES)).toBe(true);
    expect((await outsider.get(url)).statusCode).toBe(404);
    const listed = await officialOfOther.get('/api/cooperation-authorisations');
    expect(listed.json<AuthorisationListResponse>().items.map((a) => a.id)).toEqual([view.id]);
    expect(
      (await outsider.get('/api/cooperation-authorisations')).json<AuthorisationListResponse>().total,
    ).toBe(0);
  });

  it('refuses a gmina that is not the OPS’s, a non-gmina, a future date, a missing number and an inverted term', async () => {
    const elsewhere = await buildInstitution(t.ctx, { type: 'jstGmina', territoryCode: '0663011' });
    const wrongGmina = await ops.post('/api/cooperation-authorisations', {
      opsInstitutionId: s.ops.id,
      jstInstitutionId: elsewhere.id,
      number: 'X',
      issuedOn: '2099-01-01',
      validFrom: '2026-01-01',
    });
    expect(wrongGmina.statusCode).toBe(400);
    expect(fieldsOf(wrongGmina)).toEqual([
      'jstInstitutionId:cooperationGroup.otherGmina',
      'issuedOn:cooperationGroup.issuedInFuture',
    ]);
    const notGmina = await ops.post('/api/cooperation-authorisations', {
      opsInstitutionId: s.ops.id,
      jstInstitutionId: s.pup.id,
      number: 'X',
      issuedOn: '2026-01-01',
      validFrom: '2026-01-01',
    });
    expect(fieldsOf(notGmina)).toEqual(['jstInstitutionId:cooperationGroup.notGmina']);
    const term = {
      opsInstitutionId: s.ops.id,
      jstInstitutionId: s.gmina.id,
      issuedOn: '2026-01-01',
      validFrom: '2026-02-01',
    };
    const unnumbered = await ops.post('/api/cooperation-authorisations', { ...term, number: ' ' });
    expect(fieldsOf(unnumbered)).toEqual(['number:field.required']);
    const inverted = await ops.post('/api/cooperation-authorisations', {
      ...term,
      number: 'X',
      validUntil: '2026-01-01',
    });
    expect(inverted.statusCode).toBe(400);
    expect(fieldsOf(inverted)).toEqual(['validUntil:field.dateOrder']);
  });
});

describe('convening a group', () => {
  const conveneBody = (overrides: Record<string, unknown> = {}) => ({
    opsInstitutionId: s.ops.id,
    partnerTeamId: s.teamId,
    label: 'Rodzina K.',
    subjectKind: 'family',
    situation: 'Zadłużenie i brak pracy.',
    invitedInstitutionIds: [s.pup.id],
    ...overrides,
  });

  it('is refused to an OPS without a valid authorisation (409) and to its case worker (403)', async () => {
    const bare = await buildCooperationSetting(t.ctx, { authorised: false });
    const bareOps = (await signIn(bare.ops.id, 'manager')).agent;
    const refused = await bareOps.post(
      '/api/cooperation-groups',
      conveneBody({ opsInstitutionId: bare.ops.id, partnerTeamId: bare.teamId }),
    );
    expect(refused.statusCode).toBe(409);
    expect(refused.json<ErrorBody>().error.code).toBe('cooperationGroup.noAuthorisation');
    expect((await opsWorker.post('/api/cooperation-groups', conveneBody())).statusCode).toBe(403);
  });

  it('asks only members of the PZK, never the OPS itself or an outsider', async () => {
    const stranger = await buildInstitution(t.ctx, { type: 'pcpr', territoryCode: '0605' });
    const refused = await ops.post(
      '/api/cooperation-groups',
      conveneBody({ invitedInstitutionIds: [s.pup.id, stranger.id, s.ops.id] }),
    );
    expect(refused.statusCode).toBe(400);
    expect(fieldsOf(refused)).toEqual([
      'invitedInstitutionIds.1:cooperationGroup.notInPartnerTeam',
      'invitedInstitutionIds.2:cooperationGroup.notInPartnerTeam',
    ]);
    const empty = await ops.post(
      '/api/cooperation-groups',
      conveneBody({ label: '', invitedInstitutionIds: [] }),
    );
    expect(fieldsOf(empty)).toEqual([
      'label:field.required',
      'invitedInstitutionIds:cooperationGroup.inviteRequired',
    ]);
  });

  it('offers the OPS its authorisation, its PZK with members, its gmina and the ROPS', async () => {
    const options = await ops.get('/api/cooperation-groups/options');
    expect(options.statusCode).toBe(200);
    const [convener] = options.json<{ conveners: Record<string, unknown>[] }>().conveners;
    expect(convener).toMatchObject({
      ops: { id: s.ops.id },
      authorisation: { id: s.authorisation?.id },
      partnerTeams: [
        {
          id: s.teamId,
          members: expect.arrayContaining([expect.objectContaining({ institutionId: s.pup.id })]),
        },
      ],
      jsts: expect.arrayContaining([{ id: s.gmina.id, name: s.gmina.name }]),
      rops: expect.arrayContaining([{ id: s.rops.id, name: s.rops.name }]),
    });
  });
});

describe('a group from convening to closure', () => {
  let group: GroupView;

  it('is convened and shown to the OPS whole and to asked institutions in part; outsiders get 404', async () => {
    const created = await ops.post('/api/cooperation-groups', {
      opsInstitutionId: s.ops.id,
      partnerTeamId: s.teamId,
      label: 'Rodzina Ł. — sprawa 3/2026',
      subjectKind: 'family',
      situation: 'Utrata mieszkania, dzieci w wieku szkolnym.',
      internalNotes: 'Tylko dla OPS: wcześniejsze interwencje.',
      invitedInstitutionIds: [s.pup.id, s.pcpr.id],
    });
    expect(created.statusCode).toBe(201);
    group = created.json<GroupView>();
    expect(group).toMatchObject({
      viewer: 'coordinator',
      status: 'active',
      internalNotes: expect.any(String),
    });
    expect(group.members.map((m) => m.status)).toEqual(['requested', 'requested']);

    const seenByPup = (await pup.get(`/api/cooperation-groups/${group.id}`)).json<GroupView>();
    expect(seenByPup).toMatchObject({ viewer: 'member', internalNotes: null, abilities: { manage: false } });
    expect(
      (await opsWorker.get(`/api/cooperation-groups/${group.id}`)).json<GroupView>().internalNotes,
    ).not.toBeNull();
    for (const stranger of [outsider, official, rops])
      expect((await stranger.get(`/api/cooperation-groups/${group.id}`)).statusCode).toBe(404);
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, group.id), eq(auditEvents.action, 'cooperationGroup.convene')));
    expect(audit).toHaveLength(1);
  });

  it('each asked institution names its own delegate or declines; a decliner loses sight of the group', async () => {
    const pupMember = group.members.find((m) => m.institution.id === s.pup.id)!;
    const pcprMember = group.members.find((m) => m.institution.id === s.pcpr.id)!;
    const base = `/api/cooperation-groups/${group.id}/members`;
    const candidates = await pup.get(`${base}/${pupMember.id}/candidates`);
    expect(candidates.json<DelegateCandidatesResponse>().items.map((c) => c.id)).toContain(pupUserId);
    // Another institution may not answer for the PUP, nor list its staff.
    expect((await pcpr.get(`${base}/${pupMember.id}/candidates`)).statusCode).toBe(403);
    expect(
      (
        await pcpr.post(`${base}/${pupMember.id}/response`, {
          version: 1,
          decision: 'name',
          delegateUserId: pcprWorkerId,
        })
      ).statusCode,
    ).toBe(403);
    // A person of another institution cannot be the PUP's delegate.
    const foreign = await pup.post(`${base}/${pupMember.id}/response`, {
      version: 1,
      decision: 'name',
      delegateUserId: pcprWorkerId,
    });
    expect(fieldsOf(foreign)).toEqual(['delegateUserId:cooperationGroup.delegateNotStaff']);
    const named = await pup.post(`${base}/${pupMember.id}/response`, {
      version: 1,
      decision: 'name',
      delegateUserId: pupUserId,
    });
    expect(named.statusCode).toBe(200);
    expect(named.json<GroupView>().members.find((m) => m.id === pupMember.id)).toMatchObject({
      status: 'named',
      delegateName: expect.any(String),
    });
    const stale = await pup.post(`${base}/${pupMember.id}/response`, {
      version: 1,
      decision: 'name',
      delegateUserId: pupUserId,
    });
    expect(stale.statusCode).toBe(409);

    const noReason = await pcpr.post(`${base}/${pcprMember.id}/response`, {
      version: 1,
      decision: 'decline',
    });
    expect(fieldsOf(noReason)).toEqual(['declineReason:field.required']);
    const declined = await pcpr.post(`${base}/${pcprMember.id}/response`, {
      version: 1,
      decision: 'decline',
      declineReason: 'Sprawa poza właściwością PCPR.',
    });
    expect(declined.statusCode).toBe(204);
    expect((await pcpr.get(`/api/cooperation-groups/${group.id}`)).statusCode).toBe(404);
  });

  it('records a meeting with attendance and minutes, printed as a PDF with Polish characters', async () => {
    group = (await ops.get(`/api/cooperation-groups/${group.id}`)).json<GroupView>();
    const pupMember = group.members.find((m) => m.institution.id === s.pup.id)!;
    const pcprMember = group.members.find((m) => m.institution.id === s.pcpr.id)!;
    const url = `/api/cooperation-groups/${group.id}/meetings`;
    const meeting = {
      heldAt: '2026-03-04T09:00:00Z',
      place: 'Sala narad MGOPS, Janów Lubelski',
      agenda: 'Ocena sytuacji rodziny; podział zadań.',
      minutes: 'Ustalono wspólne działania: pośrednictwo pracy i pomoc mieszkaniową.',
      decisions: ['PUP przedstawi ofertę zatrudnienia', 'OPS złoży wniosek o zasiłek celowy'],
      presentMemberIds: [pupMember.id],
    };
    expect((await pup.post(url, meeting)).statusCode).toBe(403);
    const declinedPresent = await ops.post(url, { ...meeting, presentMemberIds: [pcprMember.id] });
    expect(fieldsOf(declinedPresent)).toEqual(['presentMemberIds.0:cooperationGroup.notDelegate']);
    const saved = await ops.post(url, meeting);
    expect(saved.statusCode).toBe(200);
    const [held] = saved.json<GroupView>().meetings;
    expect(held).toMatchObject({ presentMemberIds: [pupMember.id], decisions: meeting.decisions });

    const pdf = await pup.get(`${url}/${held!.id}/minutes.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf.rawPayload }).toString('utf8');
    expect(text).toContain('Protokół z posiedzenia Gminnej Grupy Kooperacji');
    expect(text).toContain('Rodzina Ł. — sprawa 3/2026');
    expect(text).toContain('PUP przedstawi ofertę zatrudnienia');
    expect(text).not.toContain('Tylko dla OPS');
    expect((await outsider.get(`${url}/${held!.id}/minutes.pdf`)).statusCode).toBe(404);

    const changed = await ops.patch(`${url}/${held!.id}`, { version: held!.version, place: 'Urząd Miejski' });
    expect(changed.json<GroupView>().meetings[0]).toMatchObject({ place: 'Urząd Miejski', version: 2 });
    expect((await ops.patch(`${url}/${held!.id}`, { version: 1, place: 'X' })).statusCode).toBe(409);
  });

  it('gives tasks per institution; each sees and reports on its own only, the OPS on all', async () => {
    const pupMember = group.members.find((m) => m.institution.id === s.pup.id)!;
    const url = `/api/cooperation-groups/${group.id}/tasks`;
    const past = '2026-01-15';
    const forPup = await ops.post(url, {
      memberId: pupMember.id,
      title: 'Oferta pracy dla ojca',
      dueOn: '2099-06-30',
    });
    expect(forPup.statusCode).toBe(200);
    const overdue = await ops.post(url, { memberId: pupMember.id, title: 'Szkolenie zawodowe', dueOn: past });
    const tasks = overdue.json<GroupView>().tasks;
    expect(tasks.map((x) => [x.title, x.overdue])).toEqual([
      ['Szkolenie zawodowe', true],
      ['Oferta pracy dla ojca', false],
    ]);
    const missing = await ops.post(url, { memberId: pupMember.id, title: '', dueOn: 'jutro' });
    expect(fieldsOf(missing)).toEqual(['title:field.required', 'dueOn:field.date']);

    const seen = (await pup.get(`/api/cooperation-groups/${group.id}`)).json<GroupView>();
    expect(seen.tasks).toHaveLength(2);
    expect(seen.tasks.every((x) => x.abilities.changeStatus)).toBe(true);
    const task = seen.tasks.find((x) => x.title === 'Oferta pracy dla ojca')!;
    const done = await pup.put(`${url}/${task.id}/status`, {
      status: 'done',
      note: 'Podjął pracę',
      version: 1,
    });
    expect(done.statusCode).toBe(200);
    expect(done.json<GroupView>().tasks.find((x) => x.id === task.id)).toMatchObject({
      status: 'done',
      completedOn: warsawToday(),
    });
    expect((await pup.put(`${url}/${task.id}/status`, { status: 'inProgress', version: 1 })).statusCode).toBe(
      409,
    );
    expect(
      (await opsWorker.put(`${url}/${task.id}/status`, { status: 'inProgress', version: 2 })).statusCode,
    ).toBe(403);
  });

  it("hides one member's tasks from another member", async () => {
    const mine = await buildGroup(t.ctx, s);
    const pcprSide = await pcpr.post(
      `/api/cooperation-groups/${mine.id}/members/${mine.pcprMember.id}/response`,
      {
        version: 1,
        decision: 'name',
        delegateUserId: pcprWorkerId,
      },
    );
    expect(pcprSide.statusCode).toBe(200);
    const url = `/api/cooperation-groups/${mine.id}/tasks`;
    await ops.post(url, { memberId: mine.pupMember.id, title: 'Zadanie PUP', dueOn: '2099-01-01' });
    const both = await ops.post(url, {
      memberId: mine.pcprMember.id,
      title: 'Zadanie PCPR',
      dueOn: '2099-01-01',
    });
    expect(both.json<GroupView>().tasks).toHaveLength(2);
    const pcprView = (await pcpr.get(`/api/cooperation-groups/${mine.id}`)).json<GroupView>();
    expect(pcprView.tasks.map((x) => x.title)).toEqual(['Zadanie PCPR']);
    expect(pcprView.internalNotes).toBeNull();
    const pupTask = both.json<GroupView>().tasks.find((x) => x.title === 'Zadanie PUP')!;
    expect((await pcpr.put(`${url}/${pupTask.id}/status`, { status: 'done', version: 1 })).statusCode).toBe(
      404,
    );
  });

  it('closes with a result after confirmation of the version; then everything is read-only', async () => {
    const current = (await ops.get(`/api/cooperation-groups/${group.id}`)).json<GroupView>();
    expect(
      (
        await pup.post(`/api/cooperation-groups/${group.id}/close`, {
          version: current.version,
          outcome: 'resolved',
          resultSummary: 'x',
        })
      ).statusCode,
    ).toBe(403);
    const noSummary = await ops.post(`/api/cooperation-groups/${group.id}/close`, {
      version: current.version,
      outcome: 'resolved',
    });
    expect(fieldsOf(noSummary)).toEqual(['resultSummary:field.required']);
    expect(
      (
        await ops.post(`/api/cooperation-groups/${group.id}/close`, {
          version: current.version + 1,
          outcome: 'resolved',
          resultSummary: 'x',
        })
      ).statusCode,
    ).toBe(409);
    const closed = await ops.post(`/api/cooperation-groups/${group.id}/close`, {
      version: current.version,
      outcome: 'partlyResolved',
      resultSummary: 'Ojciec podjął pracę; sprawa mieszkaniowa w toku.',
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json<GroupView>()).toMatchObject({
      status: 'closed',
      outcome: 'partlyResolved',
      abilities: { manage: false },
    });
    const after = closed.json<GroupView>();
    const open = after.tasks.find((x) => x.status === 'planned')!;
    expect(
      (
        await pup.put(`/api/cooperation-groups/${group.id}/tasks/${open.id}/status`, {
          status: 'done',
          version: open.version,
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await ops.post(`/api/cooperation-groups/${group.id}/meetings`, {
          heldAt: '2026-05-01T10:00:00Z',
          place: 'X',
          agenda: 'X',
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (await ops.patch(`/api/cooperation-groups/${group.id}`, { version: after.version, label: 'Nowa' }))
        .statusCode,
    ).toBe(409);
  });

  it('lists the groups each institution takes part in, searched and filtered by state', async () => {
    const all = (await ops.get('/api/cooperation-groups?pageSize=1')).json<GroupListResponse>();
    expect(all.total).toBeGreaterThanOrEqual(2);
    expect(all.items).toHaveLength(1);
    const closed = (await ops.get('/api/cooperation-groups?status=closed')).json<GroupListResponse>();
    expect(closed.items.map((g) => g.id)).toEqual([group.id]);
    const searched = (
      await ops.get(`/api/cooperation-groups?q=${encodeURIComponent('rodzina l')}`)
    ).json<GroupListResponse>();
    expect(searched.items.map((g) => g.id)).toEqual([group.id]);
    expect(
      (await pcpr.get('/api/cooperation-groups')).json<GroupListResponse>().items.map((g) => g.id),
    ).not.toContain(group.id);
    expect((await outsider.get('/api/cooperation-groups')).json<GroupListResponse>().total).toBe(0);
  });
});

describe("the mayor's summary and the record for the ROPS", () => {
  it('gives the gmina counts only, as a page and a PDF; nobody else gets them', async () => {
    const response = await official.get('/api/cooperation-summary?from=2026-01-01&to=2099-12-31');
    expect(response.statusCode).toBe(200);
    const summary = response.json<MayorSummary>();
    expect(summary.jst).toEqual({ id: s.gmina.id, name: s.gmina.name });
    expect(summary.groups).toMatchObject({ convened: 2, active: 1, closed: 1 });
    expect(summary.groups.closedByOutcome.partlyResolved).toBe(1);
    expect(summary.tasks).toEqual({ done: 1, overdue: 1 });
    expect(response.body).not.toContain('Rodzina');

    const pdf = await official.get('/api/cooperation-summary.pdf?from=2026-01-01&to=2099-12-31');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf.rawPayload }).toString('utf8');
    expect(text).toContain('Informacja o działaniu Gminnych Grup Kooperacji');
    expect(text).toContain('Problem rozwiązany częściowo');

    expect((await ops.get('/api/cooperation-summary')).json<MayorSummary>().jst).toBeNull();
    expect((await ops.get(`/api/cooperation-summary?jstInstitutionId=${s.gmina.id}`)).statusCode).toBe(404);
    expect((await ops.get('/api/cooperation-summary.pdf')).statusCode).toBe(404);
    const inverted = await official.get('/api/cooperation-summary?from=2026-02-01&to=2026-01-01');
    expect(inverted.statusCode).toBe(400);
  });

  it('is sent by the OPS to its ROPS, read by both and nobody else', async () => {
    const body = {
      opsInstitutionId: s.ops.id,
      ropsInstitutionId: s.rops.id,
      periodFrom: '2026-01-01',
      periodTo: '2026-06-30',
      items: [{ category: 'homelessness', count: 4, unmetNeeds: 'Brak mieszkań chronionych w gminie.' }],
    };
    expect((await opsWorker.post('/api/cooperation-needs-reports', body)).statusCode).toBe(403);
    const wrong = await ops.post('/api/cooperation-needs-reports', {
      ...body,
      ropsInstitutionId: s.pup.id,
      items: [{ category: 'homelessness', count: -1, unmetNeeds: '' }],
    });
    expect(fieldsOf(wrong)).toEqual([
      'items.0.count:cooperationGroup.count',
      'items.0.unmetNeeds:field.required',
    ]);
    const notRops = await ops.post('/api/cooperation-needs-reports', {
      ...body,
      ropsInstitutionId: s.pup.id,
    });
    expect(fieldsOf(notRops)).toEqual(['ropsInstitutionId:cooperationGroup.notRops']);
    const sent = await ops.post('/api/cooperation-needs-reports', body);
    expect(sent.statusCode).toBe(201);
    const report = sent.json<NeedsReportView>();
    const listed = (await rops.get('/api/cooperation-needs-reports')).json<NeedsReportListResponse>();
    expect(listed.items.map((r) => r.id)).toEqual([report.id]);
    expect(
      (await rops.get(`/api/cooperation-needs-reports/${report.id}`)).json<NeedsReportView>().items,
    ).toEqual(body.items);
    expect((await pup.get(`/api/cooperation-needs-reports/${report.id}`)).statusCode).toBe(404);
    expect((await pup.get('/api/cooperation-needs-reports')).json<NeedsReportListResponse>().total).toBe(0);
  });
});
