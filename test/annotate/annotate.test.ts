/**
 * `annotateDocument`: a copy of a .docx with one Word comment per finding group, anchored on the paragraph's text,
 * the document-wide findings and the open directive items on the title; nothing else of the document changes.
 */
import { strToU8, unzipSync, zipSync } from "fflate";
import {
  AnnotateError,
  annotateDocument,
  groupFindings,
  paragraphRanges,
  planComments,
  titleParagraph,
} from "../../src/annotate";
import { checkDocument, COVERAGE_RULE_ID, type CheckResult } from "../../src/check";
import { readDocument } from "../../src/docx/reader";
import { parseXml } from "../../src/docx/xml";
import type { Finding } from "../../src/rules/types";
import { buildDocxFromSpec, docxPartsFromSpec, makeDocx, makeFlatOpc, stylesXml } from "../support/buildDocx";
import { partyPlan, P, variant } from "../support/samples";
import {
  anchorsOf,
  arialPlan,
  arialPlanDocx,
  commentsOf,
  COMMENTS_REL,
  COMMENTS_TYPE,
  DATE,
  overridesOf,
  partsOf,
  partText,
  relationshipsOf,
} from "./support";

const check = (bytes: Uint8Array): CheckResult => checkDocument(readDocument(bytes));
const annotate = (bytes: Uint8Array, result: CheckResult = check(bytes)): ReturnType<typeof annotateDocument> =>
  annotateDocument(bytes, result, { date: DATE });
const textsOf = (bytes: Uint8Array): string[] => readDocument(bytes).paragraphs.map((p) => p.text);
const finding = (extra: Partial<Finding>): Finding => ({
  rule: "test/rule",
  severity: "warning",
  message: "Thông điệp",
  basis: "Căn cứ thử",
  paragraph: null,
  excerpt: "",
  ...extra,
});

describe("annotateDocument on a plan in Arial 13", () => {
  const input = arialPlanDocx();
  const before = input.slice();
  const result = check(input);
  const out = annotate(input, result);
  const comments = commentsOf(out.bytes);
  const anchors = anchorsOf(out.bytes);
  const model = readDocument(input);

  it("leaves the input bytes as they were", () => {
    expect(input).toEqual(before);
  });

  it("writes one comment per group of identical findings on consecutive paragraphs, with its text", () => {
    expect(comments).toHaveLength(out.comments.length);
    // font/size on the seven body paragraphs 10–16: one comment on 10 that names them.
    const size = result.findings.filter((f) => f.rule === "font/size");
    expect(size.map((f) => f.paragraph)).toEqual([10, 11, 12, 13, 14, 15, 16]);
    const sizeComments = comments.filter((c) => c.lines[0]!.includes(size[0]!.message));
    expect(sizeComments).toHaveLength(1);
    expect(sizeComments[0]!.lines).toEqual([
      `Lỗi (font/size): ${size[0]!.message}`,
      "Cùng phát hiện này ở 7 đoạn: đoạn 10–16.",
      `Căn cứ: ${size[0]!.basis}`,
      `Sửa được (ketluan fix): ${size[0]!.fix!.title}`,
    ]);
    expect(anchors.get(sizeComments[0]!.id)!.paragraph).toBe(10);
    // font/family on 0–4 and 6–23: paragraph 5 is empty, so one group on paragraph 0.
    const family = result.findings.filter((f) => f.rule === "font/family");
    const familyComment = comments.filter((c) => c.lines[0]!.includes(family[0]!.message));
    expect(familyComment).toHaveLength(1);
    expect(familyComment[0]!.lines[1]).toBe(`Cùng phát hiện này ở ${family.length} đoạn: đoạn 0–4, 6–23.`);
    expect(model.paragraphs[5]!.text).toBe("");
  });

  it("says every finding once: its message in exactly one comment, its basis and fix with it", () => {
    const formatFindings = result.findings.filter((f) => f.rule !== COVERAGE_RULE_ID);
    const keys = new Set(formatFindings.map((f) => `${f.rule} ${f.message}`));
    const severity = { error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" } as const;
    for (const f of formatFindings) {
      const holding = comments.filter((c) => c.lines[0] === `${severity[f.severity]} (${f.rule}): ${f.message}`);
      expect(holding).toHaveLength(1);
      expect(holding[0]!.lines).toContain(`Căn cứ: ${f.basis}`);
      if (f.fix !== undefined) expect(holding[0]!.lines).toContain(`Sửa được (ketluan fix): ${f.fix.title}`);
    }
    // One per group here (no identical findings on separate runs of paragraphs), plus the coverage list.
    expect(comments).toHaveLength(keys.size + 1);
  });

  it("anchors each comment on its paragraph's whole text, with a reference run after the range", () => {
    expect(anchors.size).toBe(comments.length);
    out.comments.forEach((planned, k) => {
      const a = anchors.get(comments[k]!.id)!;
      expect(a.paragraph).toBe(planned.paragraph);
      expect(a.text).toBe(model.paragraphs[planned.paragraph]!.text);
      expect(a.referenced).toBe(true);
    });
    // The page size finding is on the section's first paragraph, as the check reports it.
    const page = result.findings.find((f) => f.rule === "page/size")!;
    const pageComment = comments.find((c) => c.lines[0]!.includes(page.message))!;
    expect(anchors.get(pageComment.id)!.paragraph).toBe(page.paragraph);
  });

  it("lists the missing and partial directive items in one comment on the title, not one comment each", () => {
    const open = result.coverage.filter((c) => c.status === "missing" || c.status === "partial");
    expect(open.length).toBeGreaterThan(0);
    const list = comments.filter((c) => c.lines[0]!.startsWith("Đối chiếu nhiệm vụ của Kết luận: "));
    expect(list).toHaveLength(1);
    expect(anchors.get(list[0]!.id)!.paragraph).toBe(P.typeName);
    const status = { missing: "chưa có", partial: "một phần" } as const;
    expect(list[0]!.lines.slice(1)).toEqual(
      open.map((c) => `${c.item} — ${status[c.status as "missing" | "partial"]}: ${c.title}`),
    );
    const covered = result.coverage.filter((c) => c.status === "covered").length;
    expect(list[0]!.lines[0]).toContain(`${covered}/${result.coverage.length} đã đáp ứng`);
    expect(comments.some((c) => c.lines[0]!.includes("(coverage/missing)"))).toBe(false);
  });

  it("signs every comment ketluan / KL with the date, ids 0… in anchor order", () => {
    expect(comments.map((c) => c.id)).toEqual(comments.map((_, k) => String(k)));
    for (const c of comments) {
      expect(c.author).toBe("ketluan");
      expect(c.initials).toBe("KL");
      expect(c.date).toBe("2024-03-01T08:30:00Z");
    }
    const order = out.comments.map((c) => c.paragraph);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("changes no paragraph's text, and the copy checks the same", () => {
    expect(textsOf(out.bytes)).toEqual(textsOf(input));
    expect(check(out.bytes).findings).toEqual(result.findings);
  });

  it("adds the comments part, its relationship and its content type; every other part is as stored", () => {
    const a = partsOf(input);
    const b = partsOf(out.bytes);
    const changed = ["word/document.xml", "word/_rels/document.xml.rels", "[Content_Types].xml"];
    expect(Object.keys(b).sort()).toEqual([...Object.keys(a), "word/comments.xml"].sort());
    for (const name of Object.keys(a)) if (!changed.includes(name)) expect(b[name]).toEqual(a[name]);
    const rels = relationshipsOf(out.bytes, "word/_rels/document.xml.rels");
    const comment = rels.filter((r) => r.attrs["Type"] === COMMENTS_REL);
    expect(comment.map((r) => r.attrs["Target"])).toEqual(["comments.xml"]);
    expect(new Set(rels.map((r) => r.attrs["Id"])).size).toBe(rels.length);
    // The relationships the original had are all still there, unchanged.
    const old = relationshipsOf(input, "word/_rels/document.xml.rels").map((r) => JSON.stringify(r.attrs));
    expect(rels.map((r) => JSON.stringify(r.attrs))).toEqual(expect.arrayContaining(old));
    const overrides = overridesOf(out.bytes).filter((o) => o.attrs["PartName"] === "/word/comments.xml");
    expect(overrides.map((o) => o.attrs["ContentType"])).toEqual([COMMENTS_TYPE]);
    // The document part differs only by the markers.
    const stripped = partText(out.bytes, "word/document.xml").replace(
      /<w:commentRange(?:Start|End) w:id="\d+"\/>|<w:r><w:commentReference w:id="\d+"\/><\/w:r>/g,
      "",
    );
    expect(stripped).toBe(partText(input, "word/document.xml"));
  });

  it("writes text in NFC, XML-escaped", () => {
    const xml = partText(out.bytes, "word/comments.xml");
    expect(xml.normalize("NFC")).toBe(xml);
    expect(() => parseXml(xml, "comments")).not.toThrow();
  });
});

describe("document-wide findings", () => {
  it("go on the title paragraph (the type name), each its own comment", () => {
    // No signature and recipients table: recipients/block and signature/block report on the whole document.
    const bytes = buildDocxFromSpec(variant(partyPlan(), (d) => void d.blocks.pop()));
    const result = check(bytes);
    const wide = result.findings.filter((f) => f.paragraph === null && f.rule !== COVERAGE_RULE_ID);
    expect(wide.map((f) => f.rule).sort()).toEqual(["recipients/block", "signature/block"]);
    const out = annotate(bytes, result);
    const anchors = anchorsOf(out.bytes);
    const comments = commentsOf(out.bytes);
    for (const f of wide) {
      const c = comments.filter((x) => x.lines[0]!.endsWith(f.message));
      expect(c).toHaveLength(1);
      expect(anchors.get(c[0]!.id)!.paragraph).toBe(P.typeName);
      expect(anchors.get(c[0]!.id)!.text).toBe("KẾ HOẠCH");
    }
  });

  it("fall back to the first body paragraph, then the first paragraph with text, when there is no type name", () => {
    const model = readDocument(buildDocxFromSpec(partyPlan()));
    expect(titleParagraph(model)).toBe(P.typeName);
    const untitled = readDocument(
      makeDocx({
        body: "<w:p/><w:p><w:r><w:t>Ghi chú</w:t></w:r></w:p><w:p><w:r><w:t>Nội dung</w:t></w:r></w:p>",
        styles: stylesXml(),
      }),
    );
    expect(titleParagraph(untitled)).toBe(1);
    expect(titleParagraph({ ...untitled, paragraphs: [] })).toBeUndefined();
  });

  it("names another directive source in the coverage list", () => {
    const bytes = arialPlanDocx();
    const out = annotateDocument(bytes, check(bytes), { sourceDocument: "Nghị quyết" });
    expect(
      commentsOf(out.bytes).filter((c) => c.lines[0]!.startsWith("Đối chiếu nhiệm vụ của Nghị quyết: ")),
    ).toHaveLength(1);
  });
});

describe("grouping", () => {
  const model = readDocument(buildDocxFromSpec(arialPlan()));
  const f = (paragraph: number | null, message = "Giống nhau"): Finding => finding({ paragraph, message });

  it("groups identical findings on consecutive paragraphs, empty paragraphs between them not counting", () => {
    expect(groupFindings([f(3), f(4), f(6)], model).map((g) => g.paragraphs)).toEqual([[3, 4, 6]]);
    expect(groupFindings([f(10), f(11), f(13)], model).map((g) => g.paragraphs)).toEqual([[10, 11], [13]]);
    expect(groupFindings([f(10), f(10), f(11)], model).map((g) => [g.paragraphs, g.findings.length])).toEqual([
      [[10, 11], 3],
    ]);
    expect(groupFindings([f(10), f(11, "Khác"), f(11)], model).map((g) => g.paragraphs)).toEqual([[10, 11], [11]]);
    expect(groupFindings([f(null), f(null), f(null, "Khác")], model).map((g) => g.findings.length)).toEqual([2, 1]);
  });

  it("prints paragraph ranges as ketluan check does", () => {
    expect(paragraphRanges([3])).toBe("3");
    expect(paragraphRanges([3, 5])).toBe("3, 5");
    expect(paragraphRanges([0, 1, 2, 4, 9, 10])).toBe("0–2, 4, 9–10");
  });
});

describe("the XML written", () => {
  const bytes = buildDocxFromSpec(partyPlan());
  const base = check(bytes);

  it("escapes markup, drops characters XML forbids, and normalises to NFC", () => {
    const decomposed = "Tie\u0302\u0301ng Vie\u0323\u0302t";
    const result = {
      ...base,
      coverage: [],
      findings: [finding({ paragraph: 12, message: `a < b && "c" > d\u0001 ${decomposed}\tmột\nhai`, basis: "<w:t>" })],
    };
    const out = annotate(bytes, result);
    const [c] = commentsOf(out.bytes);
    expect(c!.lines).toEqual([
      `Cảnh báo (test/rule): a < b && "c" > d ${decomposed.normalize("NFC")} một hai`,
      "Căn cứ: <w:t>",
    ]);
  });

  it("anchors on an empty paragraph and on a self-closing <w:p/>, inside the paragraph", () => {
    const doc = makeDocx({
      body:
        '<w:p><w:pPr><w:jc w:val="center"/></w:pPr></w:p><w:p/>' +
        "<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p><w:sectPr/>",
      styles: stylesXml(),
    });
    const result = {
      ...check(doc),
      coverage: [],
      findings: [finding({ paragraph: 0 }), finding({ paragraph: 1, message: "Khác" })],
    };
    const out = annotate(doc, result);
    const xml = partText(out.bytes, "word/document.xml");
    expect(xml).toContain(
      '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:commentRangeStart w:id="0"/><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>',
    );
    expect(xml).toContain(
      '<w:p><w:commentRangeStart w:id="1"/><w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r></w:p>',
    );
    const anchors = anchorsOf(out.bytes);
    expect([anchors.get("0")!.paragraph, anchors.get("1")!.paragraph]).toEqual([0, 1]);
    expect(textsOf(out.bytes)).toEqual(textsOf(doc));
  });

  it("puts the markers beside a hyperlink holding the first or last run, nests several comments on one paragraph", () => {
    const doc = makeDocx({
      body:
        '<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:hyperlink w:anchor="a"><w:r><w:t>Xem </w:t></w:r></w:hyperlink>' +
        '<w:r><w:t xml:space="preserve">mục 2 </w:t></w:r><w:hyperlink w:anchor="b"><w:r><w:t>dưới đây</w:t></w:r></w:hyperlink></w:p>',
      styles: stylesXml(),
    });
    const result = {
      ...check(doc),
      coverage: [],
      findings: [finding({ paragraph: 0 }), finding({ paragraph: 0, message: "Hai" })],
    };
    const out = annotate(doc, result);
    const xml = partText(out.bytes, "word/document.xml");
    expect(xml).toContain(
      '</w:pPr><w:commentRangeStart w:id="0"/><w:commentRangeStart w:id="1"/><w:hyperlink w:anchor="a">',
    );
    expect(xml).toContain(
      '<w:t>dưới đây</w:t></w:r></w:hyperlink><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>' +
        '<w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r></w:p>',
    );
    const anchors = anchorsOf(out.bytes);
    expect(anchors.get("0")!.text).toBe("Xem mục 2 dưới đây");
    expect(anchors.get("1")!.text).toBe("Xem mục 2 dưới đây");
  });

  it("returns the input itself when there is nothing to say", () => {
    const out = annotate(bytes, { ...base, findings: [], coverage: [] });
    expect(out.comments).toEqual([]);
    expect(out.bytes).toBe(bytes);
  });

  it("refuses flat-OPC XML and a main part without the standard w: prefix", () => {
    const flat = strToU8(makeFlatOpc(docxPartsFromSpec(partyPlan())));
    expect(() => annotate(flat, base)).toThrow(AnnotateError);
    expect(() => annotate(flat, base)).toThrow(/lưu thành \.docx/);
    const parts = unzipSync(bytes);
    const doc = new TextDecoder().decode(parts["word/document.xml"]);
    parts["word/document.xml"] = strToU8(
      doc
        .replace(/xmlns:w=/, "xmlns:ns0=")
        .replace(/<(\/?)w:/g, "<$1ns0:")
        .replace(/ w:/g, " ns0:"),
    );
    const odd = zipSync(parts);
    expect(readDocument(odd).paragraphs.length).toBe(readDocument(bytes).paragraphs.length);
    expect(() => annotate(odd, base)).toThrow(/tiền tố chuẩn/);
  });
});

describe("a document that already has comments", () => {
  /** The plan in Arial with two comments of a reviewer (ids 0 and 3) on the first body paragraph, word/comments.xml. */
  function commented(): Uint8Array {
    const parts = unzipSync(arialPlanDocx());
    const dec = (n: string): string => new TextDecoder().decode(parts[n]);
    const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    parts["word/comments.xml"] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W}">` +
        `<w:comment w:id="0" w:author="Phòng Tổng hợp" w:initials="TH"><w:p><w:r><w:t>Xem lại câu này</w:t></w:r></w:p></w:comment>` +
        `<w:comment w:id="3" w:author="Phòng Tổng hợp" w:initials="TH"><w:p><w:r><w:t>Bổ sung số liệu</w:t></w:r></w:p></w:comment>` +
        `</w:comments>`,
    );
    parts["word/_rels/document.xml.rels"] = strToU8(
      dec("word/_rels/document.xml.rels").replace(
        "</Relationships>",
        `<Relationship Id="rIdC" Type="${COMMENTS_REL}" Target="comments.xml"/></Relationships>`,
      ),
    );
    parts["[Content_Types].xml"] = strToU8(
      dec("[Content_Types].xml").replace(
        "</Types>",
        `<Override PartName="/word/comments.xml" ContentType="${COMMENTS_TYPE}"/></Types>`,
      ),
    );
    const first = "Thực hiện Kết luận số 125-KL/TU";
    const doc = dec("word/document.xml");
    const at = doc.indexOf(first);
    const runStart = doc.lastIndexOf("<w:r>", at);
    const runEnd = doc.indexOf("</w:r>", at) + "</w:r>".length;
    parts["word/document.xml"] = strToU8(
      doc.slice(0, runStart) +
        '<w:commentRangeStart w:id="0"/><w:commentRangeStart w:id="3"/>' +
        doc.slice(runStart, runEnd) +
        '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>' +
        '<w:commentRangeEnd w:id="3"/><w:r><w:commentReference w:id="3"/></w:r>' +
        doc.slice(runEnd),
    );
    return zipSync(parts);
  }

  it("keeps them, gives the new ones ids above theirs, and adds no second relationship or content type", () => {
    const input = commented();
    const result = check(input);
    expect(result.findings.some((f) => f.paragraph === P.firstBody)).toBe(true);
    const out = annotate(input, result);
    const comments = commentsOf(out.bytes);
    expect(comments.slice(0, 2).map((c) => [c.id, c.author, c.lines])).toEqual([
      ["0", "Phòng Tổng hợp", ["Xem lại câu này"]],
      ["3", "Phòng Tổng hợp", ["Bổ sung số liệu"]],
    ]);
    const fresh = comments.slice(2);
    expect(fresh.length).toBe(out.comments.length);
    expect(fresh.map((c) => c.id)).toEqual(fresh.map((_, k) => String(4 + k)));
    expect(new Set(comments.map((c) => c.id)).size).toBe(comments.length);
    const anchors = anchorsOf(out.bytes);
    expect(anchors.get("0")!.paragraph).toBe(P.firstBody);
    expect(anchors.get("3")!.referenced).toBe(true);
    // The reviewer's range sits inside the paragraph; ketluan's comment on it wraps the paragraph's whole text.
    expect(anchors.get("0")!.text).toBe(
      "Thực hiện Kết luận số 125-KL/TU ngày 05/9/2023 của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Huyện ủy xây dựng Kế hoạch thực hiện như sau:",
    );
    const onFirstBody = out.comments.filter((c) => c.paragraph === P.firstBody);
    expect(onFirstBody.length).toBeGreaterThan(0);
    fresh.forEach((c, k) => {
      const a = anchors.get(c.id)!;
      expect(a.referenced).toBe(true);
      expect(a.paragraph).toBe(out.comments[k]!.paragraph);
      expect(a.text).toBe(readDocument(input).paragraphs[a.paragraph]!.text);
    });
    expect(
      relationshipsOf(out.bytes, "word/_rels/document.xml.rels").filter((r) => r.attrs["Type"] === COMMENTS_REL),
    ).toHaveLength(1);
    expect(overridesOf(out.bytes).filter((o) => o.attrs["PartName"] === "/word/comments.xml")).toHaveLength(1);
    expect(textsOf(out.bytes)).toEqual(textsOf(input));
  });

  it("plans the same comments whatever the package already holds", () => {
    const input = commented();
    const result = check(input);
    expect(planComments(result, readDocument(input)).length).toBe(annotate(input, result).comments.length);
  });
});
