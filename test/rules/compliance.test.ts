/**
 * Whole-document checks: the compliant drafts (ours and LibreOffice's) give no finding at all; profile and type are
 * detected and can be overridden; the header and signature tables are recognised with their columns.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readDocument } from "../../src/docx/reader";
import { checkDocument } from "../../src/check";
import { RULES } from "../../src/rules";
import { analyzeStructure } from "../../src/model/structure";
import { buildDocxFromSpec } from "../support/buildDocx";
import { partyPlan, partyReport, statePlan, stateReport, variant } from "../support/samples";

const STABLE_IDS = [
  "page/size",
  "page/margins",
  "page/numbers",
  "font/family",
  "font/size",
  "header/party-title",
  "header/national-title",
  "header/issuer",
  "header/number",
  "header/date",
  "title/type-name",
  "title/summary",
  "body/paragraph",
  "signature/prefix",
  "signature/block",
  "recipients/block",
  "recipients/label",
  "recipients/required",
  "recipients/punctuation",
  "recipients/archive",
  "citation/mismatch",
  "citation/inconsistent",
  "text/placeholder",
  "text/repeated-word",
];
/** Ids added since FORMAT-RULES.md's list (it says more may be added): what real documents taught us to say. */
const ADDED_IDS = ["font/color", "header/none", "coverage/not-cited"];

describe("the rule registry", () => {
  it("has one rule per stable id of FORMAT-RULES.md (coverage/missing comes from the coverage matcher)", () => {
    expect(RULES.map((r) => r.meta.id).sort()).toEqual([...STABLE_IDS, ...ADDED_IDS].sort());
  });
  it.each(RULES.map((r) => [r.meta.id, r] as const))("%s has a Vietnamese description and NFC messages", (_id, r) => {
    expect(r.meta.description.normalize("NFC")).toBe(r.meta.description);
    for (const m of Object.values(r.meta.messages)) expect(m.normalize("NFC")).toBe(m);
  });
});

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "libreoffice", name)));

describe.each([
  ["our Party plan", () => buildDocxFromSpec(partyPlan()), "party", "plan"],
  ["our Party report", () => buildDocxFromSpec(partyReport()), "party", "report"],
  ["our State plan", () => buildDocxFromSpec(statePlan()), "state", "plan"],
  ["our State report", () => buildDocxFromSpec(stateReport()), "state", "report"],
  ["LibreOffice's Party plan (plan-party.docx)", () => fixture("plan-party.docx"), "party", "plan"],
  ["LibreOffice's State report (report-state.docx)", () => fixture("report-state.docx"), "state", "report"],
] as const)("%s", (_name, bytes, profile, type) => {
  // Format and text rules only: these short samples do not answer every directive item (coverage has its own tests).
  const result = checkDocument(readDocument(bytes()), { directives: false });
  it(`is detected as ${profile} ${type}`, () => {
    expect(result.profile).toBe(profile);
    expect(result.profileSource).toBe("detected");
    expect(result.documentType).toBe(type);
  });
  it("has no finding from any rule", () => {
    expect(result.findings.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
  });
});

describe("profile and type", () => {
  it("a user override always wins", () => {
    const r = checkDocument(readDocument(buildDocxFromSpec(partyPlan())), { profile: "state" });
    expect(r.profile).toBe("state");
    expect(r.profileSource).toBe("override");
    expect(r.findings.some((f) => f.rule === "header/national-title")).toBe(true);
  });
  it("tone-mark placement does not matter (UỶ, HOÀ)", () => {
    const doc = variant(stateReport(), (d) => {
      const t = d.blocks[0]!;
      if (t.type === "table") t.rows[0]![1]![0]!.text = "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    });
    expect(checkDocument(readDocument(buildDocxFromSpec(doc))).profile).toBe("state");
  });
});

describe("layout tables", () => {
  it("recognises the header and the signature/recipients tables and their columns", () => {
    const s = analyzeStructure(readDocument(fixture("plan-party.docx")));
    expect(s.header.table).toBe(0);
    expect(s.header.issuerColumn).toMatchObject({ table: 0, column: 0, columnCount: 2 });
    expect(s.header.titleColumn).toMatchObject({ table: 0, column: 1 });
    expect(s.header).toMatchObject({ issuer: [0, 1], star: 2, number: 3, partyTitle: 4, date: 7 });
    expect(s.summaryParagraphs).toEqual([9]);
    expect(s.summarySeparator).toBe(10);
    expect(s.recipients.column).toMatchObject({ table: 1, column: 0 });
    expect(s.recipients.lines).toHaveLength(4);
    expect(s.signature.column).toMatchObject({ table: 1, column: 1 });
    expect(s.signature.paragraphs).toHaveLength(3);
    expect(s.signature.name).toBe(s.signature.paragraphs[2]);
  });
  it("reads a State header: managing body, issuing body, line, number; title, motto, date", () => {
    const s = analyzeStructure(readDocument(fixture("report-state.docx")));
    expect(s.header).toMatchObject({ issuer: [0, 1], issuerLine: 2, number: 3, nationalTitle: 4, motto: 5, date: 7 });
  });
});

describe("type override", () => {
  it("a user override of the type wins over the type name", () => {
    const model = readDocument(buildDocxFromSpec(partyPlan()));
    const r = checkDocument(model, { documentType: "report", rules: ["header/number"] });
    expect(r.documentType).toBe("report");
    expect(r.findings.map((f) => f.message)).toEqual([
      "Ký hiệu loại văn bản “KH” không khớp tên loại “KẾ HOẠCH” (ký hiệu đúng: “BC”)",
    ]);
    expect(checkDocument(model, { documentType: "auto" }).documentType).toBe("plan");
  });
});

describe("a layout without tables", () => {
  it.each([
    ["Party plan", partyPlan],
    ["State report", stateReport],
  ] as const)("%s with the header and signature as plain paragraphs is still compliant", (_n, make) => {
    const d = make();
    const header = d.blocks[0]!;
    const sig = d.blocks[d.blocks.length - 1]!;
    if (header.type !== "table" || sig.type !== "table") throw new Error("unexpected sample");
    const [issuerCol, titleCol] = header.rows[0]!;
    const headerParas = [titleCol![0]!, ...issuerCol!, ...titleCol!.slice(1)].filter((p) => p.text !== "");
    const [recipientsCol, signatureCol] = sig.rows[0]!;
    d.blocks = [...headerParas, ...d.blocks.slice(1, -1), ...signatureCol!, ...recipientsCol!];
    const r = checkDocument(readDocument(buildDocxFromSpec(d)), { directives: false });
    expect(r.findings.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
    const s = analyzeStructure(readDocument(buildDocxFromSpec(d)));
    expect(s.header.issuerColumn).toBeUndefined();
    expect(s.signature.prefix).toBeDefined();
    expect(s.recipients.lines.length).toBe(3);
  });
});
