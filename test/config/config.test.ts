/** The office style sheet, ketluan.config.json: checked with a schema, applied by check, fix, matrix and draft. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { officeConfig } from "../../src/config";
import { DataError } from "../../src/model/schema";
import { RULES } from "../../src/rules";
import { buildDocxFromSpec } from "../support/buildDocx";
import { partyPlan, variant } from "../support/samples";
import { runCli } from "../cli/run";

const IDS = RULES.map((r) => r.meta.id);
const problems = (value: unknown): string[] => {
  try {
    officeConfig(value, "ketluan.config.json", IDS);
    return [];
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    return [...e.issues];
  }
};

describe("the style sheet's schema", () => {
  it("accepts every documented key", () => {
    expect(
      problems({
        rules: { "font/color": "off", "text/typing": "warning" },
        profiles: { party: { "page/size": { toleranceMm: 3 } } },
        issuerCodes: { "Sở Công Thương": "SCT" },
        notApplicable: ["2.4"],
        source: "ket-luan.txt",
      }),
    ).toEqual([]);
  });

  it.each([
    [{ rule: { "font/color": "off" } }, /\$\.rule: unknown key/],
    [{ rules: { "font/colour": "off" } }, /\$\.rules\["font\/colour"\]: unknown rule id/],
    [{ rules: { "font/color": "tắt" } }, /\$\.rules\["font\/color"\]: expected/],
    [
      { profiles: { party: { "page/size": { tolerance: 3 } } } },
      /\$\.profiles\.party\["page\/size"\]\.tolerance: unknown key/,
    ],
    [
      { profiles: { party: { "page/size": { toleranceMm: "3 mm" } } } },
      /\$\.profiles\.party\["page\/size"\]\.toleranceMm: expected a number/,
    ],
    [{ issuerCodes: { "Sở Công Thương": "sct" } }, /\$\.issuerCodes\["Sở Công Thương"\]: expected a code in capitals/],
  ])("refuses %j, naming the key", (value, message) => {
    expect(problems(value).join("\n")).toMatch(message);
  });
});

describe("the style sheet on the command line", () => {
  const dir = mkdtempSync(join(tmpdir(), "ketluan-config-"));
  // a plan on paper 3 mm too wide: a page/size error by the shipped 2 mm tolerance
  const file = join(dir, "ke-hoach.docx");
  writeFileSync(file, buildDocxFromSpec(variant(partyPlan(), (d) => (d.page.widthMm = 213))));
  const rulesOf = async (args: string[]): Promise<{ code: number; rules: string[]; err: string }> => {
    const r = await runCli(["check", "--format", "json", ...args]);
    if (r.code === 2) return { code: r.code, rules: [], err: r.err };
    const [res] = JSON.parse(r.out) as { findings: { rule: string; severity: string }[] }[];
    return { code: r.code, rules: res!.findings.map((f) => `${f.rule}:${f.severity}`), err: r.err };
  };

  it("widens a tolerance, makes a rule's errors warnings, or turns it off", async () => {
    const shipped = await rulesOf([file]);
    expect(shipped.rules).toContain("page/size:error");
    expect(shipped.code).toBe(1);

    const sheet = join(dir, "rong.json");
    // (213 mm is 12,076 twips in the file: 3.007 mm over, inside a 4 mm tolerance)
    writeFileSync(sheet, JSON.stringify({ profiles: { party: { "page/size": { toleranceMm: 4 } } } }));
    expect((await rulesOf(["--config", sheet, file])).rules.filter((r) => r.startsWith("page/size"))).toEqual([]);

    writeFileSync(sheet, JSON.stringify({ rules: { "page/size": "warning" } }));
    const warned = await rulesOf(["--config", sheet, file]);
    expect(warned.rules).toContain("page/size:warning");
    expect(warned.rules).not.toContain("page/size:error");

    writeFileSync(sheet, JSON.stringify({ rules: { "page/size": "off" } }));
    expect((await rulesOf(["--config", sheet, file])).rules.filter((r) => r.startsWith("page/size"))).toEqual([]);
  });

  it("is found beside the documents as ketluan.config.json", async () => {
    const near = mkdtempSync(join(tmpdir(), "ketluan-config-near-"));
    const doc = join(near, "ke-hoach.docx");
    writeFileSync(doc, readFileSync(file));
    writeFileSync(join(near, "ketluan.config.json"), JSON.stringify({ rules: { "page/size": "off" } }));
    expect((await rulesOf([doc])).rules.filter((r) => r.startsWith("page/size"))).toEqual([]);
  });

  it("a bad sheet is a clear error naming the file and the key, exit 2", async () => {
    const sheet = join(dir, "sai.json");
    writeFileSync(sheet, JSON.stringify({ rules: { "font/colour": "off" } }));
    const r = await runCli(["check", "--config", sheet, file]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(sheet);
    expect(r.err).toContain('$.rules["font/colour"]: unknown rule id');
    expect(r.err).not.toMatch(/\n\s+at /);
    writeFileSync(sheet, "{ rules: ");
    const notJson = await runCli(["check", "--config", sheet, file]);
    expect(notJson.code).toBe(2);
    expect(notJson.err).toMatch(/không phải JSON hợp lệ \/ not valid JSON/);
  });

  it("requires the office's extra recipients, with the style sheet as the basis, and fix inserts them", async () => {
    const sheet = join(dir, "noi-nhan.json");
    writeFileSync(
      sheet,
      JSON.stringify({
        requiredRecipients: {
          party: { plan: [{ name: "Ban Dân vận Huyện ủy", anyOf: ["Ban Dân vận Huyện ủy", "BDVHU"] }] },
        },
      }),
    );
    const r = await runCli(["check", "--format", "json", "--implements", "--config", sheet, file]);
    const [res] = JSON.parse(r.out) as { findings: { rule: string; message: string; basis: string }[] }[];
    const missing = res!.findings.filter((f) => f.rule === "recipients/required");
    expect(missing.map((f) => f.message)).toEqual([
      "Nơi nhận thiếu “Ban Dân vận Huyện ủy”; quy định riêng của cơ quan (noi-nhan.json): nơi nhận bắt buộc",
    ]);
    // without the sheet the same plan lacks nothing
    const plain = await runCli(["check", "--format", "json", "--implements", file]);
    expect(plain.out).not.toContain("Ban Dân vận");
    const fixed = join(dir, "da-sua.docx");
    await runCli(["fix", file, "-o", fixed, "--config", sheet]);
    const after = await runCli(["check", "--format", "json", "--implements", "--config", sheet, fixed]);
    expect(after.out).not.toContain("Nơi nhận thiếu “Ban Dân vận Huyện ủy”");
  });

  it("gives draft the office's code for its own body", async () => {
    const sheet = join(dir, "ma.json");
    writeFileSync(sheet, JSON.stringify({ issuerCodes: { "Trung tâm Y tế huyện Lục Nam": "TTYT" } }));
    const out = join(dir, "du-thao.docx");
    const r = await runCli([
      "draft",
      "--type",
      "plan",
      "--profile",
      "state",
      "--issuer",
      "TRUNG TÂM Y TẾ HUYỆN LỤC NAM",
      "--superior",
      "UBND HUYỆN LỤC NAM",
      "--place",
      "Lục Nam",
      "--number",
      "12",
      "--date",
      "2026-12-03",
      "--signer",
      "Nguyễn Văn An",
      "--conclusion-number",
      "125-KL/TU",
      "--conclusion-date",
      "2023-09-05",
      "--config",
      sheet,
      "-o",
      out,
    ]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const check = await runCli(["check", "--format", "json", out]);
    expect(check.out).not.toContain("issuerCode");
    const { readDocument } = await import("../../src/docx/reader");
    const texts = readDocument(new Uint8Array(readFileSync(out))).paragraphs.map((p) => p.text);
    expect(texts.some((t) => t.includes("Số: 12/KH-TTYT"))).toBe(true);
  });
});
