import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createInstitutionBody } from '../../common/contracts/institutions';
import { isValidNip, isValidRegon } from '../../common/validators';
import { demoAccounts, demoInstitutionName, demoInstitutions, demoPassword } from './demo-data';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the demo data', () => {
  it('the README lists every demo sign-in with its role and institution, and the password', () => {
    expect(readme).toContain(demoPassword);
    for (const account of demoAccounts) {
      const row = readme.split('\n').find((line) => line.includes(`\`${account.email}\``));
      expect(row, account.email).toBeDefined();
      expect(row).toContain(`| ${account.role} |`);
      const institution = demoInstitutionName(account);
      if (institution) expect(row).toContain(institution);
    }
  });

  it('every demo institution is valid as the registry form would accept it', () => {
    for (const [key, input] of Object.entries(demoInstitutions)) {
      const parsed = createInstitutionBody.safeParse(input);
      expect(parsed.success, `${key}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
  });

  it('demo NIP and REGON numbers pass the checksums yet begin with 999, which is never issued', () => {
    for (const input of Object.values(demoInstitutions)) {
      if ('nip' in input) expect(isValidNip(input.nip) && input.nip.startsWith('999'), input.nip).toBe(true);
      if ('regon' in input)
        expect(isValidRegon(input.regon) && input.regon.startsWith('999'), input.regon).toBe(true);
    }
  });

  it('no two demo accounts share an e-mail', () => {
    expect(new Set(demoAccounts.map((a) => a.email)).size).toBe(demoAccounts.length);
  });
});
