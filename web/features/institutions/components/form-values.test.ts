import { describe, expect, it } from 'vitest';
import { createInstitutionBody } from '../../../../common/contracts/institutions';
import { bodyOf, emptyInstitutionForm } from './form-values';

describe('the institution form body', () => {
  it('facts typed for an earlier choice of type are sent empty, so the API accepts the form', () => {
    const values = {
      ...emptyInstitutionForm,
      name: 'Stowarzyszenie',
      territoryCode: '0605053',
      type: 'ngo' as const,
      headOffice: 'wojt' as const,
      aksesNumber: 'A/1',
    };
    const body = bodyOf(values);
    expect(body).toMatchObject({ headOffice: null, aksesNumber: null });
    expect(createInstitutionBody.safeParse(body).success).toBe(true);
  });

  it('keeps the facts of the chosen type and leaves blank text for the API to treat as not given', () => {
    const body = bodyOf({ ...emptyInstitutionForm, type: 'owes', aksesNumber: 'AKSES/1', street: '' });
    expect(body).toMatchObject({ aksesNumber: 'AKSES/1', street: '' });
    expect(
      createInstitutionBody.parse({
        ...body,
        name: 'OWES',
        territoryCode: '06',
        aksesValidUntil: '2027-01-01',
      }),
    ).toMatchObject({ street: null, aksesNumber: 'AKSES/1' });
  });

  it('a form without a type sends none, so the API names the type as required', () => {
    expect('type' in JSON.parse(JSON.stringify(bodyOf(emptyInstitutionForm)))).toBe(false);
  });
});
