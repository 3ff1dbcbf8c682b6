import { CsvError, type Info, parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { GminaKind, TerritorialLevel } from '../../../common/enums';
import { toSearchable } from '../../../common/text';

/** The columns of the TERC register file, in the order GUS publishes them. */
export const TERC_COLUMNS = ['WOJ', 'POW', 'GMI', 'RODZ', 'NAZWA', 'NAZWA_DOD', 'STAN_NA'] as const;

/** What the register's RODZ digit says a gmina or a part of one is. */
export const gminaKindByRodz: Record<string, GminaKind> = {
  '1': 'urban',
  '2': 'rural',
  '3': 'urbanRural',
  '4': 'town',
  '5': 'ruralArea',
  '8': 'district',
  '9': 'delegature',
};

/** A unit as it goes into `territorial_units`. */
export interface TercUnit {
  code: string;
  level: TerritorialLevel;
  parentCode: string | null;
  voivodeshipCode: string;
  /** The powiat the unit lies in; a powiat's is its own code. */
  powiatCode: string | null;
  name: string;
  searchName: string;
  description: string;
  gminaKind: GminaKind | null;
  validOn: string;
}

/** A file that is not a TERC register, with the line to look at (1 is the header). */
export class TercFileError extends Error {
  constructor(
    readonly line: number,
    readonly problem: string,
  ) {
    super(line > 0 ? `TERC file, line ${line}: ${problem}` : `TERC file: ${problem}`);
    this.name = 'TercFileError';
  }
}

const twoDigits = (field: string) => z.string().regex(/^\d{2}$/, `${field} must be two digits`);
const blank = (field: string) => z.literal('', { error: `${field} must be empty for this level` });

const text = (field: string) =>
  z.string().trim().min(1, `${field} is empty`).max(200, `${field} is longer than 200 characters`);

const common = {
  WOJ: twoDigits('WOJ'),
  NAZWA: text('NAZWA'),
  NAZWA_DOD: text('NAZWA_DOD'),
  STAN_NA: z.iso.date(`STAN_NA must be a date (YYYY-MM-DD)`),
};

/** A row is a voivodeship, a powiat, or a gmina or its part, told apart by which codes are given. */
const tercRow = z.union([
  z.object({ ...common, POW: blank('POW'), GMI: blank('GMI'), RODZ: blank('RODZ') }),
  z.object({ ...common, POW: twoDigits('POW'), GMI: blank('GMI'), RODZ: blank('RODZ') }),
  z.object({
    ...common,
    POW: twoDigits('POW'),
    GMI: twoDigits('GMI'),
    RODZ: z.enum(Object.keys(gminaKindByRodz) as [string, ...string[]], {
      error: 'RODZ must be one of 1, 2, 3, 4, 5, 8, 9',
    }),
  }),
]);
type TercRow = z.infer<typeof tercRow>;

/** The one issue worth reporting: for a union, the one from the branch the row's codes chose. */
function describeIssues(row: Record<string, string>, error: z.ZodError): string {
  const branch = row.POW === '' ? 0 : row.GMI === '' && row.RODZ === '' ? 1 : 2;
  const [issue] = error.issues;
  const inner =
    issue?.code === 'invalid_union' ? (issue.errors[branch]?.[0] ?? issue.errors.flat()[0]) : issue;
  if (!inner) return 'invalid row';
  const field = inner.path.join('.');
  return inner.message.startsWith(field) || field === '' ? inner.message : `${field}: ${inner.message}`;
}

function unitOf(row: TercRow): Omit<TercUnit, 'parentCode'> {
  const base = {
    voivodeshipCode: row.WOJ,
    name: row.NAZWA,
    searchName: toSearchable(row.NAZWA),
    description: row.NAZWA_DOD,
    validOn: row.STAN_NA,
  };
  if (row.POW === '')
    return { ...base, code: row.WOJ, level: 'voivodeship', powiatCode: null, gminaKind: null };
  const powiatCode = row.WOJ + row.POW;
  if (row.GMI === '') return { ...base, code: powiatCode, level: 'powiat', powiatCode, gminaKind: null };
  const kind = gminaKindByRodz[row.RODZ]!;
  return {
    ...base,
    code: powiatCode + row.GMI + row.RODZ,
    level: ['urban', 'rural', 'urbanRural'].includes(kind) ? 'gmina' : 'gminaPart',
    powiatCode,
    gminaKind: kind,
  };
}

/**
 * The unit a row hangs under. A town or rural area belongs to its urban-rural gmina (RODZ 3).
 * A district (Warsaw) or delegature (Kraków, Łódź, Poznań, Wrocław) belongs to the city's gmina:
 * the RODZ 1 gmina with the same GMI if there is one, otherwise the only gmina of the powiat when
 * that is urban (in the register the city gmina has GMI 01 and its districts 02, 03…), otherwise
 * the powiat itself.
 */
function parentOf(unit: Omit<TercUnit, 'parentCode'>, units: Map<string, Omit<TercUnit, 'parentCode'>>) {
  if (unit.level === 'voivodeship') return null;
  if (unit.level === 'powiat') return unit.voivodeshipCode;
  if (unit.level === 'gmina') return unit.powiatCode;
  const gmina = unit.code.slice(0, 6);
  if (unit.gminaKind === 'town' || unit.gminaKind === 'ruralArea') return `${gmina}3`;
  if (units.has(`${gmina}1`)) return `${gmina}1`;
  const gminasOfPowiat = [...units.values()].filter(
    (u) => u.level === 'gmina' && u.powiatCode === unit.powiatCode,
  );
  return gminasOfPowiat.length === 1 && gminasOfPowiat[0]!.gminaKind === 'urban'
    ? gminasOfPowiat[0]!.code
    : unit.powiatCode;
}

/**
 * The newest STAN_NA in a register file, read from the ends of its lines without validating
 * anything: start-up asks it on every boot, and a full read costs half a second. An empty
 * string when no line ends in a date.
 */
export function newestStateOf(text: string): string {
  let newest = '';
  for (const match of text.matchAll(/;(\d{4}-\d{2}-\d{2})\s*$/gm)) if (match[1]! > newest) newest = match[1]!;
  return newest;
}

function decode(input: string | Uint8Array): string {
  if (typeof input === 'string') return input;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    throw new TercFileError(
      0,
      'the file is not UTF-8 text; save it as UTF-8 (GUS also publishes a UTF-8 CSV)',
    );
  }
}

function readRecords(text: string): { record: Record<string, string>; line: number }[] {
  try {
    return parse<{ record: Record<string, string>; info: Info }>(text, {
      delimiter: ';',
      bom: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      columns: (header: string[]) => {
        const given = header.map((h) => h.trim().toUpperCase());
        if (given.join(';') !== TERC_COLUMNS.join(';'))
          throw new TercFileError(
            1,
            `the header must be ${TERC_COLUMNS.join(';')}, found ${header.join(';')}`,
          );
        return [...TERC_COLUMNS];
      },
    }).map(({ record, info }) => ({ record, line: info.lines }));
  } catch (err) {
    if (err instanceof TercFileError) throw err;
    if (err instanceof CsvError) throw new TercFileError(Number(err.lines), err.message);
    throw err;
  }
}

/**
 * Reads a TERC register file (GUS's CSV: `;`-separated, UTF-8, header
 * WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA) into units with their parents. Pure, so every rule
 * of the file is tested without a database; any problem stops the whole file with the line
 * to fix, since a half-read register would leave holes in every territory picker.
 */
export function parseTerc(input: string | Uint8Array): TercUnit[] {
  const records = readRecords(decode(input));
  if (records.length === 0) throw new TercFileError(0, 'the file has no units');
  const units = new Map<string, Omit<TercUnit, 'parentCode'>>();
  const lines = new Map<string, number>();
  for (const { record, line } of records) {
    const parsed = tercRow.safeParse(record);
    if (!parsed.success) throw new TercFileError(line, describeIssues(record, parsed.error));
    const unit = unitOf(parsed.data);
    const earlier = lines.get(unit.code);
    if (earlier !== undefined)
      throw new TercFileError(line, `unit ${unit.code} already given on line ${earlier}`);
    units.set(unit.code, unit);
    lines.set(unit.code, line);
  }
  return [...units.values()].map((unit) => {
    const parentCode = parentOf(unit, units);
    if (parentCode !== null && !units.has(parentCode))
      throw new TercFileError(
        lines.get(unit.code)!,
        `unit ${unit.code} lies in ${parentCode}, which the file lacks`,
      );
    return { ...unit, parentCode };
  });
}
