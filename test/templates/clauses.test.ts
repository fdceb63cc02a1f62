import { readDocument } from "../../src/docx/reader";
import { clauseLibrary, dropDoubledWords, itemClauseId, lowerFirst } from "../../src/templates/clauses";
import { deriveIssuerCode, issuerNames, ParticularsError, type ProfileId } from "../../src/templates/particulars";
import { bareRecipient, defaultRecipients, formatRecipients } from "../../src/templates/recipients";
import { draftData, renderClause } from "../../src/templates/render";
import { clauseTemplate, particulars, source } from "./support";

describe("the clause library", () => {
  const lib = clauseLibrary(source());

  it("holds the standard sections and one section per directive item for each type", () => {
    const ids = lib.map((c) => c.id);
    for (const id of [
      "can-cu",
      "can-cu-bao-cao",
      "muc-dich-yeu-cau",
      "to-chuc-thuc-hien",
      "che-do-bao-cao",
      "che-do-bao-cao-bao-cao",
      "chu-ky",
      "noi-nhan",
    ])
      expect(ids).toContain(id);
    for (const item of source().items) {
      expect(ids).toContain(itemClauseId("plan", item.number));
      expect(ids).toContain(itemClauseId("report", item.number));
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("every clause has a Vietnamese title, a section, an order and the profiles and types it suits", () => {
    for (const c of lib) {
      expect(c.title.normalize("NFC")).toBe(c.title);
      expect(c.title.length).toBeGreaterThan(3);
      expect(c.section).toMatch(/^[a-z-]+$/);
      expect(Number.isFinite(c.order)).toBe(true);
      expect(c.profiles.length).toBeGreaterThan(0);
      expect(c.types.length).toBeGreaterThan(0);
    }
    // the library is in document order
    expect(lib.map((c) => c.order)).toEqual([...lib.map((c) => c.order)].sort((a, b) => a - b));
  });

  it("the reporting regime sends results to Văn phòng Tỉnh ủy", () => {
    const text = lib
      .find((c) => c.id === "che-do-bao-cao")!
      .paragraphs.map((p) => p.text)
      .join(" ");
    expect(text).toContain("Văn phòng Tỉnh ủy");
  });
});

describe("each clause renders on its own", () => {
  const lib = clauseLibrary(source());
  const cases: [string, ProfileId][] = lib.flatMap((c) => c.profiles.map((p): [string, ProfileId] => [c.id, p]));

  it.each(cases)("%s (%s): a small .docx and flat OPC that read back with the same text", async (id, profile) => {
    const clause = lib.find((c) => c.id === id)!;
    const type = clause.types[0]!;
    const r = await renderClause(clauseTemplate(profile), id, particulars(profile, type), source());
    const fromDocx = readDocument(r.docx).paragraphs.map((p) => p.text);
    const fromFlat = readDocument(r.flatOpc).paragraphs.map((p) => p.text);
    expect(fromFlat).toEqual(fromDocx);
    expect(fromDocx.join("\n")).not.toMatch(/\{|\}/);
    if (clause.kind === "body") expect(fromDocx).toHaveLength(clause.paragraphs.length);
    if (clause.kind === "closing") expect(fromDocx).toEqual(expect.arrayContaining(["Nơi nhận:", "Nguyễn Văn An"]));
    if (clause.kind === "recipients") expect(fromDocx[0]).toBe("Nơi nhận:");
    expect(r.flatOpc).toMatch(
      /^<\?xml version="1.0" standalone="yes"\?>\n<\?mso-application progid="Word.Document"\?>/,
    );
    expect(r.flatOpc).toContain('pkg:name="/word/styles.xml"');
    expect(r.flatOpc).not.toContain("<w:sectPr");
  });

  it("an item section keeps the item's number in the conclusion and carries the profile's formatting", async () => {
    const r = await renderClause(clauseTemplate("state"), "nhiem-vu-2.4", particulars("state", "plan"), source());
    const model = readDocument(r.docx);
    expect(model.paragraphs[0]!.text).toBe(`4. ${source().items[3]!.title}`);
    expect(model.paragraphs[0]!.runs[0]!.bold).toBe(true);
    expect(model.paragraphs[1]).toMatchObject({ alignment: "justify", spaceAfterPt: 6 });
    expect(model.paragraphs[1]!.text).toMatch(/^Tiếp tục tập trung thực hiện tốt các nhiệm vụ: lãnh đạo, chỉ đạo/);
  });

  it("a clause needs only the particulars it uses", async () => {
    // the purpose section uses the conclusion's number, not the signer or the document's number
    const r = await renderClause(
      clauseTemplate("party"),
      "muc-dich-yeu-cau",
      { profile: "party", type: "plan", conclusionNumber: "125-KL/TU", conclusionDate: "2023-09-05" },
      source(),
    );
    expect(readDocument(r.docx).paragraphs[1]!.text).toContain("Kết luận số 125-KL/TU");
    await expect(
      renderClause(clauseTemplate("party"), "chu-ky", { profile: "party", type: "plan" }, source()),
    ).rejects.toThrow(ParticularsError);
    await expect(
      renderClause(clauseTemplate("party"), "khong-co", particulars("party", "plan"), source()),
    ).rejects.toThrow(/không có đoạn mẫu "khong-co"/);
  });
});

describe("recipients", () => {
  it("the default list carries the provincial leadership first, Văn phòng Tỉnh ủy, and the archive last", () => {
    for (const profile of ["party", "state"] as const)
      for (const type of ["plan", "report"] as const) {
        const lines = defaultRecipients(profile, type, profile === "party" ? "Huyện ủy" : "UBND huyện");
        expect(lines[0]).toMatch(/^(Thường trực|Ban Thường vụ) Tỉnh ủy \(b\/c\)$/);
        expect(lines).toContain("Văn phòng Tỉnh ủy");
        expect(lines.at(-1)).toMatch(/^Lưu/);
      }
  });

  it("punctuates per profile and moves the archive line last", () => {
    const input = ["- Lưu VP Huyện ủy.", "Thường trực Tỉnh ủy (b/c);", "  • Văn phòng Tỉnh ủy  ", ""];
    expect(formatRecipients("party", "plan", input, "Huyện ủy")).toEqual([
      "- Thường trực Tỉnh ủy (b/c),",
      "- Văn phòng Tỉnh ủy,",
      "- Lưu VP Huyện ủy.",
    ]);
    expect(formatRecipients("state", "report", ["Văn phòng Tỉnh ủy"], "UBND huyện")).toEqual([
      "- Văn phòng Tỉnh ủy;",
      "- Lưu: VT, VP.",
    ]);
    expect(bareRecipient("– Các đồng chí Huyện ủy viên,")).toBe("Các đồng chí Huyện ủy viên");
  });
});

describe("text helpers", () => {
  it("drops the seed's doubled words", () => {
    expect(dropDoubledWords("về phát triển phát triển kinh tế")).toBe("về phát triển kinh tế");
    expect(dropDoubledWords("công tác tác dân vận")).toBe("công tác dân vận");
    expect(dropDoubledWords("kinh tế - xã hội")).toBe("kinh tế - xã hội");
  });

  it("lowers the first letter except for acronyms and proper names", () => {
    expect(lowerFirst("Quốc phòng, an ninh")).toBe("quốc phòng, an ninh");
    expect(lowerFirst("Đảng bộ")).toBe("Đảng bộ");
    expect(lowerFirst("MTTQ và các đoàn thể")).toBe("MTTQ và các đoàn thể");
  });
});

describe("issuer names and codes", () => {
  it.each([
    ["HUYỆN ỦY LỤC NAM", "HU", "Huyện ủy", "Ban Thường vụ Huyện ủy"],
    ["HUYỆN UỶ LỤC NAM", "HU", "Huyện ủy", "Ban Thường vụ Huyện ủy"],
    ["THÀNH ỦY BẮC GIANG", "ThU", "Thành ủy", "Ban Thường vụ Thành ủy"],
    ["ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "ĐU", "Đảng ủy", "Ban Thường vụ Đảng ủy"],
    ["BAN TUYÊN GIÁO HUYỆN ỦY", "BTGHU", "Ban Tuyên giáo Huyện ủy", "Ban Tuyên giáo Huyện ủy"],
    ["VĂN PHÒNG HUYỆN ỦY", "VPHU", "Văn phòng Huyện ủy", "Văn phòng Huyện ủy"],
    ["ỦY BAN KIỂM TRA HUYỆN ỦY", "UBKTHU", "Ủy ban Kiểm tra Huyện ủy", "Ủy ban Kiểm tra Huyện ủy"],
    ["CHI BỘ TRƯỜNG THPT", undefined, "Chi Bộ Trường Thpt", "Chi Bộ Trường Thpt"],
  ])("party %s → %s, %s", (issuer, code, short, actor) => {
    expect(deriveIssuerCode("party", issuer)).toBe(code);
    expect(issuerNames("party", issuer)).toEqual({ short, actor });
  });

  it.each([
    ["ỦY BAN NHÂN DÂN HUYỆN LỤC NAM", "UBND", "UBND huyện", "Ủy ban nhân dân huyện"],
    ["UBND THÀNH PHỐ BẮC GIANG", "UBND", "UBND thành phố", "Ủy ban nhân dân thành phố"],
    ["SỞ CÔNG THƯƠNG", "SCT", "Sở Công Thương", "Sở Công Thương"],
  ])("state %s → %s, %s", (issuer, code, short, actor) => {
    expect(deriveIssuerCode("state", issuer)).toBe(code);
    expect(issuerNames("state", issuer)).toEqual({ short, actor });
  });

  it.each([
    ["Sở Tài nguyên và Môi trường", "STNMT"],
    ["Sở Y tế", "SYT"],
    ["Phòng Kinh tế và Hạ tầng", "KTHT"],
    ["TRUNG TÂM Y TẾ HUYỆN", undefined],
  ])("a department or office of a People's Committee: %s → %s (the usual initials, “và” left out)", (issuer, code) => {
    expect(deriveIssuerCode("state", issuer)).toBe(code);
  });

  it("an issuer whose code cannot be derived needs --issuer-code; --issuer-short overrides the short name", () => {
    const p = particulars("state", "plan", { issuer: "TRUNG TÂM Y TẾ HUYỆN", superior: "UBND HUYỆN LỤC NAM" });
    expect(() => draftData(p, source())).toThrow(/ký hiệu cơ quan ban hành trong số văn bản \(--issuer-code\)/);
    const sct = particulars("state", "plan", { issuer: "SỞ CÔNG THƯƠNG", superior: "UBND TỈNH BẮC GIANG" });
    expect(draftData(sct, source()).numberLine).toBe("Số: 215/KH-SCT");
    const d = draftData({ ...sct, issuerCode: "SCT", issuerShort: "Sở" }, source());
    expect(d.numberLine).toBe("Số: 215/KH-SCT");
    expect(d.body.map((b) => b.text).join("\n")).toContain("Văn phòng Sở chủ trì");
  });
});
