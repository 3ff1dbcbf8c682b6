import { describe, expect, it } from 'vitest';
import type { ReadinessItemView } from '../../../common/contracts/provider-readiness';
import { applySelfAssessment, checklistFor, readinessOf, statusOf, withRegistryAnswers } from './checklist';

const card = {
  qualifications: [{ id: 'q1', name: 'Opiekunka środowiskowa' }],
  organisationalResources: ['Koordynator usług'],
  technicalResources: ['Telefon dyżurny'],
};
const facts = { type: 'kis' as const, krs: null, registerEntryNumber: null, registerEntryDate: null };

const confirmed = (validFrom: string, validUntil: string) => ({
  state: 'confirmed' as const,
  validFrom,
  validUntil,
  items: [] as ReadinessItemView[],
});

describe('the readiness checklist', () => {
  it('a KIS without an entry in the voivode’s register is not asked for one; a CIS always is', () => {
    expect(checklistFor(card, facts).map((i) => i.key)).toEqual([
      'qualification.q1',
      'organisationalResource.0',
      'technicalResource.0',
      'procedure.complaints',
      'procedure.dataProtection',
      'procedure.deliveryRecords',
    ]);
    expect(checklistFor(card, { ...facts, type: 'cis' }).at(-1)).toMatchObject({
      key: 'registerEntry.voivodeRegister',
      met: false,
      registry: null,
    });
  });

  it('register entries follow the registry card, whatever the provider answers', () => {
    const items = checklistFor(card, { ...facts, type: 'ngo' });
    const answers = items.map((i) => ({ key: i.key, met: true, staffCount: 1 }));
    const applied = applySelfAssessment(items, answers);
    expect(applied.items.at(-1)).toMatchObject({ key: 'registerEntry.krs', met: false });
    const corrected = withRegistryAnswers(applied.items, { ...facts, type: 'ngo', krs: '0000123456' });
    expect(corrected.at(-1)).toMatchObject({ met: true, registry: { number: '0000123456', date: null } });
  });
});

describe('status and readiness on a day', () => {
  it('a confirmation is expired from the day after its last valid day', () => {
    expect(statusOf(confirmed('2025-01-01', '2025-12-31'), '2025-12-31')).toBe('confirmed');
    expect(statusOf(confirmed('2025-01-01', '2025-12-31'), '2026-01-01')).toBe('expired');
  });

  it('a confirmation in force wins over an open renewal', () => {
    const draft = { state: 'draft' as const, validFrom: null, validUntil: null, items: [] };
    expect(readinessOf([draft, confirmed('2025-01-01', '2025-12-31')], '2025-06-01')).toMatchObject({
      ready: true,
      reason: 'ready',
    });
    expect(readinessOf([draft, confirmed('2024-01-01', '2024-12-31')], '2025-06-01')).toMatchObject({
      ready: false,
      reason: 'inPreparation',
      expiredOn: '2024-12-31',
    });
  });

  it('says when a confirmation starts later, and when there is none', () => {
    expect(readinessOf([confirmed('2026-01-01', '2026-12-31')], '2025-06-01')).toMatchObject({
      ready: false,
      reason: 'notYetValid',
      validFrom: '2026-01-01',
    });
    expect(readinessOf([], '2025-06-01')).toMatchObject({ ready: false, reason: 'noAssessment' });
  });
});
