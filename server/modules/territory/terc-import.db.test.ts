import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { auditEvents } from '../../platform/audit';
import { bundledTercFile, ensureTerritoryLoaded, importTerc } from './terc-import';
import { TercFileError } from './terc-parse';
import { territorialUnits } from './territory.table';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const countsBy = async (column: typeof territorialUnits.level | typeof territorialUnits.gminaKind) =>
  Object.fromEntries(
    (await t.ctx.db.select({ key: column, n: count() }).from(territorialUnits).groupBy(column)).map((r) => [
      r.key ?? 'none',
      r.n,
    ]),
  );

const unit = async (code: string) =>
  (await t.ctx.db.select().from(territorialUnits).where(eq(territorialUnits.code, code)))[0];

const importAudits = async () =>
  (
    await t.ctx.db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.action, 'territory.import'))
  )[0]!.n;

/** What the database holds of a file's units, compared column by column. */
const snapshot = async () => t.ctx.db.select().from(territorialUnits).orderBy(territorialUnits.code);

describe('the TERYT register loaded at start-up', () => {
  it('holds the whole register of 2024-01-01: 16 voivodeships, 380 powiats, 2,477 gminas', async () => {
    expect(await countsBy(territorialUnits.level)).toEqual({
      voivodeship: 16,
      powiat: 380,
      gmina: 2477,
      gminaPart: 711 + 711 + 18 + 19,
    });
    expect(await countsBy(territorialUnits.gminaKind)).toEqual({
      none: 16 + 380,
      urban: 302,
      rural: 1464,
      urbanRural: 711,
      town: 711,
      ruralArea: 711,
      district: 18,
      delegature: 19,
    });
  });

  it('is not loaded again at the next start', async () => {
    const before = await snapshot();
    expect(await ensureTerritoryLoaded(t.ctx.db)).toBeNull();
    expect(await snapshot()).toEqual(before);
  });
});

describe('importing a TERC file', () => {
  it('the same file twice changes nothing and leaves no audit entry', async () => {
    const before = await snapshot();
    const audits = await importAudits();
    const result = await importTerc(t.ctx, await readFile(bundledTercFile));
    expect(result).toEqual({
      levels: { voivodeship: 16, powiat: 380, gmina: 2477, gminaPart: 1459 },
      inserted: 0,
      updated: 0,
      unchanged: 4332,
      notInFile: 0,
      validOn: '2024-01-01',
    });
    expect(await snapshot()).toEqual(before);
    expect(await importAudits()).toBe(audits);
  });

  it('a newer file renames units in place, adds new ones and keeps the ones it no longer lists', async () => {
    const audits = await importAudits();
    const newer = [
      'WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA',
      '06;;;;LUBELSKIE;województwo;2025-01-01',
      '06;05;;;janowski;powiat;2025-01-01',
      // Batorz gains town rights: the rural gmina 0605012 becomes the urban-rural 0605013.
      '06;05;01;3;Batorz;gmina miejsko-wiejska;2025-01-01',
      '06;05;01;4;Batorz;miasto;2025-01-01',
      '06;05;01;5;Batorz;obszar wiejski;2025-01-01',
      '06;05;05;3;Janów Lubelski Nowy;gmina miejsko-wiejska;2025-01-01',
    ].join('\n');
    const result = await importTerc(t.ctx, newer);
    expect(result).toMatchObject({ inserted: 3, updated: 3, unchanged: 0, notInFile: 4332 + 3 - 6 });
    expect(await unit('0605053')).toMatchObject({
      name: 'Janów Lubelski Nowy',
      searchName: 'janow lubelski nowy',
      validOn: '2025-01-01',
    });
    expect(await unit('0605013')).toMatchObject({
      level: 'gmina',
      gminaKind: 'urbanRural',
      parentCode: '0605',
    });
    expect(await unit('0605014')).toMatchObject({ gminaKind: 'town', parentCode: '0605013' });
    expect(await unit('0605012')).toMatchObject({
      name: 'Batorz',
      gminaKind: 'rural',
      validOn: '2024-01-01',
    });
    expect(await importAudits()).toBe(audits + 1);
  });

  it('a bad file is refused with the line to fix, and nothing of it is written', async () => {
    const before = await snapshot();
    const bad = [
      'WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA',
      '06;;;;LUBELSKIE PO ZMIANIE;województwo;2026-01-01',
      '06;05;01;6;Batorz;gmina;2026-01-01',
    ].join('\n');
    const error = await importTerc(t.ctx, bad).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(TercFileError);
    expect((error as TercFileError).line).toBe(3);
    expect(await snapshot()).toEqual(before);
  });

  it('a signed-in user cannot import through the service: only the platform does', async () => {
    const userCtx = { ...t.ctx, system: false };
    await expect(importTerc(userCtx, 'WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA\n')).rejects.toMatchObject({
      kind: 'forbidden',
    });
  });

  it('a release that ships a newer register updates the database at the next start, an older one does not', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'koop-terc-'));
    try {
      const file = join(dir, 'terc.csv');
      const header = 'WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA';
      await writeFile(file, `${header}\n06;;;;LUBELSKIE;województwo;2030-01-01\n`);
      expect(await ensureTerritoryLoaded(t.ctx.db, file)).toMatchObject({
        updated: 1,
        validOn: '2030-01-01',
      });
      await writeFile(file, `${header}\n06;;;;LUBELSKIE STARE;województwo;2029-01-01\n`);
      expect(await ensureTerritoryLoaded(t.ctx.db, file)).toBeNull();
      expect(await unit('06')).toMatchObject({ name: 'LUBELSKIE', validOn: '2030-01-01' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
