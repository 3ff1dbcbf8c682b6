import { describe, expect, it } from 'vitest';
import { newestStateOf, parseTerc, TercFileError } from './terc-parse';

const HEADER = 'WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');

/** A slice of the real register: Lubelskie, the powiat janowski with its urban-rural gmina, and Lublin. */
const LUBELSKIE = [
  '06;;;;LUBELSKIE;województwo;2024-01-01',
  '06;05;;;janowski;powiat;2024-01-01',
  '06;05;01;2;Batorz;gmina wiejska;2024-01-01',
  '06;05;05;3;Janów Lubelski;gmina miejsko-wiejska;2024-01-01',
  '06;05;05;4;Janów Lubelski;miasto;2024-01-01',
  '06;05;05;5;Janów Lubelski;obszar wiejski;2024-01-01',
  '06;63;;;Lublin;miasto na prawach powiatu;2024-01-01',
  '06;63;01;1;Lublin;gmina miejska;2024-01-01',
];

const byCode = (input: string) => new Map(parseTerc(input).map((u) => [u.code, u]));

/** The error a bad file raises, for assertions on its line and text. */
function failureOf(input: string | Uint8Array): TercFileError {
  try {
    parseTerc(input);
  } catch (err) {
    if (err instanceof TercFileError) return err;
    throw err;
  }
  throw new Error('the file was accepted');
}

describe('reading a TERC file', () => {
  it('joins the code parts into the code of each level and keeps the register date', () => {
    const units = byCode(csv(...LUBELSKIE));
    expect([...units.keys()]).toEqual([
      '06',
      '0605',
      '0605012',
      '0605053',
      '0605054',
      '0605055',
      '0663',
      '0663011',
    ]);
    expect(units.get('0605')).toMatchObject({ level: 'powiat', voivodeshipCode: '06', powiatCode: '0605' });
    expect(units.get('0605053')).toMatchObject({
      level: 'gmina',
      name: 'Janów Lubelski',
      description: 'gmina miejsko-wiejska',
      validOn: '2024-01-01',
    });
  });

  it('maps every RODZ digit to its kind: 1–3 are gminas, 4, 5, 8 and 9 parts of one', () => {
    const units = byCode(
      csv(
        ...LUBELSKIE,
        '14;;;;MAZOWIECKIE;województwo;2024-01-01',
        '14;65;;;Warszawa;miasto stołeczne, na prawach powiatu;2024-01-01',
        '14;65;01;1;Warszawa;gmina miejska, miasto stołeczne;2024-01-01',
        '14;65;02;8;Bemowo;dzielnica;2024-01-01',
        '12;;;;MAŁOPOLSKIE;województwo;2024-01-01',
        '12;61;;;Kraków;miasto na prawach powiatu;2024-01-01',
        '12;61;01;1;Kraków;gmina miejska;2024-01-01',
        '12;61;02;9;Kraków-Krowodrza;delegatura;2024-01-01',
      ),
    );
    const kinds = Object.fromEntries(
      ['0663011', '0605012', '0605053', '0605054', '0605055', '1465028', '1261029'].map((code) => [
        code,
        [units.get(code)?.level, units.get(code)?.gminaKind],
      ]),
    );
    expect(kinds).toEqual({
      '0663011': ['gmina', 'urban'],
      '0605012': ['gmina', 'rural'],
      '0605053': ['gmina', 'urbanRural'],
      '0605054': ['gminaPart', 'town'],
      '0605055': ['gminaPart', 'ruralArea'],
      '1465028': ['gminaPart', 'district'],
      '1261029': ['gminaPart', 'delegature'],
    });
    expect(units.get('06')?.gminaKind).toBeNull();
    expect(units.get('0605')?.gminaKind).toBeNull();
  });

  it('hangs a powiat under its voivodeship, a gmina under its powiat, a town and rural area under their urban-rural gmina', () => {
    const units = byCode(csv(...LUBELSKIE));
    expect(units.get('06')?.parentCode).toBeNull();
    expect(units.get('0605')?.parentCode).toBe('06');
    expect(units.get('0605053')?.parentCode).toBe('0605');
    expect(units.get('0663011')?.parentCode).toBe('0663');
    expect(units.get('0605054')?.parentCode).toBe('0605053');
    expect(units.get('0605055')?.parentCode).toBe('0605053');
  });

  it("hangs Warsaw's districts under the city gmina, which has another GMI in the register", () => {
    const units = byCode(
      csv(
        '14;;;;MAZOWIECKIE;województwo;2024-01-01',
        '14;65;;;Warszawa;miasto stołeczne, na prawach powiatu;2024-01-01',
        '14;65;01;1;Warszawa;gmina miejska, miasto stołeczne;2024-01-01',
        '14;65;02;8;Bemowo;dzielnica;2024-01-01',
        '14;65;03;8;Białołęka;dzielnica;2024-01-01',
      ),
    );
    expect(units.get('1465028')?.parentCode).toBe('1465011');
    expect(units.get('1465038')?.parentCode).toBe('1465011');
  });

  it('hangs a delegature under the urban gmina with the same GMI when the register has one', () => {
    const units = byCode(
      csv(
        '12;;;;MAŁOPOLSKIE;województwo;2024-01-01',
        '12;61;;;Kraków;miasto na prawach powiatu;2024-01-01',
        '12;61;02;1;Kraków;gmina miejska;2024-01-01',
        '12;61;02;9;Kraków-Krowodrza;delegatura;2024-01-01',
        '12;61;03;1;Inna;gmina miejska;2024-01-01',
      ),
    );
    expect(units.get('1261029')?.parentCode).toBe('1261021');
  });

  it('hangs a district directly under its powiat when no single city gmina holds it', () => {
    const units = byCode(
      csv(
        '12;;;;MAŁOPOLSKIE;województwo;2024-01-01',
        '12;61;;;Kraków;miasto na prawach powiatu;2024-01-01',
        '12;61;01;1;Kraków;gmina miejska;2024-01-01',
        '12;61;03;1;Inne;gmina miejska;2024-01-01',
        '12;61;02;9;Kraków-Krowodrza;delegatura;2024-01-01',
      ),
    );
    expect(units.get('1261029')?.parentCode).toBe('1261');
  });

  it('compares names without case and Polish letters through the searchable form', () => {
    const units = byCode(csv(...LUBELSKIE));
    expect(units.get('06')?.searchName).toBe('lubelskie');
    expect(units.get('06')?.name).toBe('LUBELSKIE');
    expect(units.get('0605053')?.searchName).toBe('janow lubelski');
  });

  it('reads the file as GUS publishes it: a byte-order mark, Windows line ends, blank lines', () => {
    const bytes = new TextEncoder().encode(`\ufeff${csv(...LUBELSKIE).replace(/\n/g, '\r\n')}\r\n\r\n`);
    const units = parseTerc(bytes);
    expect(units).toHaveLength(LUBELSKIE.length);
    expect(units[0]).toMatchObject({ code: '06', name: 'LUBELSKIE' });
  });

  it('peeks at the newest register date without reading the file through', () => {
    expect(
      newestStateOf(csv(...LUBELSKIE, '14;;;;MAZOWIECKIE;województwo;2025-01-01').replace(/\n/g, '\r\n')),
    ).toBe('2025-01-01');
    expect(newestStateOf(HEADER)).toBe('');
  });

  it('gives the same units for the same file every time', () => {
    expect(parseTerc(csv(...LUBELSKIE))).toEqual(parseTerc(csv(...LUBELSKIE)));
  });
});

describe('a bad TERC file is refused whole, naming the line to fix', () => {
  it('a RODZ the register does not define', () => {
    const error = failureOf(csv(...LUBELSKIE.slice(0, 2), '06;05;01;7;Batorz;gmina wiejska;2024-01-01'));
    expect(error.line).toBe(4);
    expect(error.message).toBe('TERC file, line 4: RODZ must be one of 1, 2, 3, 4, 5, 8, 9');
  });

  it('a code part that is not two digits', () => {
    const error = failureOf(csv(...LUBELSKIE.slice(0, 2), '06;5;01;2;Batorz;gmina wiejska;2024-01-01'));
    expect(error.message).toBe('TERC file, line 4: POW must be two digits');
  });

  it('a gmina number without RODZ', () => {
    const error = failureOf(csv(LUBELSKIE[0]!, '06;05;01;;Batorz;gmina wiejska;2024-01-01'));
    expect(error.line).toBe(3);
    expect(error.message).toContain('RODZ');
  });

  it('a missing name', () => {
    const error = failureOf(csv(LUBELSKIE[0]!, '06;05;;;;powiat;2024-01-01'));
    expect(error.message).toBe('TERC file, line 3: NAZWA is empty');
  });

  it('a date that is not a date', () => {
    const error = failureOf(csv('06;;;;LUBELSKIE;województwo;01.01.2024'));
    expect(error.message).toBe('TERC file, line 2: STAN_NA must be a date (YYYY-MM-DD)');
  });

  it('a row with a column too few', () => {
    const error = failureOf(csv(LUBELSKIE[0]!, '06;05;;;janowski;powiat'));
    expect(error.line).toBe(3);
    expect(error.message).toContain('Invalid Record Length');
  });

  it('the same unit twice', () => {
    const error = failureOf(csv(...LUBELSKIE, '06;05;;;janowski;powiat;2024-01-01'));
    expect(error.message).toBe('TERC file, line 10: unit 0605 already given on line 3');
  });

  it('a gmina whose powiat the file lacks', () => {
    const error = failureOf(csv(LUBELSKIE[0]!, '06;05;01;2;Batorz;gmina wiejska;2024-01-01'));
    expect(error.message).toBe('TERC file, line 3: unit 0605012 lies in 0605, which the file lacks');
  });

  it('a town whose urban-rural gmina the file lacks', () => {
    const error = failureOf(csv(...LUBELSKIE.slice(0, 2), '06;05;05;4;Janów Lubelski;miasto;2024-01-01'));
    expect(error.message).toBe('TERC file, line 4: unit 0605054 lies in 0605053, which the file lacks');
  });

  it('another file than the register (its header is checked)', () => {
    const error = failureOf('NAME;CODE\nLublin;0663\n');
    expect(error.line).toBe(1);
    expect(error.message).toContain('the header must be WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA');
  });

  it('a file with a header and no units', () => {
    expect(failureOf(`${HEADER}\n`).message).toBe('TERC file: the file has no units');
  });

  it('a file in another encoding than UTF-8 (GUS also offers Windows-1250)', () => {
    const windows1250 = Uint8Array.from([...new TextEncoder().encode(`${HEADER}\n02;;;;DOLNO`), 0x8c, 0x4c]);
    expect(failureOf(windows1250).message).toContain('not UTF-8');
  });
});
