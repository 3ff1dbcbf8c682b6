import type { RegisterPersonInput } from '../../../common/contracts/beneficiaries';
import { isValidPesel, type Sex } from '../../../common/validators';
import { registerPerson } from '../../../server/modules/beneficiaries';
import type { Ctx } from '../../../server/platform/authz';
import { vaultFor } from '../../../server/platform/personal-data';
import { testConfig } from '../test-app';
import { JANOW } from './institutions';

/** The vault of the test configuration: the app under test stores with the same key. */
export const testVault = () => vaultFor(testConfig().personalDataKeys);

let counter = 0;

/**
 * A valid PESEL for a birth date and sex: the month carries the century, the tenth digit the
 * sex, the last the checksum. `serial` (0–999) tells people born the same day apart.
 */
export function peselFor(birthDate: string, sex: Sex, serial = 0): string {
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  const centuryOffset = { 18: 80, 19: 0, 20: 20, 21: 40, 22: 60 }[Math.floor(year / 100)] ?? 0;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const base = `${pad(year % 100)}${pad(month + centuryOffset)}${pad(day)}${pad(serial % 1000, 3)}`;
  for (let d = sex === 'male' ? 1 : 0; d <= 9; d += 2)
    for (let check = 0; check <= 9; check++) {
      const pesel = `${base}${d}${check}`;
      if (isValidPesel(pesel)) return pesel;
    }
  throw new Error(`no PESEL for ${birthDate}`);
}

/** A person registered through the real service by the system (as the first entry institution). */
export async function buildPerson(
  ctx: Ctx,
  partnershipId: string,
  overrides: Partial<RegisterPersonInput> = {},
) {
  counter += 1;
  return registerPerson(ctx, testVault(), {
    partnershipId,
    firstName: 'Anna',
    lastName: `Kowalska-${counter}`,
    pesel: peselFor('1985-03-12', 'female', counter),
    phone: '+48 600 100 200',
    email: `anna${counter}@example.pl`,
    street: 'ul. Zamoyskiego 5/3',
    postalCode: '23-300',
    locality: 'Janów Lubelski',
    territoryCode: JANOW.gmina,
    targetGroups: ['longTermUnemployed'],
    ...overrides,
  });
}
