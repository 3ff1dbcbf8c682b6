import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

const dataDir = () => mkdtempSync(join(tmpdir(), 'koop-config-'));

describe('the personal data key', () => {
  it('is read from PERSONAL_DATA_KEY, with earlier keys for a rotation', () => {
    const current = randomBytes(32);
    const previous = randomBytes(32);
    const config = loadConfig({
      DATA_DIR: dataDir(),
      PERSONAL_DATA_KEY: current.toString('base64'),
      PERSONAL_DATA_PREVIOUS_KEYS: previous.toString('base64'),
    });
    expect(config.personalDataKeys.current.equals(current)).toBe(true);
    expect(config.personalDataKeys.previous.map((k) => k.toString('hex'))).toEqual([
      previous.toString('hex'),
    ]);
  });

  it('refuses a key that is not 32 bytes, naming the variable', () => {
    expect(() =>
      loadConfig({ DATA_DIR: dataDir(), PERSONAL_DATA_KEY: randomBytes(16).toString('base64') }),
    ).toThrow(/PERSONAL_DATA_KEY/);
    expect(() => loadConfig({ DATA_DIR: dataDir(), PERSONAL_DATA_PREVIOUS_KEYS: 'abc' })).toThrow(
      /PERSONAL_DATA_PREVIOUS_KEYS/,
    );
  });

  it('without the variable, is generated once into the data folder, readable by its owner only', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir, SESSION_SECRET: 'x'.repeat(32) }).personalDataKeys.current;
    const second = loadConfig({ DATA_DIR: dir, SESSION_SECRET: 'x'.repeat(32) }).personalDataKeys.current;
    expect(first).toHaveLength(32);
    expect(second.equals(first)).toBe(true);
    const file = join(dir, 'personal-data-key');
    expect(Buffer.from(readFileSync(file, 'utf8'), 'base64').equals(first)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
