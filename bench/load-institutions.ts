import { eq } from 'drizzle-orm';
import type { InstitutionType } from '../common/enums';
import { toSearchable } from '../common/text';
import { institutions } from '../server/modules/institutions/institution.table';
import { territorialUnits } from '../server/modules/territory/territory.table';
import type { Db } from '../server/platform/db';

type Row = typeof institutions.$inferInsert;
type Gmina = { code: string; name: string; voivodeshipCode: string; powiatCode: string | null };

/** Institution kinds as they occur in a gmina, most common first, with how a name is made. */
const kinds: { type: InstitutionType; name: (gmina: string, n: number) => string; facts?: Partial<Row> }[] = [
  { type: 'ngo', name: (g, n) => `Stowarzyszenie Przyjaciół Gminy ${g} nr ${n}` },
  { type: 'ngo', name: (g, n) => `Fundacja Rozwoju Lokalnego ${g} ${n}` },
  { type: 'school', name: (g, n) => `Szkoła Podstawowa nr ${n} w ${g}` },
  { type: 'ops', name: (g) => `Ośrodek Pomocy Społecznej w ${g}` },
  { type: 'healthCare', name: (g, n) => `Samodzielny Publiczny Zakład Opieki Zdrowotnej ${g} ${n}` },
  {
    type: 'pes',
    name: (g, n) => `Spółdzielnia Socjalna ${g} ${n}`,
    facts: { pesLegalForm: 'socialCooperative', socialEconomyStatus: true },
  },
  { type: 'kis', name: (g) => `Klub Integracji Społecznej w ${g}` },
  {
    type: 'cis',
    name: (g) => `Centrum Integracji Społecznej w ${g}`,
    facts: { registerEntryNumber: 'CIS/BENCH/1', registerEntryDate: '2020-01-01' },
  },
  { type: 'police', name: (g) => `Posterunek Policji w ${g}` },
  { type: 'other', name: (g, n) => `Koło Gospodyń Wiejskich ${g} ${n}` },
];

/** Every gmina of the TERYT register the database holds. */
export async function loadGminas(db: Db): Promise<Gmina[]> {
  return db
    .select({
      code: territorialUnits.code,
      name: territorialUnits.name,
      voivodeshipCode: territorialUnits.voivodeshipCode,
      powiatCode: territorialUnits.powiatCode,
    })
    .from(territorialUnits)
    .where(eq(territorialUnits.level, 'gmina'));
}

function* rowsFor(gminas: Gmina[], perGmina: number): Generator<Row> {
  let serial = 0;
  for (const gmina of gminas) {
    for (let i = 0; i < perGmina; i++) {
      const kind = kinds[(serial + i) % kinds.length]!;
      const name = kind.name(gmina.name, i + 1);
      serial += 1;
      yield {
        name,
        searchName: toSearchable(name),
        type: kind.type,
        territoryCode: gmina.code,
        voivodeshipCode: gmina.voivodeshipCode,
        powiatCode: gmina.powiatCode,
        city: gmina.name,
        status: serial % 20 === 0 ? 'inactive' : 'active',
        ...kind.facts,
      };
    }
  }
}

/**
 * Fills the registry with at least `total` institutions spread evenly over every gmina, in
 * multi-row inserts (a row at a time would take minutes).
 */
export async function loadInstitutions(db: Db, total: number, batchSize = 1000): Promise<number> {
  const gminas = await loadGminas(db);
  if (gminas.length === 0) throw new Error('The database holds no gminas: TERYT was not loaded');
  const perGmina = Math.ceil(total / gminas.length);
  let batch: Row[] = [];
  let inserted = 0;
  for (const row of rowsFor(gminas, perGmina)) {
    batch.push(row);
    if (batch.length === batchSize) {
      await db.insert(institutions).values(batch);
      inserted += batch.length;
      batch = [];
    }
  }
  if (batch.length) {
    await db.insert(institutions).values(batch);
    inserted += batch.length;
  }
  return inserted;
}
