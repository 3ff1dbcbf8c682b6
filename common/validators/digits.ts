/** Removes the spaces and dashes people type between digit groups ("526-025-02-74"). */
export const stripSeparators = (value: string): string => value.replace(/[\s-]/g, '');

/** Weighted sum of the leading digits: the core of every Polish register checksum. */
export function weightedSum(digits: string, weights: readonly number[]): number {
  return weights.reduce((sum, weight, i) => sum + weight * Number(digits[i]), 0);
}
