import { describe, expect, it } from 'vitest';
import { checkFounders, foundingRules } from './pes-founding';

const persons = (n: number) => Array.from({ length: n }, () => ({ kind: 'person' as const }));
const legal = (n: number) => Array.from({ length: n }, () => ({ kind: 'legalPerson' as const }));

describe('the legal minimum of founders', () => {
  it('holds the numbers of the acts', () => {
    expect(
      Object.fromEntries(
        Object.entries(foundingRules).map(([form, r]) => [form, [r.minimumPersons, r.minimumLegalPersons]]),
      ),
    ).toEqual({
      socialCooperative: [5, 2],
      foundation: [1, 1],
      association: [7, null],
      simpleAssociation: [3, null],
      nonProfitCompany: [1, 1],
    });
    for (const rule of Object.values(foundingRules)) expect(rule.legalBasis).toMatch(/^art\. \d+/);
  });

  it('a social cooperative: 5 natural persons or 2 legal persons, never a mix counted together', () => {
    expect(checkFounders('socialCooperative', persons(5)).met).toBe(true);
    expect(checkFounders('socialCooperative', persons(4)).met).toBe(false);
    expect(checkFounders('socialCooperative', legal(2)).met).toBe(true);
    expect(checkFounders('socialCooperative', [...persons(4), ...legal(1)])).toEqual({
      persons: 4,
      legalPersons: 1,
      met: false,
    });
  });

  it('associations: legal persons do not count; 7 people for an ordinary one, 3 for a simple one', () => {
    expect(checkFounders('association', persons(6)).met).toBe(false);
    expect(checkFounders('association', persons(7)).met).toBe(true);
    expect(checkFounders('association', legal(10)).met).toBe(false);
    expect(checkFounders('simpleAssociation', persons(2)).met).toBe(false);
    expect(checkFounders('simpleAssociation', persons(3)).met).toBe(true);
  });

  it('a foundation or a non-profit company: one founder of either kind', () => {
    for (const form of ['foundation', 'nonProfitCompany'] as const) {
      expect(checkFounders(form, []).met).toBe(false);
      expect(checkFounders(form, persons(1)).met).toBe(true);
      expect(checkFounders(form, legal(1)).met).toBe(true);
    }
  });
});
