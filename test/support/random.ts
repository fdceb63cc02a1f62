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
