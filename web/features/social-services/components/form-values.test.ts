import { describe, expect, it } from 'vitest';
import { bodyOf, emptyServiceTypeForm, linesOf, listFieldError, listFieldIds } from './form-values';

describe('the service type form', () => {
  it('takes one list entry per line and drops blank lines', () => {
    expect(linesOf(' Art. 50 ustawy \n\n  Rozporządzenie \n')).toEqual(['Art. 50 ustawy', 'Rozporządzenie']);
  });

  it('leaves out an area not chosen, so the API names it as required', () => {
    expect(bodyOf(emptyServiceTypeForm)).not.toHaveProperty('areaId');
    expect(bodyOf({ ...emptyServiceTypeForm, areaId: 'a' })).toMatchObject({ areaId: 'a', legalBasis: [] });
  });

  it('shows an error of one list entry at the list, and links the summary to it', () => {
    const error = Object.assign(new Error('Popraw'), {
      fields: [{ field: 'legalBasis.1', code: 'field.tooLong', message: 'Za długi tekst' }],
    });
    expect(listFieldError(error, 'legalBasis')).toBe('Za długi tekst');
    expect(listFieldIds(error)).toEqual({ 'legalBasis.1': 'field-legalBasis' });
  });
});
