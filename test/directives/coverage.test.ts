/**
 * Behaviour of the coverage matcher a drafter would notice: passing mentions, explicit references, not applicable,
 * spelling variants, evidence pointing at the right section, the JSON contract, the coverage/missing findings, and
 * another source than the seed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDirectiveSource } from "../../src/directives/parse";
import { computeCoverage, coverageParagraphs, matchKey, type CoverageItem } from "../../src/directives/coverage";
import { defaultDirectiveSource } from "../../src/directives/seed";
import { readDocument } from "../../src/docx/reader";
import type { DocumentModel } from "../../src/model/document";
import { normalizeForMatch } from "../../src/model/text";
import { coverageFindings, meta } from "../../src/rules/coverage/missing";
import { buildDocxFromSpec } from "../support/buildDocx";
import { draftSpec, type Draft } from "./coverage-set/build";
import { DRAFTS } from "./coverage-set/drafts";
import { RESOLUTION_TEXT } from "./texts";

const seed = defaultDirectiveSource();
const draft = (name: string): Draft => DRAFTS.find((d) => d.name === name)!;
const modelOf = (d: Draft): DocumentModel => readDocument(buildDocxFromSpec(draftSpec(d)));
const statusOf = (cov: CoverageItem[], item: string) => cov.find((c) => c.item === item)!.status;
const byItem = (cov: CoverageItem[]) => Object.fromEntries(cov.map((c) => [c.item, c.status]));

/** A small plan with the given sections (heading + paragraphs). */
function plan(sections: { heading?: string; paragraphs: string[] }[], extra: Partial<Draft> = {}): Draft {
  return { ...draft("d01-party-plan-in-order"), name: "test", sections, ...extra };
}

describe("computeCoverage", () => {
  it("returns one entry per directive item, in the contract's shape", () => {
    const cov = computeCoverage(modelOf(draft("d01-party-plan-in-order")), seed);
    expect(cov.map((c) => c.item)).toEqual(["2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8"]);
    for (const c of cov) {
      expect(Object.keys(c).sort()).toEqual(["evidence", "item", "score", "status", "tasks", "title"]);
      expect(c.title).toBe(seed.items.find((i) => i.number === c.item)!.title);
      expect(c.score).toBeGreaterThanOrEqual(0);
      expect(c.score).toBeLessThanOrEqual(1);
      for (const e of c.evidence) {
        expect(Number.isInteger(e.paragraph)).toBe(true);
        expect(e.excerpt.length).toBeLessThanOrEqual(80);
      }
      for (const t of c.tasks) expect(t.id.startsWith(`${c.item}.`)).toBe(true);
    }
  });

  it("points the evidence of 2.4 at the paragraphs of the defence and security section", () => {
    const model = modelOf(draft("d01-party-plan-in-order"));
    const cov = computeCoverage(model, seed);
    const texts = cov.find((c) => c.item === "2.4")!.evidence.map((e) => model.paragraphs[e.paragraph]!.text);
    expect(texts.some((t) => t.startsWith("Lãnh đạo thực hiện tốt nhiệm vụ quốc phòng"))).toBe(true);
    expect(texts.some((t) => t.startsWith("Nâng cao chất lượng tiếp công dân"))).toBe(true);
    const diễnTập = cov.find((c) => c.item === "2.4")!.tasks.find((t) => t.label === "Diễn tập khu vực phòng thủ")!;
    expect(diễnTập.status).toBe("covered");
    expect(model.paragraphs[diễnTập.evidence[0]!.paragraph]!.text).toContain("diễn tập khu vực phòng thủ");
  });

  it("does not count the 2.1 slogan 'bảo đảm quốc phòng, an ninh là trọng yếu' as covering 2.4", () => {
    const d = plan([
      {
        heading: "1. Thực hiện Nghị quyết Đại hội",
        paragraphs: [
          'Thống nhất và thực hiện tốt quan điểm "Phát triển kinh tế là trung tâm; xây dựng Đảng là then chốt; phát triển văn hóa là nền tảng tinh thần; bảo đảm quốc phòng, an ninh là trọng yếu, thường xuyên"; phấn đấu hoàn thành các chỉ tiêu Nghị quyết Đại hội.',
        ],
      },
      {
        heading: "2. Phát triển kinh tế",
        paragraphs: [
          "Đẩy nhanh giải phóng mặt bằng các dự án trọng điểm, cải thiện môi trường đầu tư, kinh doanh; bảo đảm an ninh, trật tự tại các cụm công nghiệp để thu hút nhà đầu tư.",
        ],
      },
    ]);
    const cov = computeCoverage(modelOf(d), seed);
    expect(statusOf(cov, "2.4")).toBe("missing");
    expect(statusOf(cov, "2.1")).not.toBe("missing");
  });

  it("counts explicit references to an item ('nhiệm vụ 2.4', 'mục 2.4 Kết luận'), not a range of all items", () => {
    const d = plan([
      {
        paragraphs: [
          "Kết luận đề ra các nhóm nhiệm vụ từ mục 2.1 đến mục 2.8; Đảng ủy xã xác định các việc cần làm như sau:",
        ],
      },
      { heading: "1. Thực hiện nhiệm vụ 2.4 của Kết luận", paragraphs: ["Xây dựng lực lượng dân quân vững mạnh."] },
      { heading: "2. Các nhiệm vụ khác", paragraphs: ["Thực hiện mục 2.7 Kết luận: biểu dương kịp thời người tốt."] },
    ]);
    const cov = computeCoverage(modelOf(d), seed);
    expect(statusOf(cov, "2.4")).toBe("covered");
    expect(statusOf(cov, "2.7")).toBe("covered");
    expect(statusOf(cov, "2.1")).toBe("missing");
    expect(statusOf(cov, "2.8")).toBe("missing");
  });

  it("counts a short list of items named together ('các nhiệm vụ 2.5 và 2.7')", () => {
    const d = plan([
      { heading: "1. Thực hiện các nhiệm vụ 2.5 và 2.7 của Kết luận", paragraphs: ["Rà soát, hoàn thiện đề án."] },
    ]);
    const cov = computeCoverage(modelOf(d), seed);
    expect(byItem(cov)).toMatchObject({ "2.5": "covered", "2.7": "covered", "2.6": "missing" });
  });

  it("calls an item answered in one duty only partial, and gives no missing warning for it", () => {
    const d = plan([
      {
        heading: "1. Giáo dục và đào tạo",
        paragraphs: [
          "Nâng cao chất lượng giáo dục và đào tạo, giáo dục nghề nghiệp; phấn đấu thêm 4 trường đạt chuẩn quốc gia.",
        ],
      },
    ]);
    const cov = computeCoverage(modelOf(d), seed);
    const c23 = cov.find((c) => c.item === "2.3")!;
    expect(c23.status).toBe("partial");
    expect(c23.tasks.find((t) => t.label === "Giáo dục và đào tạo")!.status).toBe("covered");
    expect(c23.tasks.find((t) => t.label === "Công nghiệp")!.status).toBe("missing");
    expect(coverageFindings(cov).map((f) => f.basis)).not.toContain("Kết luận của Ban Chấp hành Đảng bộ tỉnh, mục 2.3");
  });

  it("reports items marked not applicable as not-applicable, whatever the draft says", () => {
    const model = modelOf(draft("d01-party-plan-in-order"));
    const cov = computeCoverage(model, seed, { notApplicable: ["2.4", "2.5"] });
    expect(byItem(cov)).toMatchObject({ "2.4": "not-applicable", "2.5": "not-applicable", "2.3": "covered" });
    expect(cov.find((c) => c.item === "2.4")!.tasks.every((t) => t.status === "not-applicable")).toBe(true);
    expect(coverageFindings(cov)).toEqual([]);
  });

  it("gives the same result for old-style tone marks, decomposed (NFD) text and upper-case headings", () => {
    const d = draft("d02-state-report-results");
    const oldStyle = (s: string) =>
      s.replace(/hoá/g, "hóa").replace(/thuỷ/g, "thủy").replace(/hoà/g, "hòa").replace(/ỷ/g, "ỷ").normalize("NFD");
    const variant: Draft = {
      ...d,
      sections: d.sections.map((s) => ({
        heading: s.heading === undefined ? undefined : oldStyle(s.heading.toLocaleUpperCase("vi")),
        paragraphs: s.paragraphs.map(oldStyle),
      })),
    };
    const a = computeCoverage(modelOf(d), seed).map((c) => [c.item, c.status, c.score]);
    const b = computeCoverage(modelOf(variant), seed).map((c) => [c.item, c.status, c.score]);
    expect(b).toEqual(a);
  });

  it("understands paraphrases: 'giữ vững ổn định chính trị', 'đơn thư', 'tiếp dân' cover defence and security", () => {
    const d = plan([
      {
        heading: "1. Giữ vững ổn định chính trị",
        paragraphs: [
          "Giữ vững ổn định chính trị, trật tự xã hội; làm tốt công tác dân quân tự vệ, tuyển quân. Giải quyết kịp thời đơn thư ngay từ cơ sở; lãnh đạo huyện tiếp dân định kỳ hằng tháng.",
        ],
      },
    ]);
    const cov = computeCoverage(modelOf(d), seed);
    const c24 = cov.find((c) => c.item === "2.4")!;
    expect(c24.status).not.toBe("missing");
    const covered = c24.tasks.filter((t) => t.status === "covered").map((t) => t.label);
    expect(covered).toEqual(
      expect.arrayContaining([
        "Quốc phòng, quân sự địa phương",
        "An ninh chính trị, trật tự an toàn xã hội",
        "Giải quyết khiếu nại, tố cáo",
        "Tiếp công dân",
      ]),
    );
  });

  it("reads only the given body paragraphs when told to", () => {
    const model = modelOf(draft("d01-party-plan-in-order"));
    expect(computeCoverage(model, seed, { bodyParagraphs: [] }).every((c) => c.status === "missing")).toBe(true);
  });

  it("works with another source: a district resolution's items 1–3", () => {
    const source = parseDirectiveSource(RESOLUTION_TEXT);
    const d = plan([
      {
        heading: "1. Phát triển nông nghiệp hàng hóa",
        paragraphs: [
          "Mở rộng vùng sản xuất vải thiều, cây có múi đạt tiêu chuẩn VietGAP; cấp thêm 20 mã số vùng trồng; ứng dụng công nghệ cao trong trồng trọt, chăn nuôi; thành lập mới 5 hợp tác xã gắn với chuỗi liên kết tiêu thụ sản phẩm.",
        ],
      },
      {
        heading: "2. Xây dựng nông thôn mới",
        paragraphs: [
          "Phấn đấu thêm 3 xã đạt chuẩn nông thôn mới nâng cao; huy động nguồn lực làm đường giao thông nông thôn, kênh mương thủy lợi; phát triển sản phẩm OCOP.",
        ],
      },
    ]);
    const cov = computeCoverage(modelOf(d), source);
    expect(byItem(cov)).toEqual({ "1": "covered", "2": "covered", "3": "missing" });
    expect(cov[2]!.title).toBe("Bảo vệ môi trường nông thôn");
  });
});

describe("computeCoverage: substance, not a shared word", () => {
  const digital = parseDirectiveSource(
    readFileSync(join(__dirname, "sources", "district-digital-resolution-b.txt"), "utf8"),
  );

  it("does not count 'thương mại, dịch vụ' as the digital economy item; e-commerce for OCOP and cashless payment do", () => {
    const passing = plan([
      {
        heading: "4. Về phát triển kinh tế",
        paragraphs: [
          "Phát triển dịch vụ thương mại, du lịch sinh thái, dịch vụ logistics gắn với tuyến đường vành đai; cải thiện môi trường đầu tư, kinh doanh; đẩy mạnh chuyển đổi số trong các cơ quan nhà nước.",
        ],
      },
    ]);
    expect(statusOf(computeCoverage(modelOf(passing), digital), "4")).toBe("missing");
    const substance = plan([
      {
        heading: "4. Về kinh tế số",
        paragraphs: [
          "Đưa 30 sản phẩm OCOP lên sàn thương mại điện tử, mở gian hàng trực tuyến cho hợp tác xã; thu học phí, viện phí không dùng tiền mặt, tiểu thương ở chợ thanh toán bằng mã QR.",
        ],
      },
    ]);
    expect(statusOf(computeCoverage(modelOf(substance), digital), "4")).toBe("covered");
  });

  it("keeps 'chính quyền số' apart from 'chuyển đổi số' for a source that names both", () => {
    const d = plan([
      {
        heading: "3. Xây dựng chính quyền số",
        paragraphs: [
          "Cung cấp dịch vụ công trực tuyến toàn trình; số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; ký số, gửi, nhận văn bản điện tử; họp trực tuyến đến cấp xã.",
        ],
      },
    ]);
    expect(byItem(computeCoverage(modelOf(d), digital))).toEqual({
      "1": "missing",
      "2": "missing",
      "3": "covered",
      "4": "missing",
      "5": "missing",
    });
  });
});

describe("computeCoverage: a source on one subject (the disaster directive)", () => {
  const disaster = parseDirectiveSource(
    readFileSync(join(__dirname, "sources", "provincial-disaster-directive.txt"), "utf8"),
  );
  const task = (id: string) => disaster.items.flatMap((i) => i.tasks).find((t) => t.id === id)!;

  it("labels its tasks from their own words, not from the seed's topics", () => {
    expect(task("2.3").label).toBe("Diễn tập phòng, chống thiên tai và tìm kiếm cứu nạn ở cấp huyện");
    expect(task("3.4").label).toBe("Lồng ghép yêu cầu phòng, chống thiên tai trong quy hoạch");
    expect(task("1.2").label).toBe(
      "Xác định phòng, chống thiên tai là nhiệm vụ thường xuyên của cả hệ thống chính trị",
    );
    const labels = disaster.items.flatMap((i) => i.tasks.map((t) => t.label));
    for (const seedTopic of ["Diễn tập khu vực phòng thủ", "Quy hoạch tỉnh", "Xây dựng Đảng, hệ thống chính trị"])
      expect(labels).not.toContain(seedTopic);
  });

  it("finds the seed's own plan (defence drill, 'quy hoạch', 'kiểm tra, giám sát', no disasters) answers none of it", () => {
    const cov = computeCoverage(modelOf(draft("d01-party-plan-in-order")), disaster);
    expect(byItem(cov)).toEqual({
      "1": "missing",
      "2": "missing",
      "3": "missing",
      "4": "missing",
      "5": "missing",
      "6": "missing",
    });
    for (const c of cov) expect(c.evidence).toEqual([]);
  });

  it("counts a section on the subject: a drill and a hazard map under a heading on disasters", () => {
    const d = plan([
      {
        heading: "2. Phòng, chống thiên tai",
        paragraphs: [
          "Rà soát, cập nhật phương án ứng phó theo cấp độ rủi ro; lập bản đồ khu vực có nguy cơ cao xảy ra lũ quét, sạt lở đất; tổ chức diễn tập tìm kiếm cứu nạn ở cấp xã.",
        ],
      },
    ]);
    expect(statusOf(computeCoverage(modelOf(d), disaster), "2")).toBe("covered");
  });
});

describe("computeCoverage: generic leadership words and sections of their own", () => {
  const digital = parseDirectiveSource(
    readFileSync(join(__dirname, "sources", "district-digital-resolution-b.txt"), "utf8"),
  );

  it("does not count 'đề cao trách nhiệm người đứng đầu' as the item on awareness of digital transformation", () => {
    const d = plan([
      {
        heading: "2. Giữ vững đoàn kết, kỷ luật, kỷ cương",
        paragraphs: ["Đề cao trách nhiệm người đứng đầu; tăng cường phối hợp giữa các cơ quan, đơn vị, địa phương."],
      },
    ]);
    expect(statusOf(computeCoverage(modelOf(d), digital), "1")).toBe("missing");
  });

  it("calls a section of its own on commendations, in common words only, partial: not missing, not covered", () => {
    const d = plan([
      {
        heading: "7. Công tác thi đua, khen thưởng",
        paragraphs: [
          "Ban Thường vụ Huyện ủy đã khen thưởng 32 tập thể, 76 cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ chính trị năm 2023.",
        ],
      },
    ]);
    expect(statusOf(computeCoverage(modelOf(d), seed), "2.7")).toBe("partial");
    // The same words inside a paragraph on discipline answer nothing.
    const inPassing = plan([
      {
        heading: "2. Kỷ luật, kỷ cương",
        paragraphs: [
          "Kỷ luật, kỷ cương trong lực lượng được siết chặt; đoàn kết nội bộ được giữ vững. Đơn vị đã được khen thưởng 3 tập thể, 14 cá nhân.",
        ],
      },
    ]);
    expect(statusOf(computeCoverage(modelOf(inPassing), seed), "2.7")).toBe("missing");
  });
});

describe("coverage/missing findings", () => {
  it("one warning per missing item, with the conclusion as basis, none for partial or covered items", () => {
    const cov = computeCoverage(modelOf(draft("d04-party-plan-two-items-removed")), seed);
    const findings = coverageFindings(cov);
    expect(findings.map((f) => f.message)).toEqual([
      `Dự thảo chưa có nội dung thực hiện nhiệm vụ 2.4 của Kết luận: ${seed.items[3]!.title}`,
      `Dự thảo chưa có nội dung thực hiện nhiệm vụ 2.7 của Kết luận: ${seed.items[6]!.title}`,
    ]);
    for (const f of findings) {
      expect(f).toMatchObject({ rule: "coverage/missing", severity: "warning", paragraph: null, excerpt: "" });
      expect(f.basis).toMatch(/^Kết luận của Ban Chấp hành Đảng bộ tỉnh, mục 2\.[47]$/);
      expect(f.message).toBe(f.message.normalize("NFC"));
    }
  });

  it("has the rule's meta: id, area and a Vietnamese message", () => {
    expect(meta).toMatchObject({ id: "coverage/missing", area: "coverage" });
    expect(meta.messages.missing).toContain("Dự thảo chưa có nội dung thực hiện nhiệm vụ {item}");
  });

  it("names another source by its own type", () => {
    const source = parseDirectiveSource(RESOLUTION_TEXT);
    const [f] = coverageFindings(
      [{ item: "3", title: "Bảo vệ môi trường nông thôn", status: "missing", score: 0, evidence: [], tasks: [] }],
      source,
    );
    expect(f!.message).toBe(
      "Dự thảo chưa có nội dung thực hiện nhiệm vụ 3 của Nghị quyết: Bảo vệ môi trường nông thôn",
    );
    expect(f!.basis).toBe("Nghị quyết của Ban Chấp hành Đảng bộ huyện, mục 3");
  });
});

describe("matchKey", () => {
  it.each([
    "Thực hiện nhiệm vụ 2.3 của Kết luận số 48-KL/TW, thời kỳ 2021–2030; 1.000 ha, tăng 2,5%.",
    "ỦY BAN NHÂN DÂN huyện Hiệp Hòa: khỏe, thủy lợi, “đơn, thư”, qúy I",
    "phát\u00adtriển Ðảng bộ, x\u200by",
    "Cụ thể ho\u0301a",
  ])("tokenises like normalizeForMatch: %s", (text) => {
    expect(matchKey(text)).toBe(normalizeForMatch(text));
  });
});

describe("coverageParagraphs", () => {
  it("reads the duties in a task assignment table inside the body, not the signature table", () => {
    const model = modelOf(draft("d13-party-plan-task-table"));
    const paragraphs = coverageParagraphs(model);
    const texts = paragraphs.map((i) => model.paragraphs[i]!.text);
    expect(texts.some((t) => t.startsWith("Tháo gỡ vướng mắc, đẩy nhanh giải phóng mặt bằng"))).toBe(true);
    expect(texts.some((t) => /Nơi nhận|BÍ THƯ/.test(t))).toBe(false);
    expect(computeCoverage(model, seed, { bodyParagraphs: paragraphs })).toEqual(computeCoverage(model, seed));
  });
});
