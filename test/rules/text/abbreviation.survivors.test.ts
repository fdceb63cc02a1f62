/**
 * text/abbreviation: cases that pin what the other tests left loose (mutation testing): the long form read with
 * "đ" for "D" and lower-case initials, a long form shorter than its abbreviation at the start of a paragraph, a
 * parenthesis before a "(sau đây viết tắt là ...)", the lines of a recipient list indented or after a blank-looking
 * line, and a typo after a doubled letter.
 */
import { rule as abbreviation } from "../../../src/rules/text/abbreviation";
import type { SpecBlock } from "../../support/docSpec";
import { runRuleTester } from "../../support/ruleTester";
import { P, statePlan, variant } from "../../support/samples";
import { BODY, body, bodies, cell, STATE_BASIS, typo, undefinedMessage, usedBefore } from "./abbreviationCases";

/** A one-column table of one row holding these paragraphs. */
const oneCellTable = (...texts: string[]): SpecBlock => ({
  type: "table",
  columnWidthsMm: [160],
  rows: [[texts.map(cell)]],
});
/** An appendix's own recipient list, in a table cell. */
const RECIPIENTS_IN_A_CELL = oneCellTable("Nơi nhận:", "- Ban QLDA tỉnh;", "- Trung tâm PTQĐ tỉnh.");

runRuleTester(abbreviation, {
  valid: [
    {
      name: "a long form shorter than its abbreviation at the start of a paragraph: Nông thôn mới (XDNTM)",
      doc: body(
        "Nông thôn mới (XDNTM) là nhiệm vụ trọng tâm của cả hệ thống chính trị; năm 2026 phấn đấu hoàn thành các chỉ tiêu XDNTM.",
      ),
    },
    {
      name: "a parenthesis before a “(sau đây viết tắt là ...)” in the same paragraph still spells out",
      doc: body(
        "Kiện toàn Ban Chỉ đạo (BCĐ) về cải cách hành chính (sau đây viết tắt là CCHC); BCĐ chỉ đạo đẩy mạnh CCHC trong toàn tỉnh.",
      ),
    },
  ],
  invalid: [
    {
      name: "a long form read with “đ” for “D” and lower-case initials: Khu đô thị (KDT)",
      doc: bodies([
        "Hoàn thành thủ tục giao đất cho dự án KDT mới Đông Bắc trong quý I/2026.",
        "Lập quy hoạch chi tiết xây dựng Khu đô thị (KDT) mới Đông Bắc, tỷ lệ 1/500.",
      ]),
      findings: [
        {
          message: usedBefore("KDT", "đoạn 11", "Khu đô thị (KDT)"),
          severity: "warning",
          paragraph: P.firstBody,
          basis: STATE_BASIS,
        },
      ],
    },
    {
      name: "“và” left out of the initials: an ninh và trật tự (ANTT)",
      doc: bodies([
        "Công tác bảo đảm ANTT trên địa bàn huyện được giữ vững trong dịp Tết Nguyên đán.",
        "Tăng cường bảo đảm an ninh và trật tự (ANTT) tại các khu công nghiệp, cụm công nghiệp.",
      ]),
      findings: [
        {
          // before: “đảm an ninh và trật tự (ANTT)”, the long form read from the wrong word
          message: usedBefore("ANTT", "đoạn 11", "an ninh và trật tự (ANTT)"),
          severity: "warning",
          paragraph: P.firstBody,
        },
      ],
    },
    {
      name: "a long form whose first initial carries a mark: Ủy ban bầu cử (UBBC)",
      doc: bodies([
        "Các UBBC cấp xã hoàn thành việc lập danh sách cử tri trước ngày 15/02/2026.",
        "Kiện toàn Ủy ban bầu cử (UBBC) tỉnh để chỉ đạo cuộc bầu cử đại biểu HĐND các cấp.",
      ]),
      findings: [
        {
          message: usedBefore("UBBC", "đoạn 11", "Ủy ban bầu cử (UBBC)"),
          severity: "warning",
          paragraph: P.firstBody,
        },
      ],
    },
    {
      name: "a typo swapping a letter after a doubled letter: BHHX for BHXH",
      doc: body("Phối hợp với cơ quan BHHX tỉnh rà soát danh sách người tham gia."),
      findings: [{ message: typo("BHHX", 1, "BHXH"), severity: "warning", paragraph: BODY }],
    },
    {
      name: "an appendix's own recipient list: an indented “-” line and a line of spaces are left out, the next sentence is read",
      doc: variant(statePlan(), (d) => {
        d.blocks.push(
          cell("PHỤ LỤC"),
          cell("Nơi nhận:"),
          cell("\t- Ban QLDA tỉnh;"),
          cell("   "),
          cell("- Trung tâm PTQĐ tỉnh;"),
          cell("Giao Ban QLDA chủ trì, thời gian thực hiện năm 2026 - 2027."),
        );
      }),
      findings: [{ message: undefinedMessage("QLDA", 1), severity: "warning", paragraph: 29 }],
    },
    {
      name: "an appendix's own recipient list in a table cell: its lines are left out, the row under it is read",
      doc: variant(statePlan(), (d) => {
        d.blocks.push(cell("PHỤ LỤC"), {
          type: "table",
          columnWidthsMm: [160],
          rows: [
            [[cell("Nơi nhận:"), cell("- Ban QLDA tỉnh;"), cell("Trung tâm PTQĐ tỉnh.")]],
            [[cell("Giao Ban QLDA chủ trì thực hiện.")]],
          ],
        });
      }),
      findings: [{ message: undefinedMessage("QLDA", 1), severity: "warning", paragraph: 28 }],
    },
    {
      name: "an appendix's own recipient list in a table cell, then another table: the next table is read",
      doc: variant(statePlan(), (d) => {
        d.blocks.push(cell("PHỤ LỤC"), RECIPIENTS_IN_A_CELL, oneCellTable("Giao Ban QLDA chủ trì thực hiện."));
      }),
      findings: [{ message: undefinedMessage("QLDA", 1), severity: "warning", paragraph: 28 }],
    },
    {
      name: "an appendix's own recipient list in a table cell, then a paragraph: the paragraph is read",
      doc: variant(statePlan(), (d) => {
        d.blocks.push(cell("PHỤ LỤC"), RECIPIENTS_IN_A_CELL, cell("Giao Ban QLDA chủ trì thực hiện."));
      }),
      findings: [{ message: undefinedMessage("QLDA", 1), severity: "warning", paragraph: 28 }],
    },
    {
      name: "an appendix's own recipient list in paragraphs, then a table: the table is read",
      doc: variant(statePlan(), (d) => {
        d.blocks.push(
          cell("PHỤ LỤC"),
          cell("Nơi nhận:"),
          cell("- Ban QLDA tỉnh;"),
          cell("- Trung tâm PTQĐ tỉnh."),
          oneCellTable("Giao Ban QLDA chủ trì thực hiện."),
        );
      }),
      findings: [{ message: undefinedMessage("QLDA", 1), severity: "warning", paragraph: 28 }],
    },
  ],
});
