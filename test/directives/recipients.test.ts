import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkDocument } from "../../src/check";
import { parseDirectiveSource } from "../../src/directives/parse";
import { recipientPolicyOf, sourceDocumentOf, sourceName } from "../../src/directives/recipients";
import { defaultDirectiveSource, SEED_SOURCE_TEXT } from "../../src/directives/seed";
import type { DirectiveSource } from "../../src/directives/types";
import { readDocument } from "../../src/docx/reader";
import type { DocumentModel } from "../../src/model/document";
import { RECIPIENT_POLICY } from "../../src/rules/data";
import { buildDocxFromSpec } from "../support/buildDocx";
import type { DocSpec, SpecParagraph } from "../support/docSpec";
import { RESOLUTION_TEXT } from "./texts";

const DISTRICT_TEXT = readFileSync(join(__dirname, "sources", "district-digital-resolution.txt"), "utf8");
const district = parseDirectiveSource(DISTRICT_TEXT);

/** A source whose closing is the given paragraph, under the given header and title. */
function withClosing(header: string, title: string, closing: string): DirectiveSource {
  return parseDirectiveSource(
    `${header}\n\n${title}\n-----\n\nBan Thường vụ yêu cầu thực hiện tốt các nhiệm vụ sau:\n\n` +
      "1. Tăng cường công tác tuyên truyền, nâng cao nhận thức của cán bộ, đảng viên và Nhân dân.\n\n" +
      "2. Đẩy mạnh cải cách hành chính, nhất là thủ tục hành chính liên quan đến đất đai.\n\n" +
      `${closing}\n\nNơi nhận:\n- Lưu Văn phòng.\n`,
  );
}

describe("the recipient policy from the source's own closing paragraph", () => {
  it("a district resolution: Văn phòng Huyện ủy follows up, results are reported to Ban Thường vụ Huyện ủy", () => {
    const policy = recipientPolicyOf(district);
    expect(policy.recipients).toEqual({
      leadership: {
        name: "Thường trực Huyện ủy hoặc Ban Thường vụ Huyện ủy (b/c)",
        anyOf: ["Thường trực Huyện ủy", "TT Huyện ủy", "TTHU", "Ban Thường vụ Huyện ủy", "BTV Huyện ủy", "BTVHU"],
        mark: ["(b/c)", "(báo cáo)"],
        position: "first",
        insert: "Ban Thường vụ Huyện ủy (b/c)",
      },
      office: {
        name: "Văn phòng Huyện ủy",
        anyOf: ["Văn phòng Huyện ủy", "VP Huyện ủy", "VPHU"],
        mark: [],
        position: "any",
        insert: "Văn phòng Huyện ủy",
      },
    });
    expect(policy.profiles).toEqual({
      party: { plan: ["leadership", "office"], report: ["leadership", "office"] },
      state: { plan: ["leadership", "office"], report: ["leadership", "office"] },
    });
    expect(policy.exemptIssuers).toEqual([
      "HUYỆN ỦY",
      "BAN THƯỜNG VỤ HUYỆN ỦY",
      "BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN",
      "VĂN PHÒNG HUYỆN ỦY",
    ]);
    expect(policy.basis).toBe(
      "Nghị quyết số 05-NQ/HU của Ban Chấp hành Đảng bộ huyện về chuyển đổi số huyện Lục Nam đến năm 2025, định hướng " +
        "đến năm 2030, đoạn cuối: “Giao Văn phòng Huyện ủy chủ trì, phối hợp với các cơ quan liên quan theo dõi, đôn " +
        "đốc, kiểm tra việc thực hiện Nghị quyết; định kỳ hằng năm tổng hợp, báo cáo Ban Thường vụ Huyện ủy”",
    );
    expect(policy.firmness).toBe("firm");
  });

  it("the closing is the numbered assignment of the last section, not the line on dissemination after it", () => {
    expect(district.closing).toBe(
      "Giao Văn phòng Huyện ủy chủ trì, phối hợp với các cơ quan liên quan theo dõi, đôn đốc, kiểm tra việc thực " +
        "hiện Nghị quyết; định kỳ hằng năm tổng hợp, báo cáo Ban Thường vụ Huyện ủy.",
    );
    expect(district).toMatchObject({ kind: "Nghị quyết", number: "05-NQ/HU", issuer: "HUYỆN ỦY LỤC NAM" });
  });

  it("a provincial directive: Ban Tuyên giáo Tỉnh ủy leads with Văn phòng Tỉnh ủy cooperating, reported to Thường trực Tỉnh ủy", () => {
    const s = withClosing(
      "TỈNH ỦY BẮC GIANG\n*\nSố 40-CT/TU",
      "CHỈ THỊ\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề tăng cường công tác tuyên truyền",
      "Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Chỉ thị; " +
        "định kỳ báo cáo Thường trực Tỉnh ủy.",
    );
    const policy = recipientPolicyOf(s);
    // The body that leads the follow-up is required; the one it cooperates with is not (never guess an error).
    expect(Object.values(policy.recipients).map((r) => [r.name, r.anyOf, r.position, r.insert])).toEqual([
      [
        "Thường trực Tỉnh ủy hoặc Ban Thường vụ Tỉnh ủy (b/c)",
        ["Thường trực Tỉnh ủy", "TT Tỉnh ủy", "TTTU", "Ban Thường vụ Tỉnh ủy", "BTV Tỉnh ủy", "BTVTU"],
        "first",
        "Thường trực Tỉnh ủy (b/c)",
      ],
      ["Ban Tuyên giáo Tỉnh ủy", ["Ban Tuyên giáo Tỉnh ủy", "BTG Tỉnh ủy", "BTGTU"], "any", "Ban Tuyên giáo Tỉnh ủy"],
    ]);
    expect(policy.exemptIssuers).toEqual([
      "TỈNH ỦY",
      "BAN THƯỜNG VỤ TỈNH ỦY",
      "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH",
      "VĂN PHÒNG TỈNH ỦY",
      "BAN TUYÊN GIÁO TỈNH ỦY",
    ]);
    expect(policy.basis).toMatch(
      /^Chỉ thị số 40-CT\/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác tuyên truyền, đoạn cuối: “Ban Tuyên giáo Tỉnh ủy chủ trì/,
    );
  });

  it("a commune Party committee's resolution: Văn phòng Đảng ủy and Thường trực Đảng ủy", () => {
    const s = withClosing(
      "ĐẢNG BỘ HUYỆN LỤC NAM\nĐẢNG ỦY XÃ BẢO SƠN\n*\nSố 07-NQ/ĐU",
      "NGHỊ QUYẾT\nCỦA BAN CHẤP HÀNH ĐẢNG BỘ XÃ\nvề xây dựng xã nông thôn mới nâng cao",
      "Giao Văn phòng Đảng ủy theo dõi, đôn đốc thực hiện Nghị quyết, báo cáo kết quả với Thường trực Đảng ủy.",
    );
    const policy = recipientPolicyOf(s);
    expect(policy.recipients.leadership).toMatchObject({
      name: "Thường trực Đảng ủy hoặc Ban Thường vụ Đảng ủy (b/c)",
      anyOf: ["Thường trực Đảng ủy", "TT Đảng ủy", "TTĐU", "Ban Thường vụ Đảng ủy", "BTV Đảng ủy", "BTVĐU"],
      insert: "Thường trực Đảng ủy (b/c)",
    });
    expect(policy.recipients.office).toMatchObject({
      name: "Văn phòng Đảng ủy",
      anyOf: ["Văn phòng Đảng ủy", "VP Đảng ủy", "VPĐU"],
    });
    expect(policy.exemptIssuers).toEqual(["ĐẢNG ỦY", "BAN THƯỜNG VỤ ĐẢNG ỦY", "VĂN PHÒNG ĐẢNG ỦY"]);
    expect(sourceDocumentOf(s)).toMatchObject({ kind: "Nghị quyết", code: "NQ/ĐU", number: "07-NQ/ĐU" });
  });

  it("a closing that names nobody gives no required recipient", () => {
    const s = withClosing(
      "HUYỆN ỦY LỤC NAM\n*\nSố 11-CT/HU",
      "CHỈ THỊ\nCỦA BAN THƯỜNG VỤ HUYỆN ỦY\nvề công tác cải cách hành chính",
      "Chỉ thị này được phổ biến đến chi bộ.",
    );
    const policy = recipientPolicyOf(s);
    expect(policy.recipients).toEqual({});
    expect(policy.profiles).toEqual({ party: {}, state: {} });
  });

  it("the cooperating bodies, and the plural “các huyện ủy”, are not the follow-up body", () => {
    const s = withClosing(
      "TỈNH ỦY BẮC GIANG\n*\nSố 41-CT/TU",
      "CHỈ THỊ\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề công tác dân vận",
      "Các huyện ủy, thành ủy theo dõi, đôn đốc việc thực hiện ở địa phương; báo cáo Ban Thường vụ Tỉnh ủy.",
    );
    expect(Object.keys(recipientPolicyOf(s).recipients)).toEqual(["leadership"]);
  });

  it("the seed's closing gives the shipped policy's recipients and exemptions (the seed itself keeps the JSON)", () => {
    const policy = recipientPolicyOf(defaultDirectiveSource());
    expect(Object.values(policy.recipients)).toEqual(Object.values(RECIPIENT_POLICY.recipients));
    expect(policy.exemptIssuers).toEqual(RECIPIENT_POLICY.exemptIssuers);
    expect(policy.basis).toMatch(
      /^Kết luận của Ban Chấp hành Đảng bộ tỉnh về .*, đoạn cuối: “Giao Văn phòng Tỉnh ủy chủ trì, .* báo cáo kết quả thực hiện với Tỉnh ủy, Ban Thường vụ Tỉnh ủy theo quy định”$/,
    );
    expect(sourceDocumentOf(defaultDirectiveSource())).toEqual({
      kind: "Kết luận",
      code: "KL/TU",
      number: undefined,
      name: "Kết luận của Ban Chấp hành Đảng bộ tỉnh",
    });
  });

  it("a resolution whose Ban Tuyên giáo Huyện ủy follows up without a report line: that body only", () => {
    const policy = recipientPolicyOf(parseDirectiveSource(RESOLUTION_TEXT));
    expect(Object.values(policy.recipients).map((r) => r.name)).toEqual(["Ban Tuyên giáo Huyện ủy"]);
    expect(sourceName(parseDirectiveSource(RESOLUTION_TEXT))).toMatch(/^Nghị quyết số 15-NQ\/HU của Ban Chấp hành/);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// End to end: a commune Party committee's plan implementing the district resolution, checked with it as the source.

const para = (text: string, extra: Partial<SpecParagraph> = {}): SpecParagraph => ({
  type: "paragraph",
  text,
  ...extra,
});
const body = (text: string): SpecParagraph => para(text, { align: "justify", firstLineMm: 12.7, spaceAfterPt: 6 });

function communePlan(recipients: string[], citations: [string, string] = ["20/3/2024", "20/3/2024"]): DocumentModel {
  const spec: DocSpec = {
    name: "commune-digital-plan",
    description: "Kế hoạch của Đảng ủy xã thực hiện Nghị quyết số 05-NQ/HU về chuyển đổi số",
    page: { widthMm: 210, heightMm: 297, marginsMm: { top: 20, bottom: 20, left: 30, right: 15 }, pageNumbers: true },
    defaults: { font: "Times New Roman", sizePt: 14 },
    blocks: [
      {
        type: "table",
        borderless: true,
        columnWidthsMm: [75, 90],
        rows: [
          [
            [
              para("ĐẢNG BỘ HUYỆN LỤC NAM", { align: "center" }),
              para("ĐẢNG ỦY XÃ BẢO SƠN", { align: "center", bold: true }),
              para("*", { align: "center" }),
              para("Số 18-KH/ĐU", { align: "center" }),
            ],
            [
              para("ĐẢNG CỘNG SẢN VIỆT NAM", { align: "right", bold: true, underline: true }),
              para("Bảo Sơn, ngày 15 tháng 4 năm 2024", { align: "right", italic: true }),
            ],
          ],
        ],
      },
      para("KẾ HOẠCH", { align: "center", bold: true, sizePt: 16, spaceBeforePt: 12 }),
      para("thực hiện Nghị quyết số 05-NQ/HU của Ban Chấp hành Đảng bộ huyện về chuyển đổi số", {
        align: "center",
        bold: true,
      }),
      para("-----", { align: "center" }),
      body(
        `Thực hiện Nghị quyết số 05-NQ/HU ngày ${citations[0]} của Ban Chấp hành Đảng bộ huyện về chuyển đổi số huyện ` +
          "Lục Nam đến năm 2025, định hướng đến năm 2030, Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch thực hiện như sau:",
      ),
      body("I. MỤC ĐÍCH, YÊU CẦU"),
      body("Quán triệt sâu rộng Nghị quyết đến cán bộ, đảng viên và Nhân dân; cụ thể hóa thành nhiệm vụ của xã."),
      body("II. NHIỆM VỤ, GIẢI PHÁP"),
      body(
        "1. Nâng cao nhận thức về chuyển đổi số; phát huy vai trò của Tổ công nghệ số cộng đồng ở 12 thôn trong hướng " +
          "dẫn người dân cài đặt ứng dụng VNeID, dịch vụ công trực tuyến.",
      ),
      body("2. Phối hợp với doanh nghiệp viễn thông phủ sóng 4G, cáp quang đến 100% thôn trong năm 2024."),
      body(
        "3. Đẩy mạnh dịch vụ công trực tuyến toàn trình; số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại bộ " +
          "phận một cửa của xã.",
      ),
      body(
        "4. Hỗ trợ hợp tác xã, hộ sản xuất đưa sản phẩm OCOP vải thiều, na lên sàn thương mại điện tử; vận động tiểu " +
          "thương ở chợ Bảo Sơn thanh toán không dùng tiền mặt.",
      ),
      body("5. Bố trí công chức kiêm nhiệm công nghệ thông tin; bảo đảm an toàn thông tin cho hệ thống của xã."),
      body("III. TỔ CHỨC THỰC HIỆN"),
      body(
        `Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện Kế hoạch; định kỳ báo cáo kết quả thực hiện Nghị quyết số ` +
          `05-NQ/HU ngày ${citations[1]} với Ban Thường vụ Huyện ủy.`,
      ),
      {
        type: "table",
        borderless: true,
        columnWidthsMm: [85, 80],
        rows: [
          [
            [para("Nơi nhận:", { bold: true, italic: true }), ...recipients.map((r) => para(r, { sizePt: 12 }))],
            [
              para("T/M ĐẢNG ỦY", { align: "center", bold: true }),
              para("BÍ THƯ", { align: "center", bold: true }),
              para("Nguyễn Văn Bình", { align: "center", bold: true }),
            ],
          ],
        ],
      },
    ],
  };
  return readDocument(buildDocxFromSpec(spec));
}

const requiredFindings = (model: DocumentModel, source: DirectiveSource = district) =>
  checkDocument(model, { directives: source, rules: ["recipients/required"] }).findings;

describe("checkDocument with the district resolution as the source: recipients/required", () => {
  it("a plan sent as under the seed: no demand for Tỉnh ủy recipients, the district's are reported with the source's basis", () => {
    const model = communePlan([
      "- Thường trực Tỉnh ủy (b/c),",
      "- Văn phòng Tỉnh ủy,",
      "- Các chi bộ trực thuộc,",
      "- Lưu Văn phòng Đảng ủy.",
    ]);
    const result = checkDocument(model, { directives: district, rules: ["recipients/required"] });
    expect(result.implementsConclusion).toBe(true);
    expect(result.documentType).toBe("plan");
    const basis = recipientPolicyOf(district).basis;
    expect(result.findings.map((f) => [f.message, f.severity, f.basis])).toEqual([
      [`Nơi nhận thiếu “Thường trực Huyện ủy hoặc Ban Thường vụ Huyện ủy (b/c)”; ${basis}`, "error", basis],
      [`Nơi nhận thiếu “Văn phòng Huyện ủy”; ${basis}`, "error", basis],
    ]);
    expect(result.findings.map((f) => f.message).join(" ")).not.toMatch(/Tỉnh ủy/);
    expect(result.findings[1]!.fix?.edits[0]).toMatchObject({
      kind: "insertParagraphAfter",
      text: "- Văn phòng Huyện ủy,",
    });
  });

  it("the same plan checked against the seed still gets the seed's policy (it does not implement it: nothing)", () => {
    const model = communePlan(["- Ban Thường vụ Huyện ủy (b/c),", "- Văn phòng Huyện ủy,", "- Lưu Văn phòng Đảng ủy."]);
    // The plan does not cite the seed, so the seed's own rules do not apply to it.
    expect(requiredFindings(model, defaultDirectiveSource())).toEqual([]);
    // Told it implements the seed, it gets the shipped policy's demands and basis.
    const seedFindings = checkDocument(model, { rules: ["recipients/required"], implementsConclusion: true }).findings;
    expect(seedFindings.map((f) => f.basis)).toEqual([RECIPIENT_POLICY.basis, RECIPIENT_POLICY.basis]);
  });

  it("a plan that lists the district's leadership and office, abbreviated or not, gets no recipients/required finding", () => {
    expect(
      requiredFindings(
        communePlan(["- Ban Thường vụ Huyện ủy (b/c),", "- Văn phòng Huyện ủy,", "- Lưu Văn phòng Đảng ủy."]),
      ),
    ).toEqual([]);
    expect(requiredFindings(communePlan(["- TTHU (b/c),", "- VPHU,", "- Lưu VPĐU."]))).toEqual([]);
  });

  it("the office missing alone, and the leadership without “(b/c)”", () => {
    const findings = requiredFindings(
      communePlan(["- Thường trực Huyện ủy,", "- Các chi bộ trực thuộc,", "- Lưu Văn phòng Đảng ủy."]),
    );
    expect(findings.map((f) => f.message.split(";")[0])).toEqual([
      "Nơi nhận thiếu “Văn phòng Huyện ủy”",
      "Nơi nhận “- Thường trực Huyện ủy,” thiếu “(b/c)” (báo cáo)",
    ]);
  });

  it("a copy of the seed's text parsed anew is the seed: the shipped policy", () => {
    const model = communePlan(["- Ban Thường vụ Huyện ủy (b/c),", "- Văn phòng Huyện ủy,"]);
    const findings = checkDocument(model, {
      directives: parseDirectiveSource(SEED_SOURCE_TEXT),
      rules: ["recipients/required"],
      implementsConclusion: true,
    }).findings;
    expect(findings.map((f) => f.basis)).toEqual([RECIPIENT_POLICY.basis, RECIPIENT_POLICY.basis]);
  });
});

describe("checkDocument with the district resolution as the source: citation/inconsistent", () => {
  const inconsistent = (model: DocumentModel, source: DirectiveSource = district) =>
    checkDocument(model, { directives: source, rules: ["citation/inconsistent"] }).findings;

  it("looks for the source's own kind and code: “Nghị quyết số 05-NQ/HU” cited with two dates", () => {
    const findings = inconsistent(communePlan(["- Ban Thường vụ Huyện ủy (b/c),"], ["20/3/2024", "20/4/2024"]));
    expect(findings.map((f) => [f.message, f.severity, f.basis])).toEqual([
      [
        "Nghị quyết số 05-NQ/HU ghi ngày 20/4/2024; nơi khác trong văn bản ghi ngày 20/3/2024",
        "error",
        "Nghị quyết của Ban Chấp hành Đảng bộ huyện: mọi lần trích dẫn trong một văn bản phải cùng số, cùng ngày",
      ],
    ]);
  });

  it("the same dates everywhere: nothing", () => {
    expect(inconsistent(communePlan(["- Ban Thường vụ Huyện ủy (b/c),"]))).toEqual([]);
  });

  it("the setting's number is the source's: another number of its kind and code is reported", () => {
    const findings = checkDocument(communePlan(["- Ban Thường vụ Huyện ủy (b/c),"]), {
      directives: district,
      rules: ["citation/inconsistent"],
      conclusion: { number: "06-NQ/HU" },
      implementsConclusion: true,
    }).findings;
    // The summary line, the opening sentence and the closing section each cite it.
    expect(findings.map((f) => f.message)).toEqual(
      Array(3).fill("Nghị quyết ghi số 05-NQ/HU; theo thiết lập, Nghị quyết là số 06-NQ/HU"),
    );
  });
});
