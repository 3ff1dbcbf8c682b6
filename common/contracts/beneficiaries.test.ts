import { describe, expect, it } from 'vitest';
import { peselCrossCheck, registerPersonBody } from './beneficiaries';

const base = {
  partnershipId: '0190f3a4-0000-7000-8000-000000000000',
  firstName: 'Jan',
  lastName: 'Nowak',
  territoryCode: '0605053',
};
const fieldsOf = (input: object) =>
  Object.fromEntries(
    (registerPersonBody.safeParse({ ...base, ...input }).error?.issues ?? []).map((i) => [
      i.path.join('.'),
      i.message,
    ]),
  );

describe('PESEL cross-check', () => {
  // 44051401359: born 14 May 1944, male.
  it('agrees when the entered birth date and sex are the ones the PESEL encodes, or are blank', () => {
    expect(peselCrossCheck('44051401359', '1944-05-14', 'male')).toEqual([]);
    expect(peselCrossCheck('44051401359', null, null)).toEqual([]);
  });

  it('names each field that disagrees', () => {
    expect(peselCrossCheck('44051401359', '1944-05-15', 'female')).toEqual([
      { field: 'birthDate', id: 'beneficiary.birthDateMismatch' },
      { field: 'sex', id: 'beneficiary.sexMismatch' },
    ]);
  });

  it('leaves an invalid PESEL to its own check', () => {
    expect(peselCrossCheck('44051401358', '2000-01-01', 'female')).toEqual([]);
  });
});

describe('a person at intake', () => {
  it('has a PESEL or a reason for its absence and then a birth date', () => {
    expect(fieldsOf({ pesel: '44051401359' })).toEqual({});
    expect(fieldsOf({})).toEqual({ pesel: 'beneficiary.peselOrReason', birthDate: 'field.required' });
    expect(fieldsOf({ noPeselReason: 'foreigner', birthDate: '1990-01-01' })).toEqual({});
    expect(fieldsOf({ pesel: '44051401359', noPeselReason: 'foreigner' })).toEqual({
      noPeselReason: 'beneficiary.reasonWithPesel',
    });
  });

  it('refuses a PESEL with a wrong checksum and a birth date in the future', () => {
    expect(fieldsOf({ pesel: '44051401358' })).toEqual({ pesel: 'field.peselChecksum' });
    expect(fieldsOf({ noPeselReason: 'notAssigned', birthDate: '2999-01-01' })).toEqual({
      birthDate: 'beneficiary.birthDateFuture',
    });
  });
});
