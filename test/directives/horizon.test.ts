import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHorizon } from "../../src/directives/horizon";
import { parseDirectiveSource } from "../../src/directives/parse";
import { defaultDirectiveSource } from "../../src/directives/seed";

const seed = readFileSync(join(__dirname, "..", "..", "seeds", "000_6b58a9ed2912506d.txt"), "utf8");

describe("the seed conclusion's horizon", () => {
  it("is the end of the XIX congress term, 2020-2025", () => {
    expect(parseHorizon(seed)).toEqual({ date: "2025-12-31", text: "cuối nhiệm kỳ 2020-2025" });
  });

  it("comes with the parsed source", () => {
    expect(parseDirectiveSource(seed).horizon).toEqual({ date: "2025-12-31", text: "cuối nhiệm kỳ 2020-2025" });
    expect(defaultDirectiveSource().horizon?.date).toBe("2025-12-31");
  });

  it("is read from the title alone: the congress named by its ordinal, its term given in the body", () => {
    const title =
      "KẾT LUẬN\nvề một số nhiệm vụ, giải pháp trọng tâm cần tập trung thực hiện\ntừ nay đến hết nhiệm kỳ Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX\n\nNgày 24/8/2023, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX, nhiệm kỳ 2020-2025.";
    expect(parseHorizon(title)).toEqual({ date: "2025-12-31", text: "cuối nhiệm kỳ 2020-2025" });
  });

  it("is not a cited resolution's horizon or vision, nor the next congress's term", () => {
    // The seed's own sentences, without the statements of its term.
    const cited = [
      "2.1. Gắn kết chặt chẽ với thực hiện Nghị quyết số 11-NQ/TW ngày 10/02/2022 của Bộ Chính trị về phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh vùng Trung du và miền núi Bắc bộ đến năm 2030, tầm nhìn đến năm 2045.",
      "Triển khai hiệu quả và kịp thời điều chỉnh, khắc phục những bất cập trong Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050.",
      "2.6. Chuẩn bị trước một bước nhân sự cho đại hội đảng bộ các cấp nhiệm kỳ 2025-2030.",
    ].join("\n");
    expect(parseHorizon(cited)).toBeUndefined();
  });
});

describe("other sources", () => {
  it("a directive whose title sets a period, citing a resolution with a later horizon", () => {
    const directive = [
      "HUYỆN ỦY LỤC NAM",
      "CHỈ THỊ",
      "về tăng cường lãnh đạo công tác chuyển đổi số giai đoạn 2024 - 2026",
      "",
      "Thực hiện Nghị quyết số 11-NQ/TW ngày 10/02/2022 của Bộ Chính trị về phát triển kinh tế - xã hội vùng Trung du và miền núi Bắc bộ đến năm 2030, tầm nhìn đến năm 2045, Ban Thường vụ Huyện ủy yêu cầu:",
      "1. Các cấp ủy, tổ chức đảng quán triệt, triển khai thực hiện nghiêm túc Chỉ thị này.",
      "2. Phấn đấu đến năm 2026, 100% hồ sơ công việc cấp huyện được xử lý trên môi trường mạng.",
    ].join("\n");
    expect(parseHorizon(directive)).toEqual({ date: "2026-12-31", text: "giai đoạn 2024-2026" });
  });

  it("a resolution to 2030: “từ nay đến năm 2030” outweighs a target year", () => {
    const resolution = [
      "NGHỊ QUYẾT",
      "về phát triển nông nghiệp hàng hóa tập trung, ứng dụng công nghệ cao",
      "",
      "I. MỤC TIÊU",
      "Phấn đấu đến năm 2028, giá trị sản phẩm trên 01 ha đất trồng trọt đạt 150 triệu đồng.",
      "II. NHIỆM VỤ, GIẢI PHÁP",
      "Từ nay đến năm 2030, tập trung thực hiện các nhiệm vụ sau, phù hợp với Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050:",
      "1. Đẩy mạnh cơ cấu lại ngành nông nghiệp.",
    ].join("\n");
    expect(parseHorizon(resolution)).toEqual({ date: "2030-12-31", text: "năm 2030" });
  });

  it("a notice that only cites other documents' periods sets none", () => {
    const notice = [
      "THÔNG BÁO KẾT LUẬN",
      "của Thường trực Huyện ủy về công tác sắp xếp đơn vị hành chính cấp xã",
      "",
      "Thực hiện Kết luận số 48-KL/TW ngày 03/01/2023 của Bộ Chính trị về sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023 - 2030, Thường trực Huyện ủy kết luận như sau:",
      "1. Ủy ban nhân dân huyện khẩn trương xây dựng phương án sắp xếp.",
    ].join("\n");
    expect(parseHorizon(notice)).toBeUndefined();
  });
});
