import type { InstitutionFormInput } from '../../../common/contracts/institutions';
import type { InstitutionType } from '../../../common/enums';
import { isValidNip, isValidRegon } from '../../../common/validators';
import { createInstitution } from '../../../server/modules/institutions';
import type { Ctx } from '../../../server/platform/authz';

/** TERYT codes of the gmina Janów Lubelski (urban-rural), its powiat and voivodeship. */
export const JANOW = { gmina: '0605053', town: '0605054', powiat: '0605', voivodeship: '06' } as const;
/** Lublin, a city with powiat rights, in the same voivodeship. */
export const LUBLIN = { gmina: '0663011', powiat: '0663' } as const;

let counter = 0;

/** The first valid number after `seed` digits: tests need numbers that pass the checksums. */
function validNumber(seed: number, length: number, isValid: (v: string) => boolean): string {
  for (let n = seed; ; n++) {
    const base = String(n)
      .padStart(length - 1, '0')
      .slice(-(length - 1));
    for (let d = 0; d <= 9; d++) if (isValid(base + d)) return base + d;
  }
}

export const nipFor = (seed: number) => validNumber(seed * 7919, 10, isValidNip);
export const regonFor = (seed: number) => validNumber(seed * 7919, 9, isValidRegon);

/** The facts each type must carry, so a test can ask for "a CIS" and get a valid one. */
const typeDefaults: Partial<Record<InstitutionType, Partial<InstitutionFormInput>>> = {
  jstGmina: { headOffice: 'burmistrz', territoryCode: JANOW.gmina },
  jstPowiat: { headOffice: 'starosta', territoryCode: JANOW.powiat },
  jstVoivodeship: { headOffice: 'marszalek', territoryCode: JANOW.voivodeship },
  owes: { aksesNumber: 'AKSES/OWES/2024/1', aksesValidUntil: '2027-12-31' },
  cis: { registerEntryNumber: 'CIS/06/12', registerEntryDate: '2019-03-01' },
  pes: { pesLegalForm: 'socialCooperative', socialEconomyStatus: true },
};

/**
 * An institution created through the real service: by default an NGO in the gmina Janów
 * Lubelski with a valid NIP and REGON; overrides pick the type and any fact.
 */
export async function buildInstitution(ctx: Ctx, overrides: Partial<InstitutionFormInput> = {}) {
  counter += 1;
  const type = overrides.type ?? 'ngo';
  return createInstitution(ctx, {
    name: `Stowarzyszenie Pomocy Wzajemnej nr ${counter}`,
    territoryCode: JANOW.gmina,
    city: 'Janów Lubelski',
    postalCode: '23-300',
    nip: nipFor(counter + 1000),
    regon: regonFor(counter + 1000),
    ...typeDefaults[type],
    ...overrides,
    type,
  });
}
