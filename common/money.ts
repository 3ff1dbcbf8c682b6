/**
 * PLN amounts: typed as decimal text the way people write them ("1 234,56", "1234.5"), kept as
 * integer grosze, never as floating point, so totals add up to the grosz.
 */

/** Nine hundred ninety-nine billion złoty: far above any partnership's line, well inside 2^53 grosze. */
export const MAX_GROSZE = 99_999_999_999_999;

const pattern = /^(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,](\d{1,2}))?$/;

/** The amount in grosze, or null when the text is not a non-negative amount with at most two decimals. */
export function parseGrosze(text: string): number | null {
  const match = pattern.exec(text.trim());
  if (!match) return null;
  const zloty = Number((match[1] as string).replace(/[ \u00a0\u202f]/g, ''));
  const grosze = Number((match[2] ?? '').padEnd(2, '0'));
  const total = zloty * 100 + grosze;
  return Number.isSafeInteger(total) && total <= MAX_GROSZE ? total : null;
}

/** Grosze as the plain decimal text a form field starts from: 123456 → "1234,56". */
export const groszeToInput = (grosze: number) =>
  `${Math.trunc(grosze / 100)},${String(grosze % 100).padStart(2, '0')}`;

/** Grosze for people: "1 234,56 zł" in Polish, "PLN 1,234.56" in English. */
export const formatPln = (grosze: number, locale: 'pl' | 'en' = 'pl') =>
  new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'pl-PL', {
    style: 'currency',
    currency: 'PLN',
  }).format(grosze / 100);
