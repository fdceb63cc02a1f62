import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  firstDuty,
  ownWordsTitle,
  parseDirectiveSource,
  sentences,
  sourceParagraphs,
} from "../../src/directives/parse";
import { computeCoverage, sourceIndexData } from "../../src/directives/coverage";
import { defaultDirectiveSource, SEED_FILE_NAME, SEED_SOURCE_TEXT } from "../../src/directives/seed";
import { SEED_INDEX_DATA } from "../../src/directives/seedIndex";
import { readDocument } from "../../src/docx/reader";
import { buildDocxFromSpec } from "../support/buildDocx";
import { draftSpec } from "./coverage-set/build";
import { DRAFTS } from "./coverage-set/drafts";
import { DIRECTIVE_TEXT, NOTICE_TEXT, RESOLUTION_TEXT } from "./texts";

const seedFile = readFileSync(join(__dirname, "..", "..", "seeds", SEED_FILE_NAME), "utf8");

describe("seed module", () => {
  it("holds the seed conclusion byte for byte (after NFC)", () => {
    expect(SEED_SOURCE_TEXT).toBe(seedFile.normalize("NFC"));
  });
  it("parses the seed once", () => {
    expect(defaultDirectiveSource()).toBe(defaultDirectiveSource());
  });
  it("ships a parse of the seed equal to parsing its text with today's parser (else: run scripts/make-seed-module.ts)", () => {
    expect(defaultDirectiveSource()).toStrictEqual(parseDirectiveSource(SEED_SOURCE_TEXT));
  });
  it("ships the matcher's index of the seed equal to today's (else: run scripts/make-seed-module.ts)", () => {
    expect(SEED_INDEX_DATA).toStrictEqual(sourceIndexData(parseDirectiveSource(SEED_SOURCE_TEXT)));
  });
  it("the drafts' coverage from the shipped index is the coverage from an index built now", () => {
    // the seed object uses the shipped index; a parse of the same text is another source, indexed on first use
    const built = parseDirectiveSource(SEED_SOURCE_TEXT);
    const statuses = new Set<string>();
    for (const draft of DRAFTS) {
      const model = readDocument(buildDocxFromSpec(draftSpec(draft)));
      const shipped = computeCoverage(model, defaultDirectiveSource());
      shipped.forEach((c) => statuses.add(c.status));
      expect(shipped).toStrictEqual(computeCoverage(model, built));
    }
    expect([...statuses].sort()).toEqual(["covered", "missing", "partial"]);
  });
});

describe("the seed conclusion", () => {
  const source = defaultDirectiveSource();
  const item = (n: string) => source.items.find((i) => i.number === n)!;

  it("has the directive items 2.1–2.8, not the assessment in section 1", () => {
    expect(source.items.map((i) => i.number)).toEqual(["2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8"]);
  });

  it("has its title in sentence case with proper nouns kept", () => {
    expect(source.title).toBe(
      "Kết luận của Ban Chấp hành Đảng bộ tỉnh về một số nhiệm vụ, giải pháp trọng tâm cần tập trung thực hiện " +
        "từ nay đến hết nhiệm kỳ Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX",
    );
  });

  it("gives every item a short Vietnamese title", () => {
    for (const it of source.items) {
      expect(it.title.length).toBeGreaterThan(5);
      expect(it.title.length).toBeLessThan(110);
      expect(it.title).toBe(it.title.normalize("NFC"));
    }
    expect(item("2.4").title).toMatch(/^Quốc phòng, an ninh/);
    expect(item("2.4").title).toMatch(/khiếu nại, tố cáo/);
    expect(item("2.6").title).toMatch(/Xây dựng Đảng/);
    expect(item("2.3").title).toMatch(/kinh tế/);
    expect(item("2.8").title).toMatch(/Kết luận/);
  });

  it("repairs page breaks: sentences cut by a page break and a footnote are joined, the footnote dropped", () => {
    const p22 = item("2.2").paragraphs.join("\n");
    expect(p22).toContain("Phát huy vai trò, trách nhiệm của từng cơ quan, đơn vị, địa phương");
    expect(p22).not.toContain("nhóm 15 tỉnh");
    expect(item("2.3").paragraphs.join("\n")).toContain("bao gồm cả giáo dục phổ thông");
    expect(item("2.6").paragraphs.join("\n")).toContain("xử lý nghiêm các vi phạm, củng cố niềm tin");
    expect(item("2.1").paragraphs.join("\n")).not.toMatch(/[*¹]/);
  });

  it("keeps unnumbered paragraphs with the item above them", () => {
    expect(item("2.3").paragraphs).toHaveLength(3);
    expect(item("2.4").paragraphs).toHaveLength(2);
    expect(item("2.4").paragraphs[1]).toMatch(/^Nâng cao chất lượng giải quyết đơn, thư khiếu nại/);
  });

  it("splits 2.3 into its separate duties", () => {
    const labels = item("2.3").tasks.map((t) => t.label);
    expect(labels.length).toBeGreaterThanOrEqual(12);
    for (const want of [
      /giải phóng mặt bằng/i,
      /công nghiệp/i,
      /nông nghiệp/i,
      /logistics/i,
      /môi trường đầu tư/i,
      /giáo dục/i,
      /y tế/i,
      /chuyển đổi số/i,
      /an sinh xã hội/i,
      /giảm nghèo/i,
    ])
      expect(labels.some((l) => want.test(l))).toBe(true);
    expect(
      item("2.3")
        .tasks.map((t) => t.id)
        .slice(0, 3),
    ).toEqual(["2.3.1", "2.3.2", "2.3.3"]);
  });

  it("splits 2.4 into defence, security, the exercise, complaints, citizen reception and external relations", () => {
    const labels = item("2.4").tasks.map((t) => t.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        "Quốc phòng, quân sự địa phương",
        "An ninh chính trị, trật tự an toàn xã hội",
        "Diễn tập khu vực phòng thủ",
        "Giải quyết khiếu nại, tố cáo",
        "Tiếp công dân",
      ]),
    );
  });

  it("does not split a quoted slogan at its semicolons", () => {
    const t = item("2.1").tasks.find((x) => x.text.includes("Phát triển kinh tế là trung tâm"))!;
    expect(t.text).toContain("bảo đảm quốc phòng, an ninh là trọng yếu, thường xuyên");
  });

  it("extracts the cited documents with number, issuer and date", () => {
    const byNumber = Object.fromEntries(source.citations.map((c) => [c.number ?? c.type, c]));
    expect(byNumber["11-NQ/TW"]).toMatchObject({ type: "Nghị quyết", issuer: "Bộ Chính trị", date: "2022-02-10" });
    expect(byNumber["26-CT/TU"]).toMatchObject({
      type: "Chỉ thị",
      issuer: "Ban Thường vụ Tỉnh ủy",
      date: "2023-06-02",
    });
    expect(byNumber["48-KL/TW"]).toMatchObject({ type: "Kết luận", issuer: "Bộ Chính trị", date: "2023-01-03" });
    expect(byNumber["233-NQ/TU"]).toMatchObject({ type: "Nghị quyết", issuer: "Tỉnh ủy", date: "2022-07-25" });
    expect(byNumber["27-CT/TU"]).toMatchObject({
      type: "Chỉ thị",
      issuer: "Ban Thường vụ Tỉnh ủy",
      date: "2023-08-25",
    });
    expect(byNumber["Quy hoạch"]).toMatchObject({
      number: undefined,
      text: "Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050",
    });
    expect(source.citations).toHaveLength(6);
  });

  it("extracts the slogans", () => {
    expect(source.slogans).toEqual(
      expect.arrayContaining([
        "Đoàn kết - Kỷ cương - Dân chủ - Sáng tạo",
        "3 đảm, 3 hơn, 5 rõ",
        "kết quả năm sau phải cao hơn năm trước",
      ]),
    );
    expect(source.slogans.some((s) => s.startsWith("Phát triển kinh tế là trung tâm"))).toBe(true);
    expect(source.slogans).not.toContain("tự diễn biến"); // section 1 assesses; it sets no slogan
  });

  it("keeps the closing paragraph out of item 2.8", () => {
    expect(source.closing).toMatch(/^Giao Văn phòng Tỉnh ủy chủ trì/);
    expect(item("2.8").paragraphs.join(" ")).not.toContain("Giao Văn phòng");
  });
});

describe("other conclusion- and resolution-like texts", () => {
  it("a resolution with Roman sections, headings, lettered sub-items, bullets and a page break", () => {
    const s = parseDirectiveSource(RESOLUTION_TEXT);
    expect(s.title).toBe(
      "Nghị quyết của Ban Chấp hành Đảng bộ huyện về phát triển nông nghiệp hàng hóa và xây dựng nông thôn mới giai đoạn 2023-2025",
    );
    expect(s.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Phát triển sản xuất nông nghiệp hàng hóa"],
      ["2", "Xây dựng nông thôn mới"],
      ["3", "Bảo vệ môi trường nông thôn"],
    ]);
    const [first, second, third] = s.items;
    expect(first!.tasks.length).toBe(3); // the lead paragraph, a) and b)
    expect(second!.tasks.map((t) => t.text)).toEqual([
      "Phấn đấu đến năm 2025 có thêm 8 xã đạt chuẩn nông thôn mới nâng cao, 3 xã đạt chuẩn nông thôn mới kiểu mẫu.",
      "Huy động các nguồn lực đầu tư hạ tầng giao thông nông thôn, thủy lợi, nước sạch; thực hiện có hiệu quả chương trình mỗi xã một sản phẩm (OCOP).",
    ]);
    expect(third!.paragraphs.join(" ")).not.toMatch(/Sở Tài nguyên|¹/);
    expect(s.citations).toEqual([
      expect.objectContaining({
        type: "Nghị quyết",
        number: "19-NQ/TW",
        issuer: "Ban Chấp hành Trung ương Đảng",
        date: "2022-06-16",
      }),
    ]);
    expect(s.closing).toMatch(/^Giao Ban Tuyên giáo Huyện ủy/);
  });

  it("a notice whose second point announces lettered tasks", () => {
    const s = parseDirectiveSource(NOTICE_TEXT);
    expect(s.title).toMatch(/^Thông báo kết luận của Thường trực Thành ủy về công tác bảo đảm trật tự đô thị/);
    expect(s.items.map((i) => i.number)).toEqual(["a", "b", "c"]);
    expect(s.items[0]!.tasks).toHaveLength(2); // the lead sentence and its bullet
    expect(s.items[1]!.title).toBe("Cải cách hành chính");
    expect(s.citations[0]).toMatchObject({ number: "05-CT/TU", date: "2023-04-12", issuer: "Ban Thường vụ Tỉnh ủy" });
    expect(s.slogans).toEqual(["Thành phố sạch, đẹp, văn minh"]);
    expect(s.closing).toMatch(/^Giao Văn phòng Thành ủy/);
  });

  it("a directive with top-level points only, a page number between pages", () => {
    const s = parseDirectiveSource(DIRECTIVE_TEXT);
    expect(s.title).toBe("Chỉ thị của Ban Thường vụ Huyện ủy về tăng cường công tác phòng cháy, chữa cháy");
    expect(s.items.map((i) => i.number)).toEqual(["1", "2", "3"]);
    expect(s.items[0]!.title).toBe("Phòng cháy, chữa cháy");
    expect(s.items.flatMap((i) => i.paragraphs).join(" ")).not.toMatch(/- 2 -/);
    expect(s.closing).toMatch(/^Văn phòng Huyện ủy theo dõi/);
  });

  it("accepts Windows line ends and decomposed (NFD) text", () => {
    const s = parseDirectiveSource(SEED_SOURCE_TEXT.normalize("NFD").replace(/\n/g, "\r\n"));
    expect(s).toEqual(defaultDirectiveSource());
  });
});

describe("text helpers", () => {
  it("splits sentences before a capital, not inside '...' followed by lower case", () => {
    expect(sentences("Một là, cơ chế, chính sách, ... với tinh thần mới. Hai là nông nghiệp.")).toEqual([
      "Một là, cơ chế, chính sách, ... với tinh thần mới.",
      "Hai là nông nghiệp.",
    ]);
  });
  it("drops page numbers and footnotes, joins a sentence cut by a page break", () => {
    expect(sourceParagraphs("Một số cán bộ,\n\n- 3 -\n\n¹ Ghi chú.\n\nđảng viên vi phạm.")).toEqual([
      "Một số cán bộ, đảng viên vi phạm.",
    ]);
  });
});

describe("texts without the usual structure", () => {
  it("an empty text gives no items", () => {
    expect(parseDirectiveSource("")).toEqual({ title: "", items: [], citations: [], slogans: [], closing: undefined });
  });

  it("unnumbered directives become items 1, 2, ... in order, without the closing assignment", () => {
    const s = parseDirectiveSource(
      "KẾT LUẬN\ncủa Ban Thường vụ Huyện ủy về công tác dân vận\n\n" +
        "Sau khi nghe báo cáo, Ban Thường vụ Huyện ủy kết luận như sau:\n\n" +
        "Tăng cường công tác dân vận chính quyền, nhất là ở cơ sở.\n\n" +
        "Đẩy mạnh phong trào thi đua dân vận khéo, biểu dương các điển hình.\n\n" +
        "Giao Ban Dân vận Huyện ủy theo dõi, đôn đốc thực hiện.",
    );
    expect(s.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Công tác dân vận"],
      ["2", "Khen thưởng, nhân rộng điển hình"],
    ]);
    expect(s.closing).toBe("Giao Ban Dân vận Huyện ủy theo dõi, đôn đốc thực hiện.");
  });
});

describe("titles", () => {
  it("finds a title written in sentence case, as copied from a web page", () => {
    const s = parseDirectiveSource(
      "Kết luận của Ban Thường vụ Tỉnh ủy về công tác cải cách hành chính\n\n" +
        "Ban Thường vụ Tỉnh ủy kết luận như sau:\n\n" +
        "1. Đẩy mạnh cải cách thủ tục hành chính.\n\n2. Tăng cường chuyển đổi số trong các cơ quan nhà nước.",
    );
    expect(s.title).toBe("Kết luận của Ban Thường vụ Tỉnh ủy về công tác cải cách hành chính");
    expect(s.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Cải cách hành chính"],
      ["2", "Chuyển đổi số"],
    ]);
  });
});

describe("item titles from the item's own words when the topic list does not fit", () => {
  const district = parseDirectiveSource(
    readFileSync(join(__dirname, "sources", "district-digital-resolution.txt"), "utf8"),
  );

  it("keeps the seed's titles as they were", () => {
    expect(defaultDirectiveSource().items.map((i) => [i.number, i.title])).toEqual([
      ["2.1", "Quán triệt, thực hiện chủ trương, nghị quyết"],
      ["2.2", "Đoàn kết, kỷ luật, kỷ cương, trách nhiệm người đứng đầu"],
      ["2.3", "Phát triển kinh tế; văn hóa - xã hội"],
      ["2.4", "Quốc phòng, an ninh; khiếu nại, tố cáo, tiếp công dân; đối ngoại"],
      ["2.5", "Hiệu lực, hiệu quả của chính quyền; sắp xếp đơn vị hành chính; mặt trận Tổ quốc, các đoàn thể"],
      ["2.6", "Xây dựng Đảng, hệ thống chính trị"],
      ["2.7", "Khen thưởng, nhân rộng điển hình; xử lý né tránh, đùn đẩy trách nhiệm"],
      ["2.8", "Quán triệt, cụ thể hóa Kết luận"],
    ]);
  });

  it("keeps the seed's task labels as they were: every task named by its topic", () => {
    expect(defaultDirectiveSource().items.flatMap((i) => i.tasks.map((t) => `${t.id} ${t.label}`))).toEqual([
      "2.1.1 Quán triệt, thực hiện chủ trương, nghị quyết",
      "2.1.2 Chỉ tiêu Nghị quyết Đại hội",
      "2.1.3 Quan điểm, phương châm chỉ đạo",
      "2.1.4 Phát huy nội lực, nhân tố con người",
      "2.2.1 Đoàn kết, nguyên tắc tập trung dân chủ",
      "2.2.2 Phối hợp giữa các cấp, các ngành",
      "2.2.3 Trách nhiệm người đứng đầu",
      "2.2.4 Tuyên truyền, nêu cao quyết tâm",
      "2.3.1 Chỉ tiêu phát triển kinh tế - xã hội",
      "2.3.2 Đột phá chiến lược",
      "2.3.3 Kết cấu hạ tầng",
      "2.3.4 Tháo gỡ vướng mắc, giải phóng mặt bằng",
      "2.3.5 Quy hoạch tỉnh",
      "2.3.6 Phát triển các ngành kinh tế",
      "2.3.7 Công nghiệp",
      "2.3.8 Nông nghiệp",
      "2.3.9 Dịch vụ, logistics, du lịch",
      "2.3.10 Môi trường đầu tư, kinh doanh",
      "2.3.11 Thu hút đầu tư",
      "2.3.12 Giáo dục và đào tạo",
      "2.3.13 Y tế",
      "2.3.14 Chuyển đổi số",
      "2.3.15 Văn hóa, thể thao",
      "2.3.16 An sinh xã hội",
      "2.3.17 Giảm nghèo bền vững",
      "2.4.1 Quốc phòng, quân sự địa phương",
      "2.4.2 An ninh chính trị, trật tự an toàn xã hội",
      "2.4.3 Diễn tập khu vực phòng thủ",
      "2.4.4 Giải quyết khiếu nại, tố cáo",
      "2.4.5 Tiếp công dân",
      "2.4.6 Hợp tác, đối ngoại",
      "2.4.7 Thông tin đối ngoại, quảng bá hình ảnh",
      "2.5.1 Hiệu lực, hiệu quả của chính quyền",
      "2.5.2 Sắp xếp đơn vị hành chính",
      "2.5.3 Mặt trận Tổ quốc, các đoàn thể",
      "2.6.1 Xây dựng Đảng, hệ thống chính trị",
      "2.6.2 Giáo dục chính trị, tư tưởng",
      "2.6.3 Công tác tổ chức, cán bộ",
      "2.6.4 Kiểm tra, giám sát, kỷ luật đảng",
      "2.6.5 Công tác dân vận",
      "2.6.6 Quy chế dân chủ ở cơ sở",
      "2.7.1 Khen thưởng, nhân rộng điển hình",
      "2.7.2 Xử lý né tránh, đùn đẩy trách nhiệm",
      "2.8.1 Quán triệt, cụ thể hóa Kết luận",
    ]);
  });

  it("a directive on one subject: tasks about that subject labelled by their own words, item titles unchanged", () => {
    const disaster = parseDirectiveSource(
      readFileSync(join(__dirname, "sources", "provincial-disaster-directive.txt"), "utf8"),
    );
    expect(disaster.items[2]!.tasks.map((t) => t.label)).toEqual([
      "Ưu tiên bố trí nguồn lực đầu tư",
      "Đầu tư hệ thống trạm đo mưa tự…",
      "Ứng dụng công nghệ thông tin trong theo dõi",
      "Lồng ghép yêu cầu phòng, chống thiên tai trong quy hoạch",
    ]);
    expect(disaster.items[5]!.tasks.map((t) => t.label)).toEqual([
      "Kiểm tra, giám sát việc thực hiện công tác phòng, chống thiên tai",
      "Mặt trận Tổ quốc, các đoàn thể",
      "Xử lý nghiêm các hành vi vi phạm…",
      "Trách nhiệm người đứng đầu",
    ]);
    expect(disaster.items[5]!.title).toBe(
      "Xây dựng Đảng, hệ thống chính trị; mặt trận Tổ quốc, các đoàn thể; đoàn kết, kỷ luật, kỷ cương, trách nhiệm người đứng đầu",
    );
  });

  it("an item that opens with a duty the topic list does not know is titled by its own words, «phòng, chống» kept whole", () => {
    const disaster = parseDirectiveSource(
      readFileSync(join(__dirname, "sources", "provincial-disaster-directive.txt"), "utf8"),
    );
    expect(disaster.items.slice(1, 5).map((i) => i.title)).toEqual([
      "Rà soát, cập nhật kế hoạch phòng, chống thiên tai và phương án ứng phó theo các cấp…",
      "Ưu tiên bố trí nguồn lực đầu tư, sửa chữa, nâng cấp đê điều, hồ đập xung yếu",
      "Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn các cấp",
      "Khắc phục kịp thời, hiệu quả hậu quả thiên tai",
    ]);
    // no title strings its tasks' labels together, none cuts «phòng» from «chống»
    for (const item of disaster.items) expect(item.title).not.toMatch(/phòng(?:;|…|$)/u);
  });

  it("a district resolution on digital transformation: each item titled by its lead phrase", () => {
    expect(district.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Nâng cao nhận thức, đổi mới tư duy về chuyển đổi số"],
      ["2", "Phát triển hạ tầng số đồng bộ, hiện đại"],
      ["3", "Xây dựng chính quyền số"],
      ["4", "Phát triển kinh tế số"],
      ["5", "Bảo đảm an toàn, an ninh mạng và phát triển nguồn nhân lực cho chuyển đổi số"],
    ]);
    for (const it of district.items) expect(it.title).toBe(it.title.normalize("NFC"));
  });

  it("a task the topic list does not fit is labelled by its own words, not by the seed's topics", () => {
    expect(district.items[3]!.tasks.map((t) => t.label)).toEqual([
      "Kinh tế tập thể, hợp tác xã",
      "Hỗ trợ đưa sản phẩm OCOP, nông sản chủ lực của huyện",
      "Thanh toán không dùng tiền mặt trong thu học phí, viện phí, tiền điện",
    ]);
    expect(district.items[4]!.tasks.map((t) => t.label)).toEqual([
      "Nguồn nhân lực",
      "Giải pháp bảo đảm an toàn thông tin…",
      "Bố trí cán bộ chuyên trách hoặc kiêm nhiệm công nghệ thông tin tại các cơ quan",
      "Đào tạo, bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức",
    ]);
  });

  it("a notice the topic list does not know: night-time economy, smart city; a known item keeps its topic title", () => {
    const s = parseDirectiveSource(
      "THÔNG BÁO KẾT LUẬN\ncủa Thường trực Thành ủy về phát triển kinh tế ban đêm và đô thị thông minh\n\n" +
        "Thường trực Thành ủy kết luận như sau:\n\n" +
        "1. Phát triển kinh tế ban đêm tại khu phố đi bộ, thúc đẩy các dịch vụ ẩm thực, vui chơi giải trí; kéo dài giờ " +
        "mở cửa của chợ đêm, thu hút khách du lịch lưu trú.\n\n" +
        "2. Xây dựng đô thị thông minh, lắp đặt camera giám sát giao thông, chiếu sáng công cộng; ứng dụng công nghệ " +
        "thông tin trong quản lý trật tự xây dựng.\n\n" +
        "3. Đẩy mạnh cải cách hành chính, nhất là thủ tục cấp phép kinh doanh dịch vụ ban đêm.\n\n" +
        "Giao Văn phòng Thành ủy theo dõi, đôn đốc việc thực hiện Thông báo kết luận này.",
    );
    expect(s.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Phát triển kinh tế ban đêm tại khu phố đi bộ"], // the topic list: "Dịch vụ, logistics, du lịch"
      ["2", "Xây dựng đô thị thông minh"],
      ["3", "Cải cách hành chính"],
    ]);
  });

  it("the first duty ends at a comma or “và” that opens another, not inside a list of nouns", () => {
    expect(firstDuty("Phát triển kinh tế số, thúc đẩy doanh nghiệp ứng dụng công nghệ số")).toBe(
      "Phát triển kinh tế số",
    );
    expect(firstDuty("Bảo đảm an toàn, an ninh mạng và phát triển nguồn nhân lực")).toBe(
      "Bảo đảm an toàn, an ninh mạng",
    );
    expect(firstDuty("duy trì, nâng cao chất lượng thực hiện các chỉ tiêu")).toBe(
      "duy trì, nâng cao chất lượng thực hiện các chỉ tiêu",
    );
  });

  it("an own-words title is cut at a new duty or at a comma, never inside a word, and capitalised", () => {
    expect(
      ownWordsTitle("phát triển kinh tế số, thúc đẩy doanh nghiệp, hợp tác xã, hộ kinh doanh ứng dụng công nghệ"),
    ).toBe("Phát triển kinh tế số");
    expect(
      ownWordsTitle(
        "rà soát, lập bản đồ các khu vực có nguy cơ cao xảy ra lũ quét, sạt lở đất ở các xã miền núi của huyện trong năm",
      ),
    ).toBe("Rà soát, lập bản đồ các khu vực có nguy cơ cao xảy ra lũ quét");
    expect(ownWordsTitle("Nâng cao nhận thức về chuyển đổi số.")).toBe("Nâng cao nhận thức về chuyển đổi số");
  });
});
