/**
 * A seeded generator for the tests that compare a fast path with its reference on random input: the same seed gives
 * the same texts on every run, so a failure can be replayed. random(n) is an integer in [0, n), taken from the
 * state's high bits; the product is an exact 32-bit one (Math.imul). A product in doubles lost its low bits past 2^53,
 * and state % n then kept some pieces from ever following others when n was even.
 */
export function seededRandom(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return Math.floor((state / 0x80000000) * n);
  };
}

/** `count` pieces picked by `random` and joined: one random text of a test's alphabet (pieces may be words). */
export function randomText(random: (n: number) => number, pieces: readonly string[], count: number): string {
  let text = "";
  for (let i = 0; i < count; i++) text += pieces[random(pieces.length)]!;
  return text;
}

/** Every string of one, two or three of `units` (pieces may be words), to `check`: the small cases, exhaustively. */
export function everyString(units: readonly string[], check: (s: string) => void): void {
  for (const a of units) {
    check(a);
    for (const b of units) {
      check(a + b);
      for (const c of units) check(a + b + c);
    }
  }
}
