import { execFileSync } from 'node:child_process';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttentionResponse } from '../../../common/contracts/attention';
import { groupOutcomes } from '../../../common/contracts/cooperation-groups';
import type {
  PeriodSummaryListResponse,
  PeriodSummaryView,
} from '../../../common/contracts/cooperation-summaries';
import { buildCooperationSetting, buildGroup } from '../../../tests/support/factories/cooperation-groups';
import { buildMember, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import { auditRowsOf, fieldsOf } from '../../../tests/support/responses';
import { type Agent, createTestApp, type TestApp } from '../../../tests/support/test-app';
import { createTask } from '.';
import { cooperationGroups } from './cooperation-groups.table';
import { lastClosedQuarter } from './period-summary.service';

/**
 * The mayor's periodic summary: one per closed quarter for the gmina's people, counted on the
 * first reading after the quarter ended and kept as counted, with a PDF; the last closed quarter
 * waits on their home page until they open it.
 */

let t: TestApp;
let s: Awaited<ReturnType<typeof buildCooperationSetting>>;
let other: Awaited<ReturnType<typeof buildCooperationSetting>>;
let mayorsOffice: Agent;
let secondOfficial: Agent;
let ops: Agent;
let otherGmina: Agent;

const signIn = async (institutionId: string, role: Parameters<typeof buildMember>[2]) =>
  t.agent().signIn((await buildMember(t.ctx, institutionId, role)).email, DEFAULT_PASSWORD);

/** Moves a group's convening (and closing) into the third quarter of 2026, as if it happened then. */
const backdate = (id: string, closed = false) =>
  t.database.db
    .update(cooperationGroups)
    .set({
      createdAt: new Date('2026-08-10T10:00:00Z'),
      ...(closed
        ? { status: 'closed', closedAt: new Date('2026-09-20T10:00:00Z'), outcome: groupOutcomes[0] }
        : {}),
    })
    .where(eq(cooperationGroups.id, id));

const summaryItems = async (agent: Agent) =>
  (await agent.get('/api/attention'))
    .json<AttentionResponse>()
    .items.filter((i) => i.kind === 'cooperationSummaryReady');

beforeAll(async () => {
  t = await createTestApp();
  s = await buildCooperationSetting(t.ctx);
  other = await buildCooperationSetting(t.ctx);
  const open = await buildGroup(t.ctx, s);
  const closed = await buildGroup(t.ctx, s);
  await backdate(open.id);
  await backdate(closed.id, true);
  await createTask(t.ctx, open.id, {
    memberId: open.pupMember.id,
    title: 'Oferta pracy',
    dueOn: '2026-08-20',
  });
  mayorsOffice = await signIn(s.gmina.id, 'official');
  secondOfficial = await signIn(s.gmina.id, 'official');
  ops = await signIn(s.ops.id, 'coordinator');
  otherGmina = await signIn(other.gmina.id, 'official');
});
afterAll(() => t.close());

let q3: PeriodSummaryView;
const last = lastClosedQuarter();

describe('the mayor’s quarterly summaries', () => {
  it('the gmina’s people list a summary per closed quarter since the first authorisation', async () => {
    const response = await mayorsOffice.get('/api/cooperation-summaries?year=2026');
    expect(response.statusCode).toBe(200);
    const list = response.json<PeriodSummaryListResponse>();
    expect(list.jst).toEqual({ id: s.gmina.id, name: s.gmina.name });
    // The authorisation is valid from 5 January 2026: Q1 is the first quarter counted.
    expect(list.items.at(-1)).toMatchObject({ year: 2026, quarter: 1, from: '2026-01-01', to: '2026-03-31' });
    q3 = list.items.find((i) => i.year === 2026 && i.quarter === 3)!;
    expect(q3).toMatchObject({
      from: '2026-07-01',
      to: '2026-09-30',
      opened: false,
      groups: { convened: 2, active: 1, closed: 1, closedByOutcome: { [groupOutcomes[0]]: 1 } },
      tasks: { done: 0, overdue: 1 },
    });
    expect(await auditRowsOf(t.database.db, q3.id, 'cooperationGroup.periodSummary.count')).toHaveLength(1);
  });

  it('keeps a quarter as counted: a later change does not rewrite the filed summary', async () => {
    const late = await buildGroup(t.ctx, s);
    await backdate(late.id);
    const again = (
      await mayorsOffice.get('/api/cooperation-summaries?year=2026')
    ).json<PeriodSummaryListResponse>();
    const kept = again.items.find((i) => i.id === q3.id)!;
    expect(kept.groups.convened).toBe(2);
    expect(kept.countedAt).toBe(q3.countedAt);
    expect(again.items.filter((i) => i.year === 2026 && i.quarter === 3)).toHaveLength(1);
    // The on-demand summary still counts the records as they are now.
    const live = await mayorsOffice.get('/api/cooperation-summary?from=2026-07-01&to=2026-09-30');
    expect(live.json<{ groups: { convened: number } }>().groups.convened).toBe(3);
  });

  it('the last closed quarter waits on each official’s home page until they open it', async () => {
    const [item] = await summaryItems(mayorsOffice);
    expect(item).toMatchObject({
      count: 1,
      institutionId: s.gmina.id,
      cooperationSummary: { year: last.year, quarter: last.quarter },
    });
    expect(await summaryItems(ops)).toEqual([]);
    const opened = await mayorsOffice.get(`/api/cooperation-summaries/${item!.cooperationSummary!.id}`);
    expect(opened.statusCode).toBe(200);
    expect(opened.json<PeriodSummaryView>()).toMatchObject({ opened: true, jst: { id: s.gmina.id } });
    expect(await summaryItems(mayorsOffice)).toEqual([]);
    expect(await summaryItems(secondOfficial)).toHaveLength(1);
  });

  it('the PDF is the summary for the quarter, counts only', async () => {
    const response = await secondOfficial.get(`/api/cooperation-summaries/${q3.id}/summary.pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain('Informacja%20GGK%202026%20kw.%203.pdf');
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: response.rawPayload }).toString(
      'utf8',
    );
    expect(text).toContain('Informacja o działaniu Gminnych Grup Kooperacji');
    expect(text).toContain('Okres: 2026-07-01 – 2026-09-30');
    expect(text).toMatch(/Zwołane w okresie\s+2/);
    expect(text).not.toContain('Oferta pracy');
  });

  it('another gmina’s people get 404; a wrong filter is refused naming the field', async () => {
    expect((await otherGmina.get(`/api/cooperation-summaries/${q3.id}`)).statusCode).toBe(404);
    expect((await otherGmina.get(`/api/cooperation-summaries/${q3.id}/summary.pdf`)).statusCode).toBe(404);
    expect(
      (await otherGmina.get(`/api/cooperation-summaries?jstInstitutionId=${s.gmina.id}`)).statusCode,
    ).toBe(404);
    expect((await ops.get(`/api/cooperation-summaries/${q3.id}`)).statusCode).toBe(404);
    expect((await mayorsOffice.get('/api/cooperation-summaries/nope')).statusCode).toBe(404);
    const own = (await otherGmina.get('/api/cooperation-summaries')).json<PeriodSummaryListResponse>();
    expect(own.jst?.id).toBe(other.gmina.id);
    expect(own.items.every((i) => i.jst.id === other.gmina.id)).toBe(true);
    const bad = await mayorsOffice.get('/api/cooperation-summaries?year=abc');
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toHaveProperty('year');
  });

  it('an institution that is not a gmina government has no summaries to list', async () => {
    const response = await ops.get('/api/cooperation-summaries');
    expect(response.statusCode).toBe(200);
    expect(response.json<PeriodSummaryListResponse>()).toMatchObject({ jst: null, items: [], total: 0 });
  });
});
