/** `ketluan check` on plans written by LibreOffice (test/fixtures/libreoffice), in both output formats. */
import { join } from "node:path";
import { runCli } from "./run";

const fixture = (name: string) => join(__dirname, "..", "fixtures", "libreoffice", `${name}.docx`);
/** from..to, both included */
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

interface JsonFinding {
  rule: string;
  severity: string;
  message: string;
  paragraph: number | null;
}

describe("ketluan check on LibreOffice-written drafts", () => {
  it("finds no page or font problem in the compliant plan, in either format", async () => {
    const json = await runCli(["check", "--format", "json", fixture("plan-party")]);
    const [res] = JSON.parse(json.out) as { profile: string; documentType: string; findings: JsonFinding[] }[];
    expect(res!.profile).toBe("party");
    expect(res!.documentType).toBe("plan");
    expect(res!.findings.filter((f) => /^(page|font)\//.test(f.rule))).toEqual([]);
    const text = await runCli(["check", fixture("plan-party")]);
    expect(text.out).not.toMatch(/page\/|font\//);
  });

  it("reports Letter paper, 25.4 mm margins, Arial and 13 pt body text in the wrongly laid-out plan", async () => {
    const json = await runCli(["check", "--format", "json", fixture("plan-party-letter-arial")]);
    expect(json.code).toBe(1);
    const [res] = JSON.parse(json.out) as { findings: JsonFinding[] }[];
    const by = (rule: string) => res!.findings.filter((f) => f.rule === rule);
    expect(by("page/size").map((f) => f.message)).toEqual([
      "Khổ giấy 215.9 × 279.4 mm (Letter); HD 36-HD/VPTW yêu cầu khổ A4 210 × 297 mm",
    ]);
    expect(by("page/margins").map((f) => f.message)).toEqual([
      "Lề trên 25.4 mm, chưa đúng 20 mm theo HD 36-HD/VPTW; nên chỉnh lại",
      "Lề dưới 25.4 mm, chưa đúng 20 mm theo HD 36-HD/VPTW; nên chỉnh lại",
      "Lề trái 25.4 mm, chưa đúng 30 mm theo HD 36-HD/VPTW; nên chỉnh lại",
      "Lề phải 25.4 mm; HD 36-HD/VPTW yêu cầu 15 mm",
    ]);
    // Every paragraph with text is in Arial (5, 6 and 52–54 are empty: the title's second line, the space above
    // the date, the signature space; 56 the one after the table); the body paragraphs, 11–44, are 13 pt.
    expect(by("font/family").map((f) => f.paragraph)).toEqual([0, 1, 2, 3, 4, ...range(7, 51), 55]);
    expect(new Set(by("font/family").map((f) => f.message.split(";")[0]))).toEqual(new Set(["Phông chữ Arial"]));
    expect(by("font/size").map((f) => f.paragraph)).toEqual(range(11, 44));
    expect(new Set(by("font/size").map((f) => f.message))).toEqual(
      new Set(["Cỡ chữ phần nội dung 13 pt; HD 36-HD/VPTW yêu cầu 14–15 pt"]),
    );

    const text = await runCli(["check", fixture("plan-party-letter-arial")]);
    expect(text.code).toBe(1);
    expect(text.out).toContain("Khổ giấy 215.9 × 279.4 mm (Letter)");
    expect(text.out).toContain("Lề trái 25.4 mm, chưa đúng 30 mm theo HD 36-HD/VPTW; nên chỉnh lại");
    expect(text.out).toContain("Phông chữ Arial; HD 36-HD/VPTW yêu cầu phông Times New Roman");
    expect(text.out).toContain("Cỡ chữ phần nội dung 13 pt");
  });

  it("detects the State report and finds no page or font problem", async () => {
    const json = await runCli(["check", "--format", "json", fixture("report-state")]);
    const [res] = JSON.parse(json.out) as { profile: string; documentType: string; findings: JsonFinding[] }[];
    expect(res).toMatchObject({ profile: "state", documentType: "report" });
    expect(res!.findings.filter((f) => /^(page|font)\//.test(f.rule))).toEqual([]);
  });
});
