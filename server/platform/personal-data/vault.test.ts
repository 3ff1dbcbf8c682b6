import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PersonalDataError, PersonalDataVault } from './vault';

const key = () => randomBytes(32);

describe('personal data vault', () => {
  const vault = new PersonalDataVault(key());

  it('decrypts what it encrypted, and the stored text does not contain the value', () => {
    const sealed = vault.seal('44051401359', 'persons.pesel:1');
    expect(sealed).not.toContain('44051401359');
    expect(vault.open(sealed, 'persons.pesel:1')).toBe('44051401359');
  });

  it('uses a fresh IV each time: the same value never encrypts the same way twice', () => {
    const a = vault.seal('44051401359', 'persons.pesel:1');
    const b = vault.seal('44051401359', 'persons.pesel:1');
    expect(a).not.toBe(b);
    const iv = (s: string) => Buffer.from(s, 'base64').subarray(9, 21).toString('hex');
    expect(iv(a)).not.toBe(iv(b));
  });

  it('refuses a ciphertext with any byte changed', () => {
    const sealed = Buffer.from(vault.seal('jan@example.pl', 'persons.email:1'), 'base64');
    for (const at of [0, 5, 12, 25, sealed.length - 1]) {
      const tampered = Buffer.from(sealed);
      tampered[at] = (tampered[at] as number) ^ 0x01;
      expect(() => vault.open(tampered.toString('base64'), 'persons.email:1')).toThrow(PersonalDataError);
    }
  });

  it('refuses a ciphertext moved to another row or column', () => {
    const sealed = vault.seal('44051401359', 'persons.pesel:1');
    expect(() => vault.open(sealed, 'persons.pesel:2')).toThrow(PersonalDataError);
    expect(() => vault.open(sealed, 'persons.phone:1')).toThrow(PersonalDataError);
  });

  it('refuses a value sealed under a key it does not know', () => {
    const other = new PersonalDataVault(key());
    expect(() => vault.open(other.seal('x', 'c'), 'c')).toThrow(/unknown personal data key/);
    expect(() => vault.open('bm90IGVuY3J5cHRlZA==', 'c')).toThrow(PersonalDataError);
  });

  it('refuses a key of the wrong length', () => {
    expect(() => new PersonalDataVault(randomBytes(16))).toThrow(PersonalDataError);
  });

  it('gives one blind index per value, different per kind and per key, revealing nothing of the value', () => {
    const index = vault.blindIndex('pesel', '44051401359');
    expect(index).toBe(vault.blindIndex('pesel', '44051401359'));
    expect(index).not.toContain('44051401359');
    expect(index.startsWith(`${vault.currentKeyId}:`)).toBe(true);
    expect(vault.blindIndex('pesel', '44051401358')).not.toBe(index);
    expect(vault.blindIndex('phone', '44051401359')).not.toBe(index);
    expect(new PersonalDataVault(key()).blindIndex('pesel', '44051401359')).not.toBe(index);
  });

  it('finds a value in a list of rows by its blind index alone', () => {
    const rows = ['02070803628', '44051401359', '90090515836'].map((pesel, i) => ({
      id: i,
      pesel: vault.seal(pesel, `persons.pesel:${i}`),
      peselIndex: vault.blindIndex('pesel', pesel),
    }));
    const candidates = vault.blindIndexCandidates('pesel', '44051401359');
    const found = rows.filter((r) => candidates.includes(r.peselIndex));
    expect(found.map((r) => r.id)).toEqual([1]);
    expect(vault.open(found[0]!.pesel, 'persons.pesel:1')).toBe('44051401359');
  });

  it('after a rotation, writes under the new key and still reads and finds what the old key wrote', () => {
    const oldKey = key();
    const before = new PersonalDataVault(oldKey);
    const sealed = before.seal('44051401359', 'persons.pesel:1');
    const index = before.blindIndex('pesel', '44051401359');

    const after = new PersonalDataVault(key(), [oldKey]);
    expect(after.currentKeyId).not.toBe(before.currentKeyId);
    expect(after.open(sealed, 'persons.pesel:1')).toBe('44051401359');
    expect(PersonalDataVault.keyIdOf(sealed)).toBe(before.currentKeyId);
    expect(PersonalDataVault.keyIdOf(after.seal('x', 'c'))).toBe(after.currentKeyId);
    expect(after.blindIndexCandidates('pesel', '44051401359')).toContain(index);
  });
});
