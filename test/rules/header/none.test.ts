/**
 * header/none: a document with neither title is told once that only the general rules ran; a file that holds only an
 * attachment is told that the main document's parts are not looked for. (Which rules run then: test/check/scope.)
 */
import { rule as headerNone } from "../../../src/rules/header/none";
import type { SpecParagraph } from "../../support/docSpec";
import { runRuleTester } from "../../support/ruleTester";
import { partyPlan, setCellText, stateReport, variant } from "../../support/samples";

const centred = (text: string, extra: Partial<SpecParagraph> = {}): SpecParagraph => ({
  type: "paragraph",
  text,
  align: "center",
  bold: true,
  ...extra,
});

/** A phiếu trình: the State report's layout with its header table replaced by the form's own title. */
const routingForm = () =>
  variant(stateReport(), (d) => {
    d.blocks[0] = centred("PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC");
  });

/** A PHỤ LỤC kept in its own file: the issuer and the titles, no number, no type name, then the appendix. */
const appendixAlone = () =>
  variant(stateReport(), (d) => {
    setCellText(d, 0, 0, 3, "");
    d.blocks = [
      d.blocks[0]!,
      centred("PHỤ LỤC"),
      centred("DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2026"),
      centred("(Kèm theo Kế hoạch số 09/KH-KTHT ngày 20 tháng 12 năm 2023 của Phòng Kinh tế và Hạ tầng)", {
        bold: false,
        italic: true,
      }),
      { type: "paragraph", text: "1. Rà soát, đơn giản hóa thủ tục hành chính.", align: "justify", firstLineMm: 12.7 },
    ];
  });

runRuleTester(headerNone, {
  valid: [
    { name: "a Party plan has its title", doc: partyPlan() },
    { name: "a State report has the national title", doc: stateReport() },
    {
      name: "a decision followed by its ĐIỀU LỆ is a main document with an attachment, not an attachment alone",
      doc: variant(stateReport(), (d) => {
        d.blocks.push(
          centred("ĐIỀU LỆ"),
          centred("Hội Cựu giáo chức tỉnh"),
          centred("(Kèm theo Quyết định số 12/QĐ-UBND ngày 05 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh)", {
            bold: false,
            italic: true,
          }),
        );
      }),
    },
    {
      name: "a form with neither title, when the user chooses the State profile",
      doc: routingForm(),
      profile: "state",
    },
  ],
  invalid: [
    {
      name: "a phiếu trình with neither title: said once, as an info, for the whole document",
      doc: routingForm(),
      findings: [
        {
          message:
            "Không thấy quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” hay tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM” ở phần đầu: văn bản không được trình bày theo thể thức văn bản hành chính hay văn bản của Đảng (phiếu trình, biểu mẫu, phụ lục tách riêng...), nên chỉ kiểm tra khổ giấy, lề, phông chữ và câu chữ. Nếu đây là văn bản chính thức, hãy chọn hồ sơ (--profile party|state)",
          severity: "info",
          paragraph: null,
          basis: "Phạm vi áp dụng thể thức",
        },
      ],
    },
    {
      name: "a PHỤ LỤC in its own file: said at its title, as an info",
      doc: appendixAlone(),
      findings: [
        {
          message:
            "Tệp chỉ gồm phụ lục hoặc văn bản kèm theo (“PHỤ LỤC”): không kiểm tra số, ký hiệu, trích yếu, chữ ký và nơi nhận như một văn bản chính",
          severity: "info",
          paragraph: 7,
          basis: /^NĐ 30\/2020\/NĐ-CP, Phụ lục I, Phần I, mục IV/,
        },
      ],
    },
  ],
});
