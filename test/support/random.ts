/**
 * A seeded generator for the tests that compare a fast path with its reference on random input: the same seed gives
 * the same texts on every run, so a failure can be replayed. random(n) is an integer in [0, n).
 */
export function seededRandom(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % n;
  };
}

/** `count` pieces picked by `random` and joined: one random text of a test's alphabet (pieces may be words). */
export function randomText(random: (n: number) => number, pieces: readonly string[], count: number): string {
  let text = "";
  for (let i = 0; i < count; i++) text += pieces[random(pieces.length)]!;
  return text;
}
