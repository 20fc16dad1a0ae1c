/**
 * A pairwise (all-pairs) selection of option combinations: every value of every factor appears, and
 * every pair of values of two factors appears together in at least one combination, when some valid
 * combination has it. Greedy over the full product: fine for a few hundred combinations.
 */
export type Factors = Record<string, readonly string[]>;
export type Combination = Record<string, string>;

/** Every combination of `factors` (in the order the factors are listed). */
export function product(factors: Factors): Combination[] {
  return Object.entries(factors).reduce<Combination[]>(
    (acc, [name, values]) => acc.flatMap((c) => values.map((v) => ({ ...c, [name]: v }))),
    [{}]);
}

/** The value pairs a combination covers, as `a=x|b=y` keys. */
export function pairsOf(c: Combination): string[] {
  const entries = Object.entries(c);
  const out: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) out.push(`${entries[i][0]}=${entries[i][1]}|${entries[j][0]}=${entries[j][1]}`);
  }
  return out;
}

/** A small set of valid combinations covering every pair that some valid combination covers. */
export function pairwise(factors: Factors, valid: (c: Combination) => boolean = () => true): Combination[] {
  const candidates = product(factors).filter(valid);
  const uncovered = new Set(candidates.flatMap(pairsOf));
  const chosen: Combination[] = [];
  while (uncovered.size > 0) {
    let best = candidates[0];
    let bestGain = -1;
    for (const c of candidates) {
      const gain = pairsOf(c).filter((p) => uncovered.has(p)).length;
      if (gain > bestGain) { best = c; bestGain = gain; }
    }
    chosen.push(best);
    for (const p of pairsOf(best)) uncovered.delete(p);
  }
  return chosen;
}
