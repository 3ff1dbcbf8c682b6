import { describe, expect, it } from 'vitest';
import { sectionsOfKind } from '../../../common/contracts/partnership-agreements';
import { diffSections } from './agreement-diff';
import { sniffScanType } from './agreement-signature.service';
import {
  acceptsSignatures,
  addDays,
  canBeTerminated,
  effectiveState,
  isEditable,
  missingForSignature,
  signedByAll,
  termProblem,
  warsawToday,
} from './agreement-state';
import { draftFromTemplate, polishDate, type TemplateInput } from './agreement-templates';

const input: TemplateInput = {
  kind: 'cooperation',
  partnershipName: 'Razem do pracy',
  description: null,
  area: ['gmina Janów Lubelski'],
  parties: [
    {
      institutionName: 'MGOPS w Janowie Lubelskim',
      institutionType: 'ops',
      role: 'leader',
      inManagementBody: true,
    },
    {
      institutionName: 'PUP w Janowie Lubelskim',
      institutionType: 'pup',
      role: 'implementer',
      inManagementBody: true,
    },
    {
      institutionName: 'Stowarzyszenie Razem',
      institutionType: 'ngo',
      role: 'coordinator',
      inManagementBody: true,
    },
  ],
  agreedRules: [{ summary: 'Usługą partnerstwa jest reintegracja zawodowa.', decidedOn: '2025-02-10' }],
  termFrom: '2025-03-01',
  termTo: '2026-02-28',
};

describe('agreement templates', () => {
  it("model A's agreement has every section of seed 002, filled from the partnership's data", () => {
    const { title, sections } = draftFromTemplate(input);
    expect(title).toBe('Porozumienie o współpracy w ramach partnerstwa „Razem do pracy”');
    expect(Object.keys(sections)).toEqual([...sectionsOfKind.cooperation]);
    expect(sections.parties).toContain('1. MGOPS w Janowie Lubelskim — Lider');
    expect(sections.goals).toContain('gmina Janów Lubelski');
    expect(sections.goals).toContain(
      'Usługą partnerstwa jest reintegracja zawodowa. (ustalenie z dnia 10 lutego 2025 r.)',
    );
    expect(sections.roles).toContain(
      'Instytucjami wejścia, przez które osoba trafia do usługi Partnerstwa, są: MGOPS w Janowie Lubelskim, PUP w Janowie Lubelskim.',
    );
    expect(sections.dataExchange).toContain('otrzymuje je na piśmie w instytucji wejścia');
    expect(sections.resources).toContain('nie tworzy wspólnego budżetu');
    expect(sections.term).toBe(
      'Porozumienie zawiera się na czas określony od dnia 1 marca 2025 r. do dnia 28 lutego 2026 r.',
    );
    for (const basis of [
      'o rynku pracy i służbach zatrudnienia',
      'art. 25 ust. 4 i 5',
      'art. 5 ustawy',
      'Kodeks cywilny',
    ])
      expect(sections.legalBases).toContain(basis);
  });

  it('the PZK declaration speaks of delegating representatives to the GGK; an annex names the agreement it amends', () => {
    const pzk = draftFromTemplate({ ...input, kind: 'pzkDeclaration', termTo: null });
    expect(pzk.sections.roles).toContain('Gminnej Grupy Kooperacji');
    expect(pzk.sections.term).toContain('na czas nieokreślony');
    expect(pzk.sections.resources).toBeUndefined();
    const annex = draftFromTemplate({ ...input, kind: 'annex', parentTitle: 'Porozumienie o współpracy' });
    expect(annex.title).toBe('Aneks do porozumienia „Porozumienie o współpracy”');
    expect(Object.keys(annex.sections)).toEqual(['parties', 'amendments', 'term', 'legalBases']);
  });

  it('writes dates the Polish legal way', () => {
    expect(polishDate('2025-09-01')).toBe('1 września 2025 r.');
  });
});

describe('agreement states', () => {
  it('an agreement in force past its term reads as expired, on the day after the term ends in Warsaw', () => {
    const a = { state: 'inForce' as const, termTo: '2025-06-30' };
    expect(effectiveState(a, '2025-06-30')).toBe('inForce');
    expect(effectiveState(a, '2025-07-01')).toBe('expired');
    expect(effectiveState({ state: 'inSignature', termTo: '2025-06-30' }, '2025-07-01')).toBe('inSignature');
    expect(warsawToday(new Date('2025-06-30T22:30:00Z'))).toBe('2025-07-01');
    expect(addDays('2025-12-20', 30)).toBe('2026-01-19');
  });

  it('only a draft is edited; signatures only once frozen; expired and terminated ones stay', () => {
    expect(isEditable('draft')).toBe(true);
    expect(isEditable('inSignature')).toBe(false);
    expect(acceptsSignatures('draft')).toBe(false);
    expect(acceptsSignatures('inSignature')).toBe(true);
    expect(acceptsSignatures('expired')).toBe(false);
    expect(canBeTerminated('inForce')).toBe(true);
    expect(canBeTerminated('expired')).toBe(false);
    expect(canBeTerminated('terminated')).toBe(false);
  });

  it('names the empty sections and the title as fields; the term ends after it starts', () => {
    expect(missingForSignature('annex', ' ', { parties: 'x', amendments: '', term: 'x' })).toEqual([
      'title',
      'sections.amendments',
      'sections.legalBases',
    ]);
    expect(termProblem('2025-02-01', '2025-01-31')).toBe('termTo');
    expect(termProblem('2025-02-01', null)).toBeNull();
  });

  it('is signed by all only when every current member has signed', () => {
    expect(signedByAll(['a', 'b'], new Set(['a']))).toBe(false);
    expect(signedByAll(['a', 'b'], new Set(['a', 'b', 'left']))).toBe(true);
    expect(signedByAll([], new Set())).toBe(false);
  });
});

describe('version diff', () => {
  it('marks added and removed words per section and leaves unchanged sections unchanged', () => {
    const diff = diffSections(
      { number: 1, sections: { goals: 'Wspólna usługa dla 10 osób.', term: 'Na czas nieokreślony.' } },
      { number: 2, sections: { goals: 'Wspólna usługa dla 12 osób.', term: 'Na czas nieokreślony.' } },
    );
    const goals = diff.sections.find((s) => s.section === 'goals')!;
    expect(goals.changed).toBe(true);
    expect(goals.parts).toEqual([
      { kind: 'same', text: 'Wspólna usługa dla ' },
      { kind: 'removed', text: '10' },
      { kind: 'added', text: '12' },
      { kind: 'same', text: ' osób.' },
    ]);
    expect(diff.sections.find((s) => s.section === 'term')).toMatchObject({ changed: false });
  });
});

describe('scan types', () => {
  it('are read from the first bytes, not from the name', () => {
    expect(sniffScanType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffScanType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffScanType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('image/png');
    expect(sniffScanType(Buffer.from('GIF89a'))).toBeNull();
  });
});
