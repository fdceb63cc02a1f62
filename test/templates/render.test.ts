import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { computeCoverage } from "../../src/directives/coverage";
import { readDocument } from "../../src/docx/reader";
import { checkDocument } from "../../src/check";
import { ParticularsError } from "../../src/templates/particulars";
import { draftData, evaluatePath, renderDraft } from "../../src/templates/render";
import { makeDocx } from "../support/buildDocx";
import { COMBOS, draftTemplate, fullText, particulars, renderModel, source, texts } from "./support";

const TYPE_NAME = { plan: "KẾ HOẠCH", report: "BÁO CÁO" } as const;

describe("complete drafts", () => {
  it.each(COMBOS)("%s %s: the checker finds no error, and detects profile and type", async (profile, type) => {
    const { model } = await renderModel(particulars(profile, type));
    const result = checkDocument(model);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.profile).toBe(profile);
    expect(result.profileSource).toBe("detected");
    expect(result.documentType).toBe(type);
    expect(result.documentDate).toBe("2023-09-15");
    expect(texts(model)).toContain(TYPE_NAME[type]);
  });

  it.each(COMBOS)("%s %s: page setup, fonts and page numbers from page 2", async (profile, type) => {
    const { model } = await renderModel(particulars(profile, type));
    const [section] = model.sections;
    expect(section).toMatchObject({ orientation: "portrait", differentFirstPage: true });
    expect(section!.pageWidthMm).toBeCloseTo(210, 0);
    expect(section!.pageHeightMm).toBeCloseTo(297, 0);
    expect(section!.margins.topMm).toBeCloseTo(20, 0);
    expect(section!.margins.leftMm).toBeCloseTo(30, 0);
    expect(section!.margins.rightMm).toBeCloseTo(15, 0);
    const byKind = Object.fromEntries(section!.headers.map((h) => [h.kind, h]));
    expect(byKind["default"]).toMatchObject({ hasPageNumber: true, pageNumberAlignment: "center" });
    expect(byKind["first"]?.hasPageNumber).toBe(false);
    const fonts = new Set(model.paragraphs.flatMap((p) => p.runs.map((r) => r.font)));
    expect([...fonts]).toEqual(["Times New Roman"]);
  });

  it("party header lines as HD 36 lays them out", async () => {
    const { model } = await renderModel(particulars("party", "plan"));
    const para = (text: string) => model.paragraphs.find((p) => p.text === text)!;
    expect(para("ĐẢNG BỘ TỈNH BẮC GIANG").runs[0]).toMatchObject({ sizePt: 14, bold: false });
    expect(para("HUYỆN ỦY LỤC NAM").runs[0]).toMatchObject({ sizePt: 14, bold: true });
    expect(para("*").alignment).toBe("center");
    expect(para("Số 85-KH/HU").runs[0]!.sizePt).toBe(14);
    expect(para("ĐẢNG CỘNG SẢN VIỆT NAM").runs[0]).toMatchObject({ sizePt: 15, bold: true, underline: "single" });
    expect(para("Lục Nam, ngày 15 tháng 9 năm 2023").runs[0]).toMatchObject({ italic: true, sizePt: 14 });
    expect(para("KẾ HOẠCH").runs[0]).toMatchObject({ sizePt: 16, bold: true });
    const summary = model.paragraphs[para("KẾ HOẠCH").index + 1]!;
    expect(summary.text).toMatch(
      /^thực hiện Kết luận số 125-KL\/TU ngày 05\/9\/2023 của Ban Chấp hành Đảng bộ tỉnh về /,
    );
    expect(summary.runs[0]).toMatchObject({ bold: true, sizePt: 14 });
    expect(model.paragraphs[summary.index + 1]!.text).toBe("-----");
    expect(para("Nơi nhận:").runs[0]).toMatchObject({ sizePt: 14, underline: "single", bold: false, italic: false });
    expect(para("- Thường trực Tỉnh ủy (b/c),").runs[0]!.sizePt).toBe(12);
    expect(para("- Lưu Văn phòng Huyện ủy.").runs[0]!.sizePt).toBe(12);
    expect(para("T/M BAN THƯỜNG VỤ").runs[0]!.bold).toBe(true);
    expect(para("Nguyễn Văn An").runs[0]!.bold).toBe(true);
  });

  it("state header lines as NĐ 30 lays them out", async () => {
    const { model } = await renderModel(particulars("state", "report", { superior: "UBND TỈNH BẮC GIANG" }));
    const para = (text: string) => model.paragraphs.find((p) => p.text === text)!;
    expect(para("UBND TỈNH BẮC GIANG").runs[0]).toMatchObject({ sizePt: 13, bold: false });
    expect(para("ỦY BAN NHÂN DÂN HUYỆN LỤC NAM").runs[0]).toMatchObject({ sizePt: 13, bold: true });
    expect(para("Số: 215/BC-UBND").runs[0]!.sizePt).toBe(13);
    expect(para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").runs[0]).toMatchObject({ bold: true });
    expect(para("Độc lập - Tự do - Hạnh phúc").runs[0]).toMatchObject({ bold: true, underline: "single" });
    expect(para("BÁO CÁO").runs[0]).toMatchObject({ sizePt: 14, bold: true });
    expect(para("Nơi nhận:").runs[0]).toMatchObject({ sizePt: 12, bold: true, italic: true });
    expect(para("- Lưu: VT, VP.").runs[0]!.sizePt).toBe(11);
    expect(para("TM. ỦY BAN NHÂN DÂN").runs[0]!.bold).toBe(true);
    expect(para("CHỦ TỊCH").runs[0]!.bold).toBe(true);
  });

  it("body paragraphs are justified 14 pt with a 12.7 mm first-line indent and 6 pt after", async () => {
    const { model } = await renderModel(particulars("party", "plan"));
    const body = model.paragraphs.filter((p) => p.styleId.startsWith("KL"));
    expect(body.length).toBeGreaterThan(20);
    for (const p of body) {
      expect(p).toMatchObject({ alignment: "justify", spaceAfterPt: 6 });
      expect(p.firstLineMm).toBeCloseTo(12.7, 1);
      for (const r of p.runs) expect(r.sizePt).toBe(14);
    }
  });
});

describe("directive items", () => {
  it("a full plan has one section per directive item, written as a task", async () => {
    const { model } = await renderModel(particulars("party", "plan"));
    const all = texts(model);
    const src = source();
    src.items.forEach((item, i) => {
      const heading = `${i + 1}. ${item.title}`;
      const at = all.indexOf(heading);
      expect(at).toBeGreaterThan(0);
      const task = all[at + 1]!;
      expect(task).toMatch(/^Tiếp tục /);
      // every task of the item is in its section (first words, case aside)
      for (const t of item.tasks) {
        const words = t.text
          .replace(/^(Trong đó,\s*)?(tiếp tục\s+)?/iu, "")
          .split(/\s+/)
          .slice(0, 5)
          .join(" ")
          .replace(/[,;.]$/, "");
        expect(task.toLocaleLowerCase("vi")).toContain(words.toLocaleLowerCase("vi"));
      }
    });
    // the seed's doubled words are not copied into the draft
    expect(fullText(model)).not.toMatch(/phát triển phát triển|tác tác/);
  });

  it.each(["party", "state"] as const)(
    "%s: the coverage matcher finds every item covered in a full plan",
    async (profile) => {
      const { model } = await renderModel(particulars(profile, "plan"));
      const coverage = computeCoverage(model, source());
      expect(coverage.map((c) => [c.item, c.status])).toEqual(source().items.map((i) => [i.number, "covered"]));
    },
  );

  it("a report has a result heading and a paragraph with blanks for each item", async () => {
    const { model } = await renderModel(particulars("state", "report"));
    const all = texts(model);
    source().items.forEach((item, i) => {
      const at = all.findIndex((t) => t.startsWith(`${i + 1}. Về `));
      expect(at).toBeGreaterThan(0);
      expect(all[at + 1]).toMatch(/^Kết quả: \.\.\.\.\./);
    });
  });

  it("--items keeps only the chosen items, numbered in order", async () => {
    const { model } = await renderModel(particulars("party", "plan", { items: ["2.3", "2.6"] }));
    const src = source();
    const t = texts(model);
    expect(t).toContain(`1. ${src.items[2]!.title}`);
    expect(t).toContain(`2. ${src.items[5]!.title}`);
    expect(t.filter((x) => x.startsWith("Tiếp tục tập trung"))).toHaveLength(2);
  });
});

describe("particulars are data", () => {
  const INJECTIONS = [
    "{{ process.exit() }}",
    "{{INS process.exit(3)}}",
    "+++INS x+++",
    "${1+1}",
    "||<w:p><w:r><w:t>chèn</w:t></w:r></w:p>||",
    "<w:br/> & \"trích\" 'dẫn'",
    "{{ globalThis.pwned = 1 }}",
    "{actor} {conclusionRef}",
  ];

  it.each(INJECTIONS)("%s appears verbatim", async (s) => {
    const p = particulars("party", "plan", {
      issuer: `HUYỆN ỦY ${s}`,
      place: `Lục Nam ${s}`,
      signerName: `Nguyễn Văn An ${s}`,
      recipients: [`Thường trực Tỉnh ủy ${s}`, "Văn phòng Tỉnh ủy", "Lưu Văn phòng Huyện ủy"],
    });
    const { model } = await renderModel(p);
    const t = texts(model);
    expect(t).toContain(`Nguyễn Văn An ${s}`);
    expect(t).toContain(`- Thường trực Tỉnh ủy ${s},`);
    expect(t.some((x) => x.startsWith(`Lục Nam ${s}, ngày 15 tháng 9 năm 2023`))).toBe(true);
    expect(t).toContain(`HUYỆN ỦY ${s.toLocaleUpperCase("vi")}`);
    expect((globalThis as Record<string, unknown>)["pwned"]).toBeUndefined();
  });

  it("control characters (illegal in XML, our literal-XML delimiter) are removed, the rest stays", async () => {
    const { model } = await renderModel(
      particulars("party", "plan", { signerName: "Nguyễn\u0001\u0002<w:p/>\u0002\u0001 Văn An" }),
    );
    expect(texts(model)).toContain("Nguyễn<w:p/> Văn An");
  });

  it("the evaluator reads data paths and nothing else", () => {
    const scope = { d: { a: { b: "x" }, t: true }, $r: "dòng" };
    expect(evaluatePath("d.a.b", scope)).toBe("x");
    expect(evaluatePath("!d.t", scope)).toBe(false);
    expect(evaluatePath("$r", scope)).toBe("dòng");
    expect(evaluatePath("d.constructor", scope)).toBeUndefined();
    expect(evaluatePath("d.a.b.toString", scope)).toBeUndefined();
    for (const code of ["process.exit()", "d.a['b']", "1+1", "d.a; d.t", "`x`", "require('fs')"])
      expect(() => evaluatePath(code, scope)).toThrow(/unsupported template command/);
  });

  it("a template with code in a command is refused, not run", async () => {
    const template = makeDocx({
      body: `<w:p><w:r><w:t>{{INS (globalThis.pwned2 = 1)}}</w:t></w:r></w:p><w:p><w:r><w:t>{{process.exit(4)}}</w:t></w:r></w:p>`,
    });
    await expect(renderDraft(template, particulars("party", "plan"), source())).rejects.toThrow(
      /unsupported template command/,
    );
    expect((globalThis as Record<string, unknown>)["pwned2"]).toBeUndefined();
  });
});

describe("missing and blank particulars", () => {
  it("one error lists every missing required field", () => {
    let error: unknown;
    try {
      draftData({ profile: "party", type: "plan" }, source());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ParticularsError);
    const e = error as ParticularsError;
    expect(e.missing).toEqual([
      "issuer",
      "superior",
      "place",
      "number",
      "date",
      "conclusionNumber",
      "conclusionDate",
      "signerName",
    ]);
    expect(e.message).toMatch(/^Thiếu thông tin bắt buộc: cơ quan ban hành \(--issuer\); cơ quan cấp trên/);
    for (const option of ["--issuer", "--superior", "--place", "--number", "--date", "--signer", "--conclusion-number"])
      expect(e.message).toContain(option);
  });

  it("invalid values are listed with the missing ones", () => {
    expect(() =>
      draftData(
        particulars("state", "plan", {
          place: undefined,
          date: "15/9/2023",
          conclusionNumber: "125/KL-TU",
          number: "215/BC-UBND",
          items: ["2.9"],
        }),
        source(),
      ),
    ).toThrow(
      /^Thiếu thông tin bắt buộc: địa danh \(--place\)\. Thông tin không hợp lệ: số văn bản .*không khớp với kế hoạch \(KH\); ngày ban hành .*"15\/9\/2023" không phải ngày dạng YYYY-MM-DD; số hiệu Kết luận .*; các mục chỉ đạo \(--items\): không có mục 2\.9/,
    );
  });

  it("the superior body is optional for the state profile only", () => {
    expect(() => draftData(particulars("state", "plan", { superior: undefined }), source())).not.toThrow();
    expect(() => draftData(particulars("party", "plan", { superior: "" }), source())).toThrow(/--superior/);
  });

  it.each(COMBOS)("%s %s: a blank number and date render as the dotted blank, with no error", async (profile, type) => {
    const { model } = await renderModel(particulars(profile, type, { number: "", date: "" }));
    const t = texts(model);
    const code = type === "plan" ? "KH" : "BC";
    expect(t).toContain(profile === "party" ? `Số     -${code}/HU` : `Số:     /${code}-UBND`);
    expect(t).toContain("Lục Nam, ngày    tháng    năm 20..");
    const result = checkDocument(model);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("numbers under 10 take a leading zero; full numbers are accepted", async () => {
    expect(draftData(particulars("party", "plan", { number: "5" }), source()).numberLine).toBe("Số 05-KH/HU");
    expect(draftData(particulars("party", "report", { number: "12-BC/HU" }), source()).numberLine).toBe("Số 12-BC/HU");
    expect(draftData(particulars("state", "plan", { number: "Số: 07/KH-SCT" }), source()).numberLine).toBe(
      "Số: 07/KH-SCT",
    );
  });

  it("dates: days 1–9 and months 1–2 take a leading zero", () => {
    const d = (date: string) => draftData(particulars("party", "plan", { date }), source()).dateLine;
    expect(d("2024-01-05")).toBe("Lục Nam, ngày 05 tháng 01 năm 2024");
    expect(d("2023-12-20")).toBe("Lục Nam, ngày 20 tháng 12 năm 2023");
    const s = draftData(particulars("party", "plan", { conclusionDate: "2024-02-03" }), source()).summary;
    expect(s).toContain("Kết luận số 125-KL/TU ngày 03/02/2024 ");
  });
});

describe("reading back", () => {
  it("the rendered package reads as a flat model with the same text (no template command left)", async () => {
    for (const [profile, type] of COMBOS) {
      const bytes = await renderDraft(draftTemplate(profile, type), particulars(profile, type), source());
      const text = fullText(readDocument(bytes));
      expect(text).not.toMatch(/\{\{|\}\}|FOR |END-FOR|END-IF/);
    }
  });
});

describe("the shipped templates", () => {
  it("are exactly what scripts/make-templates.ts builds (reproducible)", () => {
    const scripts = join(__dirname, "..", "..", "scripts");
    const r = spawnSync(
      process.execPath,
      ["-r", join(scripts, "ts-register.js"), join(scripts, "make-templates.ts"), "--check"],
      { encoding: "utf8" },
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});
