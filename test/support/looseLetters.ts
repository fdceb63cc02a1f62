/**
 * What a character leaves of a loose citation cue's alphabet (a–z, 0–9, đ, ð) once lower-cased and decomposed (NFD),
 * for every UTF-16 unit: the source of src/model/looseLetters.ts (scripts/make-loose-letters.ts) and of its test.
 */
const ALPHABET = /[a-z0-9đð]/g;

/** The letters and digits `c` leaves, in order (a–z, 0–9, đ, ð only). */
export function lettersLeftBy(c: string): string {
  return (c.toLowerCase().normalize("NFD").match(ALPHABET) ?? []).join("");
}

/** Per letter or digit, the units (surrogates excluded) that leave exactly it, in code order. */
export function looseLetterTable(): Record<string, string> {
  const table: Record<string, string> = {};
  for (let u = 0; u <= 0xffff; u++) {
    if (u >= 0xd800 && u <= 0xdfff) continue;
    const c = String.fromCharCode(u);
    const left = lettersLeftBy(c);
    if (left.length === 0) continue;
    if (left.length > 1)
      throw new Error(`U+${u.toString(16)} leaves ${left}: a cue's letters would not be one per unit`);
    table[left] = (table[left] ?? "") + c;
  }
  return Object.fromEntries(Object.entries(table).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
