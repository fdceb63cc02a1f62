/**
 * A character diff (Myers, "An O(ND) difference algorithm", 1986) for tracked text edits: a fix that removes a
 * doubled space and the space before a comma in one run shows as two small revisions, not one over the words between.
 */
export type DiffPiece = { op: "equal" | "delete" | "insert"; text: string };

/** The pieces turning `a` into `b`; past `maxEdits` changed characters, one deletion and one insertion. */
export function charDiff(a: string, b: string, maxEdits = 256): DiffPiece[] {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a.charCodeAt(x) === b.charCodeAt(y)) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return coarse(a, b);
  // Walk back through the saved frontiers.
  const steps: { op: DiffPiece["op"]; ch: string }[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && prev[offset + k - 1]! < prev[offset + k + 1]!);
    const pk = down ? k + 1 : k - 1;
    const px = prev[offset + pk]!;
    const py = px - pk;
    while (x > px + (down ? 0 : 1) && y > py + (down ? 1 : 0)) {
      steps.push({ op: "equal", ch: a[--x]! });
      y--;
    }
    if (down) steps.push({ op: "insert", ch: b[--y]! });
    else steps.push({ op: "delete", ch: a[--x]! });
  }
  while (x > 0 && y > 0) {
    steps.push({ op: "equal", ch: a[--x]! });
    y--;
  }
  const out: DiffPiece[] = [];
  for (let i = steps.length - 1; i >= 0; i--) {
    const s = steps[i]!;
    const last = out[out.length - 1];
    if (last !== undefined && last.op === s.op) last.text += s.ch;
    else out.push({ op: s.op, text: s.ch });
  }
  return out;
}

/** Common head and tail kept, the middle replaced whole. */
function coarse(a: string, b: string): DiffPiece[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const pieces: DiffPiece[] = [
    { op: "equal", text: a.slice(0, head) },
    { op: "delete", text: a.slice(head, a.length - tail) },
    { op: "insert", text: b.slice(head, b.length - tail) },
    { op: "equal", text: a.slice(a.length - tail) },
  ];
  return pieces.filter((p) => p.text !== "");
}
