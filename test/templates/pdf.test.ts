/**
 * The drafts as LibreOffice lays them out: each of the four drafts is converted to PDF (one soffice call for all four,
 * LibreOffice takes seconds to start), then poppler's pdfinfo gives the page count and pdftotext the text of
 * page 1 (title block, no page number) and page 2 (the page number at the top).
 * Needs LibreOffice Writer and poppler-utils (installed by .ci/run); skipped with a note when they are absent outside CI.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderDraft } from "../../src/templates/render";
import { convertToPdf, libreOfficeAvailable } from "../support/libreoffice";
import { COMBOS, draftTemplate, particulars, source } from "./support";

const available = libreOfficeAvailable("pdf.test");
const describeIfTools = available ? describe : describe.skip;

const TYPE_NAME = { plan: "KẾ HOẠCH", report: "BÁO CÁO" } as const;
/** Expected page counts with Times New Roman or its metric twin Liberation Serif (plan: all eight items). */
const PAGES = { plan: [4, 6], report: [2, 3] } as const;

const pdfText = (pdf: string, page: number): string =>
  execFileSync("pdftotext", ["-f", String(page), "-l", String(page), "-layout", pdf, "-"], { encoding: "utf8" });

describeIfTools("drafts rendered to PDF by LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "ketluan-pdf-"));
  const pdfs: Record<string, string> = {};

  beforeAll(async () => {
    const docx: string[] = [];
    for (const [profile, type] of COMBOS) {
      const bytes = await renderDraft(draftTemplate(profile, type), particulars(profile, type), source());
      const file = join(dir, `${type}-${profile}.docx`);
      writeFileSync(file, bytes);
      docx.push(file);
      pdfs[`${profile} ${type}`] = join(dir, `${type}-${profile}.pdf`);
    }
    convertToPdf(docx, dir);
  }, 120_000);

  it.each(COMBOS)("%s %s: page count and the first page's text", (profile, type) => {
    const pdf = pdfs[`${profile} ${type}`]!;
    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(PAGES[type][0]);
    expect(pages).toBeLessThanOrEqual(PAGES[type][1]);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);

    const first = pdfText(pdf, 1);
    const lines = first
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    expect(first).toContain(TYPE_NAME[type]);
    expect(first).toContain("Lục Nam, ngày 15 tháng 9 năm 2023");
    expect(first).toContain("Kết luận số 125-KL/TU ngày 05/9/2023");
    if (profile === "party") {
      expect(first).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
      expect(first).toContain("HUYỆN ỦY LỤC NAM");
      expect(first).toContain(`Số 85-${type === "plan" ? "KH" : "BC"}/HU`);
    } else {
      expect(first).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      expect(first).toContain("Độc lập - Tự do - Hạnh phúc");
      expect(first).toMatch(/ỦY BAN NHÂN DÂN HUYỆN\s[\s\S]*LỤC NAM/);
      expect(first).toContain(`Số: 215/${type === "plan" ? "KH" : "BC"}-UBND`);
    }
    // no page number on page 1; "2" centred at the top of page 2
    expect(lines[0]).not.toMatch(/^\d+$/);
    expect(
      pdfText(pdf, 2)
        .split("\n")
        .find((l) => l.trim() !== "")
        ?.trim(),
    ).toBe("2");
    // the signature block is on the last page
    expect(pdfText(pdf, pages)).toContain("Nguyễn Văn An");
  });
});
