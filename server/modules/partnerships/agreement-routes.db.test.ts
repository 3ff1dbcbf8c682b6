import { execFileSync } from 'node:child_process';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttentionResponse } from '../../../common/contracts/attention';
import type { LifecycleView, MeetingView } from '../../../common/contracts/partnership-activity';
import type {
  AgreementDiff,
  AgreementList,
  AgreementView,
} from '../../../common/contracts/partnership-agreements';
import { buildInstitution } from '../../../tests/support/factories/institutions';
import { buildPartnership } from '../../../tests/support/factories/partnerships';
import { buildMember, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import { type Agent, createTestApp, type TestApp } from '../../../tests/support/test-app';
import { auditEvents } from '../../platform/audit';
import { addDays, warsawToday } from './agreement-state';

let t: TestApp;
let p: Awaited<ReturnType<typeof buildPartnership>>;
/** A coordinator of the leading OPS: governs the partnership and signs for the OPS. */
let ops: Agent;
/** A manager of the PUP (an implementer): signs for the PUP only. */
let pup: Agent;
/** A manager of the NGO (the coordinator/operator): governs too. */
let ngo: Agent;
let outsider: Agent;

type ErrorBody = {
  error: { code: string; message: string; fields?: { field: string; code: string }[]; details?: unknown };
};

beforeAll(async () => {
  t = await createTestApp();
  p = await buildPartnership(t.ctx);
  const signIn = async (institutionId: string, role: 'coordinator' | 'manager') =>
    t.agent().signIn((await buildMember(t.ctx, institutionId, role)).email, DEFAULT_PASSWORD);
  ops = await signIn(p.ops.id, 'coordinator');
  pup = await signIn(p.pup.id, 'manager');
  ngo = await signIn(p.ngo.id, 'manager');
  outsider = await signIn((await buildInstitution(t.ctx)).id, 'manager');
});
afterAll(() => t.close());

const url = (path = '') => `/api/partnerships/${p.id}/agreements${path}`;
const pdfText = (pdf: Buffer) =>
  execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8');

/** A multipart body with one file in the field `scan`. */
function multipart(bytes: Buffer, fileName: string, type: string) {
  const boundary = '----kooperacja-test';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="scan"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('an agreement from draft to force', () => {
  let a: AgreementView;
  const lifecycle = async () => (await ops.get(`/api/partnerships/${p.id}/lifecycle`)).json<LifecycleView>();
  const complete = async (step: string, body: object = {}) =>
    ops.post(`/api/partnerships/${p.id}/lifecycle/${step}/complete`, {
      version: (await lifecycle()).version,
      ...body,
    });

  it("the leader drafts a cooperation agreement filled with the partnership's members and legal bases", async () => {
    const response = await ops.post(url(), { kind: 'cooperation', termFrom: '2025-01-01' });
    expect(response.statusCode).toBe(201);
    a = response.json<AgreementView>();
    expect(a).toMatchObject({ state: 'draft', currentVersion: 1, partyCount: 3, signedCount: 0 });
    expect(a.sections.parties).toContain(p.ops.name);
    expect(a.sections.legalBases).toContain('o rynku pracy i służbach zatrudnienia');
    expect(a.sections.roles).toContain('Instytucjami wejścia');
    expect(a.abilities).toMatchObject({ edit: true, sendToSignature: true, sign: false });
  });

  it('an implementer does not draft (403) and an outsider does not see the agreements at all (404)', async () => {
    expect((await pup.post(url(), { kind: 'cooperation' })).statusCode).toBe(403);
    expect((await outsider.get(url())).statusCode).toBe(404);
    expect((await outsider.get(url(`/${a.id}`))).statusCode).toBe(404);
    expect((await pup.get(url())).json<AgreementList>().items).toHaveLength(1);
  });

  it('a signature before the text is sent to signature is refused with 409', async () => {
    const response = await ops.post(url(`/${a.id}/signatures`), {
      version: a.version,
      memberId: p.members.ops.id,
      signerName: 'Anna Kowalska',
      signerPosition: 'Dyrektor',
      signedOn: '2025-01-10',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json<ErrorBody>().error.code).toBe('agreement.notInSignature');
  });

  it('each save of the text is a new version, and the diff shows the changed words per section', async () => {
    const response = await ngo.patch(url(`/${a.id}`), {
      version: a.version,
      sections: { goals: 'Zażółć gęślą jaźń: wspólna usługa integracji dla 12 osób.', resources: '' },
    });
    expect(response.statusCode).toBe(200);
    const saved = response.json<AgreementView>();
    expect(saved.currentVersion).toBe(2);
    const diff = (await ops.get(url(`/${a.id}/diff?from=1&to=2`))).json<AgreementDiff>();
    const goals = diff.sections.find((s) => s.section === 'goals');
    expect(goals?.changed).toBe(true);
    expect(
      goals?.parts
        .filter((x) => x.kind === 'added')
        .map((x) => x.text)
        .join(''),
    ).toContain('gęślą');
    expect(diff.sections.find((s) => s.section === 'legalBases')?.changed).toBe(false);
    a = saved;
  });

  it('a concurrent edit at a stale version answers 409 with the agreement as it is now', async () => {
    const response = await ops.patch(url(`/${a.id}`), { version: a.version - 1, title: 'Inny tytuł' });
    expect(response.statusCode).toBe(409);
    const { error } = response.json<ErrorBody>();
    expect(error.code).toBe('versionConflict');
    expect(error.details).toMatchObject({ current: { id: a.id, currentVersion: 2 } });
  });

  it('sending to signature needs every section: an empty one is named as a field (400)', async () => {
    const response = await ops.post(url(`/${a.id}/send-to-signature`), { version: a.version });
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorBody>().error.fields).toEqual([
      expect.objectContaining({ field: 'sections.resources', code: 'field.required' }),
    ]);
    a = (
      await ops.patch(url(`/${a.id}`), {
        version: a.version,
        sections: { resources: 'Każdy partner finansuje swoje zadania.' },
      })
    ).json<AgreementView>();
    const sent = await ops.post(url(`/${a.id}/send-to-signature`), { version: a.version });
    expect(sent.statusCode).toBe(200);
    a = sent.json<AgreementView>();
    expect(a.state).toBe('inSignature');
    expect(
      (await ops.patch(url(`/${a.id}`), { version: a.version, title: 'Zmiana' })).json<ErrorBody>().error
        .code,
    ).toBe('agreement.notDraft');
  });

  it("tells a member's manager on the dashboard that the agreement awaits its signature", async () => {
    const attention = (await pup.get('/api/attention')).json<AttentionResponse>();
    expect(attention.items).toContainEqual(
      expect.objectContaining({
        kind: 'agreementsAwaitingSignature',
        count: 1,
        institutionId: p.pup.id,
        partnership: { id: p.id, name: p.partnership.row.name },
      }),
    );
    const unsigned = (await pup.get('/api/partnerships/unsigned-agreements')).json<{
      items: { agreementId: string }[];
    }>();
    expect(unsigned.items.map((i) => i.agreementId)).toEqual([a.id]);
  });

  it('step 4 of the lifecycle is refused until every member has signed', async () => {
    expect((await complete('leaderEmerged')).statusCode).toBe(200);
    expect((await complete('partnersAcquired')).statusCode).toBe(200);
    expect(
      (await complete('rulesAgreed', { note: 'Cele, zasady i role ustalone na spotkaniu.' })).statusCode,
    ).toBe(200);
    const refused = await complete('agreementSigned');
    expect(refused.statusCode).toBe(409);
    expect(refused.json<ErrorBody>().error.code).toBe('lifecycle.noSignedAgreement');
  });

  it("a member records only its own institution's signature; the last one brings the agreement into force", async () => {
    const sign = (agent: Agent, memberId: string, signedOn: string) =>
      agent.post(url(`/${a.id}/signatures`), {
        version: a.version,
        memberId,
        signerName: 'Łucja Żółkiewska',
        signerPosition: 'Dyrektor',
        signedOn,
      });
    expect((await sign(pup, p.members.ngo.id, '2025-02-01')).statusCode).toBe(403);
    const future = await sign(pup, p.members.pup.id, addDays(warsawToday(), 2));
    expect(future.json<ErrorBody>().error.fields?.[0]).toMatchObject({ field: 'signedOn' });
    for (const [agent, memberId, date] of [
      [ops, p.members.ops.id, '2025-02-01'],
      [pup, p.members.pup.id, '2025-02-03'],
    ] as const) {
      const response = await sign(agent, memberId, date);
      expect(response.statusCode).toBe(200);
      a = response.json<AgreementView>();
      expect(a.state).toBe('inSignature');
    }
    expect((await sign(pup, p.members.pup.id, '2025-02-03')).json<ErrorBody>().error.code).toBe(
      'agreement.alreadySigned',
    );
    const last = await sign(ngo, p.members.ngo.id, '2025-02-05');
    a = last.json<AgreementView>();
    expect(a).toMatchObject({ state: 'inForce', inForceSince: '2025-02-05', signedCount: 3 });
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'partnership.agreement.sign'), eq(auditEvents.entityId, a.id)))
      .orderBy(auditEvents.occurredAt)
      .offset(2);
    expect(event?.changes).toMatchObject({ state: { before: 'inSignature', after: 'inForce' } });
  });

  it('step 4 completes once the agreement in force is signed by every member', async () => {
    const done = await complete('agreementSigned');
    expect(done.statusCode).toBe(200);
    expect(done.json<LifecycleView>().currentStep).toBe('targetGroupAssessed');
  });

  it('a scan must be a PDF, JPEG or PNG of at most 10 MB, checked by its bytes; only the signer uploads it', async () => {
    const signature = a.signatures.find((s) => s.memberId === p.members.ops.id)!;
    const scanUrl = url(`/${a.id}/signatures/${signature.id}/scan`);
    const text = multipart(Buffer.from('to nie jest PDF'), 'skan.pdf', 'application/pdf');
    const wrong = await ops.put(scanUrl, text.payload, text.headers);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<ErrorBody>().error.fields?.[0]).toMatchObject({
      field: 'scan',
      code: 'agreement.scanType',
    });
    const huge = multipart(
      Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024)]),
      'a.pdf',
      'application/pdf',
    );
    const tooBig = await ops.put(scanUrl, huge.payload, huge.headers);
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json<ErrorBody>().error.fields?.[0]).toMatchObject({
      field: 'scan',
      code: 'agreement.scanTooLarge',
    });
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from('obraz'),
    ]);
    const good = multipart(png, 'podpisana umowa.png', 'application/octet-stream');
    expect((await pup.put(scanUrl, good.payload, good.headers)).statusCode).toBe(403);
    const stored = await ops.put(scanUrl, good.payload, good.headers);
    expect(stored.statusCode).toBe(200);
    expect(stored.json<AgreementView>().signatures.find((s) => s.id === signature.id)?.scan).toMatchObject({
      mimeType: 'image/png',
      sizeBytes: png.length,
    });
    const download = await pup.get(scanUrl);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''podpisana%20umowa.png");
    expect(download.rawPayload.equals(png)).toBe(true);
    expect((await outsider.get(scanUrl)).statusCode).toBe(404);
  });

  it('the PDF of a version has the Polish text, the parties with identifiers, the signatures and the page numbers', async () => {
    const response = await pup.get(url(`/${a.id}/versions/3/pdf`));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = pdfText(response.rawPayload);
    expect(text).toContain('Porozumienie o współpracy');
    expect(text).toContain('Zażółć gęślą jaźń');
    expect(text).toContain(p.pup.name);
    expect(text).toContain(`NIP ${p.ops.nip}`);
    expect(text).toContain('Podpisał(a): Łucja Żółkiewska, Dyrektor, dnia 5 lutego 2025 r.');
    expect(text).toContain('Wersja 3 z dnia');
    expect(text).toMatch(/Strona 1 z \d/);
    expect((await pup.get(url(`/${a.id}/versions/9/pdf`))).statusCode).toBe(404);
  });

  it('terminating needs a reason and keeps it with the date; a completed step stays completed', async () => {
    const blank = await ops.post(url(`/${a.id}/terminate`), {
      version: a.version,
      reason: '',
      terminatedOn: '2025-06-30',
    });
    expect(blank.statusCode).toBe(400);
    const response = await ops.post(url(`/${a.id}/terminate`), {
      version: a.version,
      reason: 'Zakończenie projektu',
      terminatedOn: '2025-06-30',
    });
    expect(response.json<AgreementView>()).toMatchObject({
      state: 'terminated',
      terminationReason: 'Zakończenie projektu',
    });
    expect((await lifecycle()).steps.find((s) => s.step === 'agreementSigned')?.status).toBe('completed');
  });
});

describe('expiry and annexes', () => {
  it('an agreement in force ending within 60 days is on the dashboard; an annex amends only an agreement in force', async () => {
    const today = warsawToday();
    const created = (
      await ops.post(url(), { kind: 'pzkDeclaration', termFrom: '2025-01-01', termTo: addDays(today, 10) })
    ).json<AgreementView>();
    let a = (
      await ops.post(url(`/${created.id}/send-to-signature`), { version: created.version })
    ).json<AgreementView>();
    for (const [agent, memberId] of [
      [ops, p.members.ops.id],
      [pup, p.members.pup.id],
      [ngo, p.members.ngo.id],
    ] as const)
      a = (
        await agent.post(url(`/${a.id}/signatures`), {
          version: a.version,
          memberId,
          signerName: 'Jan Nowak',
          signerPosition: 'Kierownik',
          signedOn: today,
        })
      ).json<AgreementView>();
    expect(a.state).toBe('inForce');
    const attention = (await ngo.get('/api/attention')).json<AttentionResponse>();
    expect(attention.items).toContainEqual(
      expect.objectContaining({ kind: 'agreementsExpiringSoon', count: 1, institutionId: p.ngo.id }),
    );

    const annex = await ops.post(url(), { kind: 'annex', parentAgreementId: a.id });
    expect(annex.statusCode).toBe(201);
    expect(annex.json<AgreementView>().sectionKeys).toEqual(['parties', 'amendments', 'term', 'legalBases']);
    const orphan = await ops.post(url(), { kind: 'annex' });
    expect(orphan.json<ErrorBody>().error.fields?.[0]).toMatchObject({ field: 'parentAgreementId' });
  });
});

describe('meeting minutes', () => {
  it('the minutes PDF has the meeting, the attendance, the agenda, the minutes and the decisions', async () => {
    const meeting = (
      await ops.post(`/api/partnerships/${p.id}/meetings`, {
        title: 'Posiedzenie ciała zarządzającego',
        startsAt: '2025-03-04T09:00:00Z',
        place: 'Janów Lubelski, ul. Zamoyskiego 59',
        agenda: '1. Przyjęcie planu działań',
      })
    ).json<MeetingView>();
    const updated = (
      await ops.patch(`/api/partnerships/${p.id}/meetings/${meeting.id}`, {
        version: meeting.version,
        minutes: 'Uczestnicy omówili źródła finansowania i przyjęli harmonogram.',
      })
    ).json<MeetingView>();
    await ops.put(`/api/partnerships/${p.id}/meetings/${meeting.id}/attendance`, {
      version: updated.version,
      entries: [{ memberId: p.members.pup.id, status: 'present', representative: 'Ewa Łęcka' }],
    });
    await ops.post(`/api/partnerships/${p.id}/decisions`, {
      body: 'managementBody',
      summary: 'Przyjęto harmonogram działań na 2025 r.',
      decidedOn: '2025-03-04',
      meetingId: meeting.id,
    });
    const response = await pup.get(`/api/partnerships/${p.id}/meetings/${meeting.id}/minutes.pdf`);
    expect(response.statusCode).toBe(200);
    const text = pdfText(response.rawPayload);
    for (const expected of [
      'Protokół ze spotkania',
      'Posiedzenie ciała zarządzającego',
      '4 marca 2025',
      p.pup.name,
      'Obecny',
      'Ewa Łęcka',
      'Przyjęcie planu działań',
      'źródła finansowania',
      'Przyjęto harmonogram działań na 2025 r.',
    ])
      expect(text).toContain(expected);
    expect(
      (await outsider.get(`/api/partnerships/${p.id}/meetings/${meeting.id}/minutes.pdf`)).statusCode,
    ).toBe(404);
  });
});
