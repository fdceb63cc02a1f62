/**
 * The pane's "Dán văn bản khác": with the Huyện ủy Lục Nam's resolution 05-NQ/HU pasted in Thiết lập, a check of a
 * commune plan implementing it takes the required recipients from that resolution's closing paragraph (Văn phòng
 * Huyện ủy follows up, reports to Ban Thường vụ Huyện ủy), not the seed's Tỉnh ủy, and checks the citations of that
 * resolution. The pane parses the settings' text on every check (directiveSourceFor): switching source and back in one
 * session gives each source's own demands.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildCheckView, type CheckView } from "../../src/app/session";
import { DEFAULT_SETTINGS, parseSettings, serializeSettings, type PaneSettings } from "../../src/app/settings";
import { readDocument } from "../../src/docx/reader";
import type { DocumentModel } from "../../src/model/document";
import { buildDocxFromSpec } from "../support/buildDocx";
import type { SpecParagraph } from "../support/docSpec";
import { partyPlan } from "../support/samples";
import { draftSpec, type Draft } from "../directives/coverage-set/build";

const RESOLUTION = readFileSync(
  join(__dirname, "..", "directives", "sources", "district-digital-resolution.txt"),
  "utf8",
);
const NQ = "Nghị quyết số 05-NQ/HU ngày 20/3/2024 của Ban Chấp hành Đảng bộ huyện về chuyển đổi số";

/** A commune Party committee's plan implementing the resolution; its recipients as `recipients` says. */
function communePlan(recipients: string[], citeAgain = NQ): DocumentModel {
  const draft: Draft = {
    name: "dang-uy-bao-dai",
    description: "Đảng ủy xã Bảo Đài: kế hoạch thực hiện Nghị quyết 05-NQ/HU",
    kind: "plan",
    profile: "party",
    issuer: ["ĐẢNG BỘ HUYỆN LỤC NAM", "ĐẢNG ỦY XÃ BẢO ĐÀI", "Số 41-KH/ĐU"],
    place: "Bảo Đài",
    date: [2, 5, 2024],
    summary: `thực hiện ${NQ} huyện Lục Nam đến năm 2025, định hướng đến năm 2030`,
    signer: ["T/M ĐẢNG ỦY", "BÍ THƯ", "Lê Thị Hoa"],
    sections: [
      { heading: "I. MỤC ĐÍCH, YÊU CẦU", paragraphs: [`Quán triệt, triển khai ${citeAgain} đến cán bộ, đảng viên.`] },
      { heading: "II. NHIỆM VỤ, GIẢI PHÁP", paragraphs: [] },
      {
        heading: "1. Về nhận thức",
        paragraphs: [
          "Bí thư các chi bộ trực tiếp chỉ đạo và chịu trách nhiệm về kết quả chuyển đổi số ở thôn; Tổ công nghệ số cộng đồng của 14 thôn hướng dẫn người dân cài đặt, sử dụng các ứng dụng số, tuyên truyền lợi ích của chuyển đổi số trên loa truyền thanh của xã.",
        ],
      },
      {
        heading: "2. Về chính quyền số",
        paragraphs: [
          "Bộ phận tiếp nhận và trả kết quả của xã hướng dẫn người dân nộp hồ sơ dịch vụ công trực tuyến toàn trình; số hóa kết quả giải quyết thủ tục hành chính; cán bộ, công chức xã dùng chữ ký số và hệ thống quản lý văn bản và điều hành.",
        ],
      },
      {
        heading: "III. TỔ CHỨC THỰC HIỆN",
        paragraphs: ["Văn phòng Đảng ủy theo dõi, đôn đốc, định kỳ hằng năm báo cáo Ban Thường vụ Huyện ủy."],
      },
    ],
    expected: {},
  };
  const spec = draftSpec(draft);
  // the recipients cell of the closing table (draftSpec writes the Tỉnh ủy's list): this plan's own
  const closing = spec.blocks[spec.blocks.length - 1]!;
  if (closing.type !== "table") throw new Error("draftSpec ends with the recipients and signature table");
  const [label] = closing.rows[0]![0]! as SpecParagraph[];
  closing.rows[0]![0] = [label!, ...recipients.map((text): SpecParagraph => ({ type: "paragraph", text, sizePt: 12 }))];
  return readDocument(buildDocxFromSpec(spec));
}

/** Sent to Ban Thường vụ Huyện ủy, not to Văn phòng Huyện ủy, which follows the resolution up. */
const WITHOUT_OFFICE = ["- Ban Thường vụ Huyện ủy (b/c),", "- Các chi bộ trực thuộc,", "- Lưu Văn phòng Đảng ủy."];

const pasted = (extra: Partial<PaneSettings> = {}): PaneSettings => ({
  ...DEFAULT_SETTINGS,
  directiveText: RESOLUTION,
  ...extra,
});

const findingsOf = (view: CheckView) => view.groups.flatMap((g) => g.findings);
const recipientFindings = (view: CheckView) =>
  view.groups.find((g) => g.area === "recipients")?.findings.map((f) => ({ rule: f.rule, message: f.message })) ?? [];

describe("a check in the pane with the district resolution pasted", () => {
  const model = communePlan(WITHOUT_OFFICE);

  test("the plan implements the pasted resolution: its five items are the checklist", () => {
    const view = buildCheckView(model, pasted());
    expect(view.implementsConclusion).toBe(true);
    expect(view.implementsBy).toBe("citation");
    expect(view.coverage?.map((c) => c.item)).toEqual(["1", "2", "3", "4", "5"]);
  });

  test("required recipients come from the resolution's closing paragraph: Văn phòng Huyện ủy, no Tỉnh ủy", () => {
    const view = buildCheckView(model, pasted());
    const required = findingsOf(view).filter((f) => f.rule === "recipients/required");
    expect(required.map((f) => ({ severity: f.severity, message: f.message }))).toEqual([
      {
        severity: "error",
        message: expect.stringMatching(/^Nơi nhận thiếu “Văn phòng Huyện ủy”; /) as string,
      },
    ]);
    expect(required[0]!.basis).toMatch(/^Nghị quyết số 05-NQ\/HU .*đoạn cuối: “Giao Văn phòng Huyện ủy chủ trì/);
    for (const f of findingsOf(view)) {
      expect([f.rule, f.message]).toEqual([f.rule, expect.not.stringMatching(/Tỉnh ủy/)]);
      expect([f.rule, f.basis]).toEqual([f.rule, expect.not.stringMatching(/Đảng bộ tỉnh/)]);
    }
    expect(recipientFindings(view).some((f) => /Tỉnh ủy/.test(f.message))).toBe(false);
  });

  test("with Văn phòng Huyện ủy among the recipients, nothing is required", () => {
    const sent = communePlan([
      "- Ban Thường vụ Huyện ủy (b/c),",
      "- Văn phòng Huyện ủy,",
      "- Các chi bộ trực thuộc,",
      "- Lưu Văn phòng Đảng ủy.",
    ]);
    expect(findingsOf(buildCheckView(sent, pasted())).filter((f) => f.rule === "recipients/required")).toEqual([]);
  });

  test("the same plan checked against the seed would be asked for the Tỉnh ủy (the test tells the sources apart)", () => {
    const view = buildCheckView(model, { ...DEFAULT_SETTINGS, implementsConclusion: true });
    const required = findingsOf(view).filter((f) => f.rule === "recipients/required");
    expect(required.map((f) => f.message).join("\n")).toMatch(/Tỉnh ủy/);
  });

  test("switching source and back in one session: each check follows the settings' source, nothing cached", () => {
    const messages = (s: PaneSettings) =>
      findingsOf(buildCheckView(model, s))
        .filter((f) => f.rule === "recipients/required")
        .map((f) => f.message);
    const seed = { ...DEFAULT_SETTINGS, implementsConclusion: true };
    const first = messages(seed);
    expect(messages(pasted())).toEqual([expect.stringMatching(/^Nơi nhận thiếu “Văn phòng Huyện ủy”/)]);
    expect(messages(seed)).toEqual(first);
    // settings as Word stores them (serialised and read back) carry the pasted text: the same result
    expect(messages(parseSettings(JSON.stringify(serializeSettings(pasted()))))).toEqual(messages(pasted()));
  });

  test("a text pasted in decomposed Unicode (as macOS may give it) is the same source", () => {
    const nfd = buildCheckView(model, pasted({ directiveText: RESOLUTION.normalize("NFD") }));
    expect(nfd.coverage?.map((c) => c.item)).toEqual(["1", "2", "3", "4", "5"]);
    expect(recipientFindings(nfd)).toEqual(recipientFindings(buildCheckView(model, pasted())));
  });

  test("citations of the resolution are checked against each other; the seed's conclusion is not asked for", () => {
    const misdated = communePlan(WITHOUT_OFFICE, NQ.replace("20/3/2024", "21/3/2024"));
    const view = buildCheckView(misdated, pasted());
    const citation = view.groups.find((g) => g.area === "citation")?.findings ?? [];
    expect(citation.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message }))).toEqual([
      {
        rule: "citation/inconsistent",
        severity: "error",
        message: "Nghị quyết số 05-NQ/HU ghi ngày 21/3/2024; nơi khác trong văn bản ghi ngày 20/3/2024",
      },
    ]);
    expect(citation[0]!.basis).toMatch(/^Nghị quyết của Ban Chấp hành Đảng bộ huyện/);
    // against the seed, the resolution's citations are not the seed's conclusion: no such finding
    const seedView = buildCheckView(misdated, { ...DEFAULT_SETTINGS, implementsConclusion: true });
    expect(findingsOf(seedView).filter((f) => f.rule === "citation/inconsistent")).toEqual([]);
  });

  test("the seed's number and date left in Soạn thảo do not hold the pasted resolution's citations to them", () => {
    // a document drafted under the seed keeps "Số hiệu Kết luận" 125-KL/TU in its settings; then the resolution is pasted
    const seedParticulars = { conclusionNumber: "125-KL/TU", conclusionDate: "2023-09-05" };
    const view = buildCheckView(model, pasted({ particulars: seedParticulars }));
    expect(view.implementsConclusion).toBe(true);
    expect(findingsOf(view).filter((f) => f.area === "citation")).toEqual([]);
    expect(findingsOf(view).map((f) => f.message)).toEqual(
      findingsOf(buildCheckView(model, pasted())).map((f) => f.message),
    );
    // the resolution's own number typed there is the user's word: a draft citing another date is held to it
    const own = buildCheckView(
      model,
      pasted({ particulars: { conclusionNumber: "05-NQ/HU", conclusionDate: "2024-03-21" } }),
    );
    expect(
      findingsOf(own)
        .filter((f) => f.area === "citation")
        .map((f) => f.message),
    ).toEqual([
      "Nghị quyết số 05-NQ/HU ghi ngày 20/3/2024; theo thiết lập, Nghị quyết ngày 21/3/2024",
      "Nghị quyết số 05-NQ/HU ghi ngày 20/3/2024; theo thiết lập, Nghị quyết ngày 21/3/2024",
    ]);
    // under the seed, a number of the seed's code is the user's word, as before
    const seedPlan = readDocument(buildDocxFromSpec(partyPlan()));
    const seedView = buildCheckView(seedPlan, { ...DEFAULT_SETTINGS, particulars: { conclusionNumber: "126-KL/TU" } });
    expect(
      findingsOf(seedView)
        .filter((f) => f.rule === "citation/inconsistent")
        .map((f) => f.message),
    ).toEqual([
      "Kết luận ghi số 125-KL/TU; theo thiết lập, Kết luận là số 126-KL/TU",
      "Kết luận ghi số 125-KL/TU; theo thiết lập, Kết luận là số 126-KL/TU",
    ]);
  });
});
