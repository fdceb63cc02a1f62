import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { main, type Io } from "../../src/cli/main";
import { formatTiming, timingModeOf, type CheckTiming, type TimingMode } from "../../src/cli/timing";

const plan = join(__dirname, "..", "fixtures", "libreoffice", "plan-party.docx");
const report = join(__dirname, "..", "fixtures", "libreoffice", "report-state.docx");

/** `ketluan` in this process, with KETLUAN_TIMING read as `timing`. */
async function run(args: string[], timing: TimingMode | undefined) {
  let out = "";
  let err = "";
  const io: Io = { out: (s) => (out += s), err: (s) => (err += s), color: false, ...(timing ? { timing } : {}) };
  const code = await main(args, io);
  return { code, out, err };
}

describe("KETLUAN_TIMING: what the variable asks for", () => {
  const cases: [string | undefined, TimingMode | undefined][] = [
    [undefined, undefined],
    ["", undefined],
    ["  ", undefined],
    ["1", { rules: 10 }], // as ESLint's TIMING=1: the ten slowest
    ["5", { rules: 10 }],
    ["25", { rules: 25 }],
    ["all", { rules: Number.POSITIVE_INFINITY }],
    ["ALL", { rules: Number.POSITIVE_INFINITY }],
    ["json", "json"],
    ["yes", { rules: 10 }],
  ];
  it.each(cases)("%p → %p", (value, mode) => {
    expect(timingModeOf(value)).toEqual(mode);
  });
});

describe("the timing table", () => {
  const timing: CheckTiming = {
    nodeStartMs: 40,
    loadMs: 30,
    files: [{ file: "ke-hoach.docx", readMs: 38.25, checkMs: 104.5 }],
    outputMs: 1,
    rules: Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`rule/${String(i).padStart(2, "0")}`, i + 1])),
  };

  it("shows the phases of the process, the file's read and check, and the slowest rules first with their share", () => {
    const text = formatTiming(timing, { rules: 10 });
    const lines = text.trimEnd().split("\n");
    expect(lines[1]).toMatch(/^ {2}Node khởi động \/ Node start +40\.0$/);
    expect(text).toMatch(/đọc \/ read: ke-hoach\.docx +38\.3\n/);
    expect(text).toMatch(/kiểm tra \/ check: ke-hoach\.docx +104\.5\n/);
    const ruleRows = lines.filter((l) => l.startsWith("rule/"));
    // 10 of 14, slowest first: rule/13 took 14 ms of 105 in all
    expect(ruleRows).toHaveLength(10);
    expect(ruleRows[0]).toMatch(/^rule\/13 +\| +14\.0 \| +13\.3%$/);
    expect(ruleRows[9]).toMatch(/^rule\/04 /);
  });

  it("lists every rule when asked for all, and leaves out a phase Node does not give", () => {
    const text = formatTiming({ ...timing, nodeStartMs: undefined }, { rules: Number.POSITIVE_INFINITY });
    expect(text.split("\n").filter((l) => l.startsWith("rule/"))).toHaveLength(14);
    expect(text).not.toMatch(/Node start/);
  });

  it("prints one JSON line of the same figures for scripts", () => {
    const text = formatTiming(timing, "json");
    expect(text.split("\n")).toHaveLength(2);
    expect(JSON.parse(text)).toEqual(timing);
  });
});

describe("ketluan check with KETLUAN_TIMING", () => {
  it("says where the time went on stderr and leaves the results on stdout as they are", async () => {
    const plain = await run(["check", "--format", "json", plan, report], undefined);
    const timed = await run(["check", "--format", "json", plan, report], { rules: 10 });
    expect(plain.err).toBe("");
    expect(timed.code).toBe(plain.code);
    // the findings are the same (the excerpts and the order included); only stderr has more
    expect(JSON.parse(timed.out)).toEqual(JSON.parse(plain.out));
    expect(timed.err).toContain(`kiểm tra / check: ${plan}`);
    expect(timed.err).toContain(`đọc / read: ${report}`);
    expect(timed.err).toMatch(/^\(coverage\) +\| +\d+\.\d \| +\d+\.\d%$/m);
  });

  it("times every rule the check ran and the shared analyses, for both files together", async () => {
    const { err } = await run(["check", "--format", "json", plan, report], "json");
    const t = JSON.parse(err) as CheckTiming;
    expect(t.files.map((f) => f.file)).toEqual([plan, report]);
    for (const f of t.files) expect(f.readMs + f.checkMs).toBeGreaterThan(0);
    expect(Object.keys(t.rules)).toEqual(
      expect.arrayContaining(["(structure)", "(coverage)", "text/typing", "page/margins", "recipients/block"]),
    );
  });

  it("times nothing and prints nothing more for an unreadable file", async () => {
    const { code, err } = await run(["check", "--format", "json", join(__dirname, "no-such-file.docx")], {
      rules: 10,
    });
    expect(code).toBe(2);
    expect(err).not.toMatch(/kiểm tra \/ check:/);
  });

  it("is read from the environment by the command line itself", () => {
    const bin = join(__dirname, "..", "..", "bin", "ketluan.js");
    const r = spawnSync(process.execPath, [bin, "check", "--format", "json", plan], {
      encoding: "utf8",
      env: { ...process.env, KETLUAN_TIMING: "json" },
    });
    expect([0, 1]).toContain(r.status);
    const t = JSON.parse(r.stderr) as CheckTiming;
    // a real process: Node's own start-up and the program's loading are measured
    expect(t.nodeStartMs).toBeGreaterThan(0);
    expect(t.loadMs).toBeGreaterThan(0);
    expect(t.files[0]!.file).toBe(plan);
  });
});
