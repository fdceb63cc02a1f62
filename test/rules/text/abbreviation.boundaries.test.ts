/**
 * text/abbreviation at its edges: what counts as an abbreviation (Roman numerals, digits, formulas, words joined by
 * "-"), a paragraph in capitals on both sides of its ratio, runs of capitals, names, symbols, each way of spelling
 * out and what the messages quote of it, definitions that differ, typos, the profiles' lists and recipient lists
 * the structure did not take.
 */
import { rule as abbreviation } from "../../../src/rules/text/abbreviation";
import { findingsOf, runRuleTester } from "../../support/ruleTester";
import { P, partyPlan, setCellText, statePlan, variant } from "../../support/samples";
import { withBody } from "../bodyText";
import { BODY, body, bodies, cell, STATE_BASIS, typo, undefinedMessage, usedBefore } from "./abbreviationCases";

runRuleTester(abbreviation, {
  valid: [
    {
      name: "Roman numerals up to XXXIX, XC and LXX are not abbreviations",
      doc: body("Thực hiện Điều XC, Mục LXX và Chương XXXIX của Quy chế."),
    },
    {
      name: "one capital with a digit, a word starting with a digit, chemical formulas: A2, 2AB, AB2C, N2O, H2O",
      doc: body("Ký hiệu A2, 2AB, AB2C và khí N2O, H2O trong phòng thí nghiệm."),
    },
    {
      name: "words joined by “-” whose parts need no definition or are numbers: HĐND-UBND, UBND-2025",
      doc: body("Văn phòng HĐND-UBND triển khai đề án UBND-2025."),
    },
    {
      name: "a paragraph in capitals with a marked vowel: exactly four capitals to one lower-case letter (Ở, ABC d)",
      doc: body("Ở, ABC d"),
    },
    {
      name: "a heading in capitals followed by a few lower-case words",
      doc: body("KẾT QUẢ THỰC HIỆN CCHC năm 2025"),
    },
    {
      name: "a symbol broken after its hyphen: Kế hoạch số 40/KH- STTTT",
      doc: body("Thực hiện Kế hoạch số 40/KH- STTTT của Sở."),
    },
    {
      name: "names after Nhà hàng, Khách sạn, Hội, Hiệp hội, Câu lạc bộ, Tập đoàn, Ngân hàng",
      doc: body(
        "Nhà hàng XYZ; Khách sạn QWE; Hội ASD; Hiệp hội VASEP; Câu lạc bộ ZXC; Tập đoàn BĐS Liên Minh; Ngân hàng TMCP Á Châu ACB.",
      ),
    },
    {
      name: "two capitals words with a marked vowel, and three joined by full stops, are names: DEF TỈNH, GHK. LMN. PQR",
      doc: bodies(["DEF TỈNH họp.", "GHK. LMN. PQR họp."]),
    },
    {
      name: "a four-word parenthesis spells out; a closing quote before it is a long form",
      doc: bodies([
        "Tổ chức theo mô hình a b c (a b c FGH); FGH tăng.",
        "Giải thưởng “Quốc tế” (QT) năm nay; QT tăng.",
        "Theo tài liệu (Chỉ số PAR Index) năm nay; PAR Index tăng.",
      ]),
    },
    {
      name: "spelled out twice, once in different case: not two different long forms",
      doc: bodies(["Rà soát thủ tục hành chính (TTHC).", "Công khai Thủ tục Hành chính (TTHC) trên Cổng."]),
    },
    {
      name: "spelled out twice, once by words that are not its initials: not two long forms to compare",
      doc: bodies(["Rà soát thủ tục hành chính (TTHC).", "Công khai các quy trình nội bộ (TTHC) trên Cổng."]),
    },
    {
      name: "an abbreviation that needs no definition spelled out twice differently: UBND",
      doc: bodies(["Ủy ban nhân dân (UBND) tỉnh.", "Ủy ban nông dân (UBND) tỉnh."]),
    },
    {
      name: "a foreign trade name's words are not looked at",
      doc: body("Tên giao dịch quốc tế: ABCD"),
    },
    {
      name: "the Party profile: BCS, KL, TU, HU, VPTW need no definition",
      doc: withBody(partyPlan(), "BCS đảng đoàn, KL, TU, HU, VPTW."),
    },
    {
      name: "a recipient list in the body (“Noi nhan”, “- ...”, a blank line, “+ Lưu: ...”) is not checked",
      doc: bodies(["Noi nhan:", "- Sở ABCD;", "", "- Lưu: VT, EFGH.", "+ Lưu: MNOP."]),
    },
    {
      name: "foreign names after “Tên giao dịch:”, “Tên tiếng Anh:”, “Tên quốc tế:”, “Tên tiếng nước ngoài (nếu có):”",
      doc: bodies([
        "Tên giao dịch: ABCD",
        "Tên tiếng Anh: EFGH",
        "Tên quốc tế: IJKL",
        "Tên tiếng nước ngoài (nếu có): MNOP",
      ]),
    },
    {
      name: "an archive line “Lưu: ...” without a dash, alone in the body",
      doc: body("Lưu: VT, QRST."),
    },
    {
      name: "an abbreviation in quotes inside its parenthesis: Ban Chỉ đạo (“BCĐ”)",
      doc: body("Ban Chỉ đạo (“BCĐ”) họp; BCĐ chỉ đạo."),
    },
    {
      name: "spelled out first by words that are not its initials, then by its initials: not two long forms to compare",
      doc: bodies(["Công khai các quy trình nội bộ (TTHC) trên Cổng.", "Rà soát thủ tục hành chính (TTHC); TTHC."]),
    },
    {
      name: "foreign names with double spaces in their labels",
      doc: bodies([
        "Tên  giao  dịch  quốc  tế: ABCD",
        "Tên  tiếng  nước  ngoài  (nếu  có): EFGH",
        "Tên  quốc  tế: IJKL",
        "Tên  tiếng  Anh: MNOP",
      ]),
    },
    {
      name: "names and a recipient label with double spaces",
      doc: bodies([
        "Công  ty  TNHH  ABC; Tập  đoàn  XYZ; Ngân  hàng  QWE; Nhà  hàng  ASD.",
        "Khách  sạn  ZXC; Hiệp  hội  VBN; Câu  lạc  bộ  FGH.",
        "Nơi  nhận:",
        "- Sở JKLM;",
      ]),
    },
    {
      name: "a parenthesis right after the long form, a broken symbol and runs of capitals with double spaces",
      doc: bodies([
        "Kiện toàn Ban Chỉ đạo(BCĐ); BCĐ họp định kỳ.",
        "Thực hiện Kế hoạch số 40/KH-  STTTT.",
        "DEF  TỈNH họp; GHK.  LMN.  PQR họp.",
      ]),
    },
    {
      name: "formulas with two letters after the digit: H2SO4, NH4NO3",
      doc: body("Khí H2SO4, NH4NO3 trong phòng thí nghiệm."),
    },
    {
      name: "formulas of three groups or more: C2H5OH, C6H12O6",
      doc: body("Khí C2H5OH và C6H12O6 trong phòng thí nghiệm."),
    },
    {
      name: "a recipient label after leading spaces, a foreign name with a space before its colon",
      doc: bodies(["  Noi nhan:", "- Sở ABCD;", "Tên tiếng Anh (nếu có) : QRST"]),
    },
    {
      name: "an archive line with a leading space and a space before its colon; a Nôm character next to an abbreviation",
      doc: bodies([" - Lưu : VT, QRST.", "Thủ tục hành chính (TTHC) ghi chữ Nôm 𡨸; TTHC."]),
    },
    {
      name: "the header and the signature are not checked (Ban QLDA in the issuer, QLDB under the signature)",
      doc: variant(statePlan(), (d) => {
        setCellText(d, 0, 0, 1, "Ban QLDA huyện Lục Nam");
        setCellText(d, -1, 1, 2, "Giám đốc QLDB huyện");
      }),
    },
    {
      name: "a recipient list ending the document (no signature table)",
      doc: variant(statePlan(), (d) => {
        d.blocks.pop();
        d.blocks.push(cell("Nơi nhận:"), cell("- Sở ABCD;"));
      }),
    },
    {
      name: "a definition by “(viết tắt là ...)” and one by a parenthesis in the same paragraph",
      doc: bodies([
        "Đẩy mạnh cải cách hành chính (viết tắt là CCHC) và rà soát thủ tục hành chính (TTHC).",
        "TTHC và CCHC.",
      ]),
    },
    {
      name: "a parenthesis with spaces inside and double spaces between its four words still spells out",
      doc: body("Theo tài liệu ( Chỉ  số  PAR  Index ) năm nay; PAR Index tăng."),
    },
    {
      name: "a symbol with a “/” starting the paragraph: QLDA/2025",
      doc: body("QLDA/2025 là mã hồ sơ."),
    },
    {
      name: "a symbol broken after its hyphen near the start of a paragraph: Số 40/KH- STTTT",
      doc: body("Số 40/KH- STTTT ngày 05/9/2023 của Sở Thông tin."),
    },
  ],
  invalid: [
    {
      name: "IIII, CIV and AXI are not Roman numerals",
      doc: body("Ban hành mẫu IIII và CIV; Điều XC của Mục AXI."),
      findings: [
        { message: undefinedMessage("IIII", 1), severity: "warning", paragraph: BODY, basis: STATE_BASIS },
        { message: undefinedMessage("CIV", 1), paragraph: BODY },
        { message: undefinedMessage("AXI", 1), paragraph: BODY },
      ],
    },
    {
      name: "two capitals and a digit (AB2) is an abbreviation, no formula",
      doc: body("Mã AB2 và khí N2O, CO2."),
      findings: [{ message: undefinedMessage("AB2", 1), paragraph: BODY }],
    },
    {
      name: "words joined by “-” with a part that needs a definition",
      doc: body("Phát triển ABC-XYZ, UBND-ABC, HĐND-UBND, ABC-19."),
      findings: [
        { message: undefinedMessage("ABC-XYZ", 1) },
        { message: undefinedMessage("UBND-ABC", 1) },
        { message: undefinedMessage("ABC-19", 1) },
      ],
    },
    {
      name: "a marked vowel and four capitals to two lower-case letters is no heading (Ở, ABC de)",
      doc: body("Ở, ABC de"),
      findings: [{ message: undefinedMessage("ABC", 1), paragraph: BODY }],
    },
    {
      name: "a number, a spaced hyphen and a word is no symbol: Kế hoạch số 40 - STTTT",
      doc: body("Thực hiện Kế hoạch số 40 - STTTT của Sở."),
      findings: [{ message: undefinedMessage("STTTT", 1), paragraph: BODY }],
    },
    {
      name: "a company name with lower-case words before the abbreviation",
      doc: body("Hợp đồng với Công ty cổ phần ABC."),
      findings: [{ message: undefinedMessage("ABC", 1), paragraph: BODY }],
    },
    {
      name: "a capitals word before a lower-case word, and three separated by commas",
      doc: bodies(["ABC tỉnh họp.", "DEF TỈNH họp.", "GHK. LMN. PQR họp.", "STU, VWX, YZQ họp."]),
      findings: [
        { message: undefinedMessage("ABC", 1), paragraph: P.firstBody },
        { message: undefinedMessage("STU", 1), paragraph: P.firstBody + 3 },
        { message: undefinedMessage("VWX", 1), paragraph: P.firstBody + 3 },
        { message: undefinedMessage("YZQ", 1), paragraph: P.firstBody + 3 },
      ],
    },
    {
      name: "a quoted single word and a quoted Vietnamese phrase are read",
      doc: body("Theo “ICT” và “Tỉnh đạt chuẩn ICT”, “Vietnam ICT Index”."),
      findings: [{ message: undefinedMessage("ICT", 2), paragraph: BODY }],
    },
    {
      name: "a parenthesis at the start of a paragraph or after a comma spells nothing out",
      doc: bodies(["(ABC) là tổ chức.", "Đơn vị thực hiện, (DEF) chủ trì."]),
      findings: [
        { message: undefinedMessage("ABC", 1), paragraph: P.firstBody },
        { message: undefinedMessage("DEF", 1), paragraph: P.firstBody + 1 },
      ],
    },
    {
      name: "a parenthesis of five words, or of more than 60 characters, spells nothing out",
      doc: bodies([
        "Tổ chức theo a b c d e (a b c d FGH).",
        "Chương trình (Đây là một cụm từ rất dài để vượt quá giới hạn sáu mươi ký tự XYZ) xong.",
      ]),
      findings: [
        { message: undefinedMessage("FGH", 1), paragraph: P.firstBody },
        { message: undefinedMessage("XYZ", 1), paragraph: P.firstBody + 1 },
      ],
    },
    {
      name: "a name given as “Tên gọi:” is not a foreign name",
      doc: body("Tên gọi: ABCD"),
      findings: [{ message: undefinedMessage("ABCD", 1), paragraph: BODY }],
    },
    {
      name: "the State profile: BCS, KL, TU, HU, VPTW (the Party's lists) need a definition",
      doc: body("BCS đảng đoàn, KL, TU, HU, VPTW."),
      findings: [
        { message: undefinedMessage("BCS", 1), basis: STATE_BASIS },
        { message: undefinedMessage("KL", 1) },
        { message: undefinedMessage("TU", 1) },
        { message: undefinedMessage("HU", 1) },
        { message: undefinedMessage("VPTW", 1) },
      ],
    },
    {
      name: "uses are counted over paragraphs, the first one reported",
      doc: bodies(["HĐQT họp; HĐQT họp.", "Xem thêm HĐQT."]),
      findings: [{ message: undefinedMessage("HĐQT", 3), severity: "warning", paragraph: P.firstBody }],
    },
    {
      name: "a long form followed by one more word: the message quotes the long form",
      doc: bodies(["BCĐ họp định kỳ.", "Kiện toàn Ban Chỉ đạo tỉnh (BCĐ) năm 2025."]),
      findings: [
        { message: usedBefore("BCĐ", "đoạn 11", "Ban Chỉ đạo (BCĐ)"), severity: "warning", paragraph: P.firstBody },
      ],
    },
    {
      name: "spelled out by “(sau đây viết tắt là ...)” after its first use",
      doc: bodies(["PCMT là trọng tâm.", "Công tác phòng, chống ma túy (sau đây viết tắt là PCMT) được tăng cường."]),
      findings: [
        {
          message: usedBefore("PCMT", "đoạn 11", "phòng, chống ma túy (sau đây viết tắt là PCMT)"),
          paragraph: P.firstBody,
        },
      ],
    },
    {
      name: "spelled out by “(viết tắt là ...)” after its first use",
      doc: bodies(["CCHC là trọng tâm.", "Đẩy mạnh cải cách hành chính (viết tắt là CCHC)."]),
      findings: [
        { message: usedBefore("CCHC", "đoạn 11", "cải cách hành chính (viết tắt là CCHC)"), paragraph: P.firstBody },
      ],
    },
    {
      name: "spelled out by words that are not its initials: the message quotes the five words before",
      doc: bodies(["XYZ là trọng tâm.", "Tỉnh đã tham gia và đạt giải thưởng quốc gia về chất lượng (XYZ) năm nay."]),
      findings: [
        { message: usedBefore("XYZ", "đoạn 11", "thưởng quốc gia về chất lượng (XYZ)"), paragraph: P.firstBody },
      ],
    },
    {
      name: "a long form with “và” for “&”",
      doc: bodies(["AT&VS là trọng tâm.", "Bảo đảm an toàn và vệ sinh (AT&VS) lao động."]),
      findings: [{ message: usedBefore("AT&VS", "đoạn 11", "an toàn và vệ sinh (AT&VS)"), paragraph: P.firstBody }],
    },
    {
      name: "an association's short name given after its first use: “Tên viết tắt: ...”",
      doc: bodies(["LDGA hoạt động theo Điều lệ.", "3. Tên viết tắt: LDGA."]),
      findings: [{ message: usedBefore("LDGA", "đoạn 11", "viết tắt: LDGA"), paragraph: P.firstBody }],
    },
    {
      name: "an association's foreign short name given after its first use",
      doc: bodies(["RASAB hoạt động.", "Tên viết tắt tiếng nước ngoài (nếu có): RASAB."]),
      findings: [
        {
          message: usedBefore("RASAB", "đoạn 11", "viết tắt tiếng nước ngoài (nếu có): RASAB"),
          paragraph: P.firstBody,
        },
      ],
    },
    {
      name: "“Viêt tắt là:” (a missing tone mark) still names the short name",
      doc: bodies(["LADOSA hoạt động.", "Hội có tên Viêt tắt là: LADOSA."]),
      findings: [{ message: usedBefore("LADOSA", "đoạn 11", "Viêt tắt là: LADOSA"), paragraph: P.firstBody }],
    },
    {
      name: "spelled out three times differently: reported once, at the second",
      doc: bodies([
        "Rà soát thủ tục hành chính (TTHC).",
        "Công khai thông tin hành chính (TTHC).",
        "Công khai tài trợ hành chính (TTHC).",
      ]),
      findings: [
        {
          message:
            "Chữ viết tắt “TTHC” được giải thích hai lần khác nhau: “thủ tục hành chính” (đoạn 10) và “thông tin hành chính”",
          severity: "warning",
          paragraph: P.firstBody + 1,
          basis: STATE_BASIS,
        },
      ],
    },
    {
      name: "a two-letter abbreviation is never taken for a typo (PI, though IP needs no definition)",
      doc: body("Dùng PI và TBS, BUND."),
      findings: [
        { message: undefinedMessage("PI", 1), paragraph: BODY },
        { message: typo("TBS", 1, "BTS"), severity: "warning", paragraph: BODY },
        { message: typo("BUND", 1, "UBND"), paragraph: BODY },
      ],
    },
    {
      name: "a typo used twice: the count",
      doc: body("UBDN tỉnh; UBDN huyện."),
      findings: [{ message: typo("UBDN", 2, "UBND"), paragraph: BODY, basis: STATE_BASIS }],
    },
    {
      name: "after a recipient list in the body, a line that is not a “-” line is checked again",
      doc: bodies(["Noi nhan:", "- Sở ABCD;", "Giao IJKL chủ trì.", "+ Lưu: MNOP."]),
      findings: [{ message: undefinedMessage("IJKL", 1), paragraph: P.firstBody + 2 }],
    },
    {
      name: "spelled out by “(viết tắt: ...)” after its first use: the message quotes the words before",
      doc: bodies(["XYZ là trọng tâm.", "Đẩy mạnh xây dựng yêu cầu (viết tắt: XYZ)."]),
      findings: [
        { message: usedBefore("XYZ", "đoạn 11", "Đẩy mạnh xây dựng yêu cầu (viết tắt: XYZ)"), paragraph: P.firstBody },
      ],
    },
    {
      name: "“nơi nhận” inside a sentence, and “Lưu:” after other words, do not make a recipient list",
      doc: bodies(["Gửi ABCD đến nơi nhận hồ sơ.", "Lưu: VT, QRST.", "Sở EFGH chủ trì; Lưu: hồ sơ tại Văn phòng."]),
      findings: [
        { message: undefinedMessage("ABCD", 1), paragraph: P.firstBody },
        { message: undefinedMessage("EFGH", 1), paragraph: P.firstBody + 2 },
      ],
    },
    {
      name: "of two capitals words in a row the second is not looked at; three split by dashes are three",
      doc: bodies(["Tham gia khảo sát ABC XYZ hằng năm.", "Các đơn vị ABC – DEF – GHI họp."]),
      findings: [
        { message: undefinedMessage("ABC", 2), paragraph: P.firstBody },
        { message: undefinedMessage("DEF", 1), paragraph: P.firstBody + 1 },
        { message: undefinedMessage("GHI", 1), paragraph: P.firstBody + 1 },
      ],
    },
    {
      name: "a symbol broken after its hyphen covers only the word right after it",
      doc: body("Thực hiện Kế hoạch số 40/KH- STTTT của ABCD."),
      findings: [{ message: undefinedMessage("ABCD", 1), paragraph: BODY }],
    },
    {
      name: "a paragraph holding only the abbreviation",
      doc: body("PCMT"),
      findings: [{ message: undefinedMessage("PCMT", 1), paragraph: BODY }],
    },
    {
      name: "a part of letters and digits is not a number: UBND-A1, UBND-2025A",
      doc: body("Mẫu UBND-A1 và UBND-2025A."),
      findings: [
        { message: undefinedMessage("UBND-A1", 1), paragraph: BODY },
        { message: undefinedMessage("UBND-2025A", 1), paragraph: BODY },
      ],
    },
    {
      name: "a recipient list in a table cell of the body: only its own cell is left out",
      doc: variant(statePlan(), (d) => {
        d.blocks[6] = {
          type: "table",
          columnWidthsMm: [80, 80],
          rows: [
            [[cell("Nơi nhận:"), cell("- Sở ABCD;"), cell("Ban EFGH.")], [cell("Sở IJKL chủ trì")]],
            [[cell("Sở MNOP phối hợp")], [cell("Ghi chú")]],
          ],
        };
        d.blocks.splice(7, 0, { type: "table", columnWidthsMm: [160], rows: [[[cell("Sở QRST thực hiện")]]] });
      }),
      findings: [
        { message: undefinedMessage("IJKL", 1), paragraph: 15 },
        { message: undefinedMessage("MNOP", 1), paragraph: 16 },
        { message: undefinedMessage("QRST", 1), paragraph: 18 },
      ],
    },
    {
      name: "“( viết tắt là ...)” with a space inside, and “(sau  đây  được  gọi  tắt  là ...)” with double spaces",
      doc: bodies([
        "CCHC là trọng tâm.",
        "Đẩy mạnh cải cách hành chính ( viết tắt là CCHC).",
        "TTHC là trọng tâm.",
        "Rà soát thủ tục hành chính (sau  đây  được  gọi  tắt  là  TTHC).",
      ]),
      findings: [
        { message: usedBefore("CCHC", "đoạn 11", "cải cách hành chính ( viết tắt là CCHC)"), paragraph: P.firstBody },
        {
          message: usedBefore("TTHC", "đoạn 13", "thủ tục hành chính (sau đây được gọi tắt là TTHC)"),
          paragraph: P.firstBody + 2,
        },
      ],
    },
    {
      name: "a foreign short name given with double spaces, and “(gọi tắt:XYZ)” without a space",
      doc: bodies([
        "RASAB hoạt động.",
        "Tên viết  tắt  tiếng  nước  ngoài  (nếu  có):  RASAB.",
        "XYZ là trọng tâm.",
        "Đẩy mạnh xây dựng yêu cầu (gọi tắt:XYZ).",
      ]),
      findings: [
        {
          message: usedBefore("RASAB", "đoạn 11", "viết tắt tiếng nước ngoài (nếu có): RASAB"),
          paragraph: P.firstBody,
        },
        {
          message: usedBefore("XYZ", "đoạn 13", "Đẩy mạnh xây dựng yêu cầu (gọi tắt:XYZ)"),
          paragraph: P.firstBody + 2,
        },
      ],
    },
    {
      name: "the words quoted before a parenthesis that is not its initials, with double spaces between them",
      doc: bodies(["XYZ là trọng tâm.", "Tỉnh đã tham gia và đạt giải thưởng  quốc gia về chất lượng (XYZ) năm nay."]),
      findings: [
        { message: usedBefore("XYZ", "đoạn 11", "thưởng quốc gia về chất lượng (XYZ)"), paragraph: P.firstBody },
      ],
    },
    {
      name: "a short name with a parenthesis after it: both spelled out by the name line",
      doc: bodies(["XYZW hoạt động.", "Tên viết tắt: ABCD (XYZW)."]),
      findings: [{ message: usedBefore("XYZW", "đoạn 11", "viết tắt: ABCD (XYZW)"), paragraph: P.firstBody }],
    },
    {
      name: "“Viết tắt:LDGA” without a space",
      doc: bodies(["LDGA hoạt động.", "Viết tắt:LDGA."]),
      findings: [{ message: usedBefore("LDGA", "đoạn 11", "Viết tắt:LDGA"), paragraph: P.firstBody }],
    },
    {
      name: "a company name ends at its comma: the next organ's abbreviation is looked at",
      doc: body("Hợp đồng với Công ty ABC, Sở XYZ chủ trì."),
      findings: [{ message: undefinedMessage("XYZ", 1), paragraph: BODY }],
    },
    {
      name: "an abbreviation with D for the Đ of its long form: the long form is still recognised",
      doc: bodies(["BCD họp.", "Kiện toàn Ban Chỉ đạo (BCD) tỉnh."]),
      findings: [{ message: usedBefore("BCD", "đoạn 11", "Ban Chỉ đạo (BCD)"), paragraph: P.firstBody }],
    },
    {
      name: "a two-letter abbreviation's long form",
      doc: bodies(["QT tăng.", "Giải thưởng quốc tế (QT) năm nay."]),
      findings: [{ message: usedBefore("QT", "đoạn 11", "quốc tế (QT)"), paragraph: P.firstBody }],
    },
    {
      name: "a long form near the start of a long paragraph",
      doc: bodies([
        "BCĐ họp.",
        "Thành lập Ban Chỉ đạo (BCĐ) do Chủ tịch Ủy ban nhân dân tỉnh làm Trưởng ban, các Phó Chủ tịch làm Phó Trưởng ban và thủ trưởng các sở, ban, ngành làm thành viên.",
      ]),
      findings: [{ message: usedBefore("BCĐ", "đoạn 11", "Ban Chỉ đạo (BCĐ)"), paragraph: P.firstBody }],
    },
    {
      name: "a long form shorter than its abbreviation at the start of a paragraph: the words before are quoted",
      doc: bodies(["XCT là trọng tâm.", "Công tác (XCT) được đẩy mạnh."]),
      findings: [{ message: usedBefore("XCT", "đoạn 11", "Công tác (XCT)"), paragraph: P.firstBody }],
    },
    {
      name: "a long form starting the paragraph, followed by one more word",
      doc: bodies(["BCĐ họp.", "Ban Chỉ đạo tỉnh (BCĐ) họp."]),
      findings: [{ message: usedBefore("BCĐ", "đoạn 11", "Ban Chỉ đạo (BCĐ)"), paragraph: P.firstBody }],
    },
    {
      name: "a long form of more than five words with “và” for “&”",
      doc: bodies(["AT-VS&MT là trọng tâm.", "Bảo đảm an toàn, vệ sinh và môi trường (AT-VS&MT) lao động."]),
      findings: [
        {
          message: usedBefore("AT-VS&MT", "đoạn 11", "an toàn, vệ sinh và môi trường (AT-VS&MT)"),
          paragraph: P.firstBody,
        },
      ],
    },
    {
      name: "initials that match only in part: the words before are quoted, not the part",
      doc: bodies(["XCL tăng.", "Tỉnh đạt giải thưởng về chất lượng (XCL) năm nay."]),
      findings: [
        { message: usedBefore("XCL", "đoạn 11", "đạt giải thưởng về chất lượng (XCL)"), paragraph: P.firstBody },
      ],
    },
    {
      name: "two long forms compared with their spaces tidied",
      doc: bodies(["Rà soát thủ  tục hành chính (TTHC).", "Công khai thông tin hành chính (TTHC)."]),
      findings: [
        {
          message:
            "Chữ viết tắt “TTHC” được giải thích hai lần khác nhau: “thủ tục hành chính” (đoạn 10) và “thông tin hành chính”",
          paragraph: P.firstBody + 1,
        },
      ],
    },
    {
      name: "an archive line is left out, but the “-” lines after it are read",
      doc: bodies(["Lưu: VT, QRST.", "- Sở ABCD chủ trì;"]),
      findings: [{ message: undefinedMessage("ABCD", 1), paragraph: P.firstBody + 1 }],
    },
    {
      name: "an appendix's own recipient list after the signature: its “-” lines and blank lines are left out",
      doc: variant(statePlan(), (d) => {
        d.blocks.push(
          cell("PHỤ LỤC"),
          cell("Nơi nhận:"),
          cell("- Sở ABCD;"),
          cell(""),
          cell("- Sở EFGH;"),
          cell("Giao IJKL chủ trì."),
        );
      }),
      findings: [{ message: undefinedMessage("IJKL", 1), paragraph: 29 }],
    },
    {
      name: "a parenthesis glued to a long form that is not its initials",
      doc: bodies(["XCT là trọng tâm.", "Công tác(XCT) được đẩy mạnh."]),
      findings: [{ message: usedBefore("XCT", "đoạn 11", "Công tác (XCT)"), paragraph: P.firstBody }],
    },
    {
      name: "a single quoted word with spaces inside the quotes is read",
      doc: body("Theo “ ABCD ” của tỉnh."),
      findings: [{ message: undefinedMessage("ABCD", 1), paragraph: BODY }],
    },
    {
      name: "a “/” earlier in the sentence, then words and a spaced dash, is no broken symbol",
      doc: body("Tổ 3/khu phố, thôn - ABCD tham gia."),
      findings: [{ message: undefinedMessage("ABCD", 1), paragraph: BODY }],
    },
    {
      name: "a typo swapping a letter with the one after a doubled letter: MTQT for MTTQ",
      doc: body("Phối hợp với Ủy ban MTQT tỉnh."),
      findings: [{ message: typo("MTQT", 1, "MTTQ"), severity: "warning", paragraph: BODY }],
    },
    {
      name: "an abbreviation after a “(viết tắt là ...)” in the same paragraph is still looked at",
      doc: body("Đẩy mạnh cải cách hành chính (viết tắt là CCHC), tuyên truyền PCMT."),
      findings: [{ message: undefinedMessage("PCMT", 1), paragraph: BODY }],
    },
  ],
});

describe("text/abbreviation excerpts", () => {
  it("shows 40 characters before the first use and the text after it, cut at 80", () => {
    const found = findingsOf(
      abbreviation,
      body(
        "Trong năm qua, các cơ quan, đơn vị trên địa bàn tỉnh đã triển khai PCMT về Văn phòng Ủy ban nhân dân tỉnh để tổng hợp, báo cáo cấp trên theo quy định.",
      ),
    );
    expect(found.map((f) => f.excerpt)).toEqual([
      "đơn vị trên địa bàn tỉnh đã triển khai PCMT về Văn phòng Ủy ban nhân dân tỉnh đ…",
    ]);
  });

  it("shows 60 characters before the second definition and 20 after it, cut at 80", () => {
    const found = findingsOf(
      abbreviation,
      bodies([
        "Rà soát thủ tục hành chính (TTHC).",
        "Trong năm, Ủy ban nhân dân tỉnh đã chỉ đạo các sở, ban, ngành công khai thông tin hành chính (TTHC) trên Cổng thông tin điện tử của tỉnh.",
      ]),
    );
    expect(found.map((f) => f.excerpt)).toEqual([
      "chỉ đạo các sở, ban, ngành công khai thông tin hành chính (TTHC) trên Cổng thôn…",
    ]);
  });
});

describe("text/abbreviation on a very long paragraph of capitals: read once, not once per capital", () => {
  // the quick test for two words in capitals in a row once read from each capital to the end of its word: a
  // paragraph of 200,000 capitals took minutes
  it.each([
    ["one word of 200,000 capitals", "A".repeat(200_000), 1],
    ["100,000 capitals and digits in turn (a chemical formula, for the rule)", "A1".repeat(100_000), 0],
    ["40,000 words “Ab”, each a capital and a lower-case letter", "Ab ".repeat(40_000), 0],
  ])("%s", (_name, text, expected) => {
    const found = findingsOf(abbreviation, body(`Trong năm ${text}.`));
    expect(found.map((f) => f.rule)).toEqual(Array.from({ length: expected }, () => "text/abbreviation"));
  });
});
