/**
 * Warming the checker up while the drafter has not chosen a file yet: a built-in plan of some 170 paragraphs, as a
 * .docx and as Word's flat OPC, is read and checked ten times after the pane's first paint (one round per task: the
 * first takes some 300 ms, the others 20-50), so that the first real check runs on code the JavaScript engine has
 * already compiled and optimised. A fresh page runs a 100-page check about twice as slowly as the same page warmed
 * up (npm run bench). What the sample holds matters as much as how often it is checked: a part without Word's XML
 * declaration left the XML parser optimised for input it never meets again, and rounds over texts the paragraph
 * memos already held ran no rule at all.
 *
 * Nothing of it is shown or kept: the results are dropped, and the paragraph memos (src/model/memo) are cleared so
 * the sample's paragraphs take no room.
 */
import { zipSync, strToU8 } from "fflate";
import {
  flatOpcPackage,
  MAIN_DOCUMENT_CONTENT_TYPE,
  RELATIONSHIPS_CONTENT_TYPE,
  ROOT_RELATIONSHIPS,
} from "../docx/flat-opc";
import { escXml } from "../docx/package-edit";
import { readDocument } from "../docx/reader";
import { clearParagraphMemos } from "../model/memo";
import { buildCheckView } from "./session";
import { DEFAULT_SETTINGS } from "./settings";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

interface Line {
  text: string;
  bold?: boolean;
  italic?: boolean;
  center?: boolean;
  size?: number;
  indent?: boolean;
}

function para(l: Line): string {
  const rPr =
    `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>` +
    (l.bold === true ? "<w:b/>" : "") +
    (l.italic === true ? "<w:i/>" : "") +
    `<w:sz w:val="${(l.size ?? 14) * 2}"/>`;
  const pPr =
    (l.center === true ? `<w:jc w:val="center"/>` : `<w:jc w:val="both"/>`) +
    (l.indent === true ? `<w:ind w:firstLine="720"/>` : "") +
    `<w:spacing w:before="120" w:after="0" w:line="340" w:lineRule="exact"/>`;
  return `<w:p><w:pPr>${pPr}</w:pPr><w:r><w:rPr>${rPr}</w:rPr><w:t xml:space="preserve">${escXml(l.text)}</w:t></w:r></w:p>`;
}

const cell = (width: number, lines: Line[]): string =>
  `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${lines.map(para).join("")}</w:tc>`;
const table = (cells: string[]): string =>
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tr>${cells.join("")}</w:tr></w:tbl>`;

/** The sample: a district committee's plan implementing the seed conclusion, with the usual parts and a few slips. */
function sampleBody(): string {
  const header = table([
    cell(4000, [
      { text: "HUYỆN ỦY LỤC NAM", bold: true, center: true },
      { text: "*", center: true },
      { text: "Số 45-KH/HU", center: true },
    ]),
    cell(5400, [
      { text: "ĐẢNG CỘNG SẢN VIỆT NAM", bold: true, center: true, size: 15 },
      { text: "Lục Nam, ngày 05 tháng 10 năm 2023", italic: true, center: true },
    ]),
  ]);
  const body: Line[] = [
    { text: "KẾ HOẠCH", bold: true, center: true, size: 16 },
    { text: "thực hiện Kết luận số 125-KL/TU ngày 05/9/2023 của Ban Chấp hành Đảng bộ tỉnh", bold: true, center: true },
    { text: "-----", center: true },
    {
      text: "Thực hiện Kết luận số 125-KL/TU ngày 05/9/2023 của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Huyện ủy (BTVHU) xây dựng kế hoạch thực hiện như sau:",
      indent: true,
    },
    { text: "I. MỤC ĐÍCH, YÊU CẦU", bold: true },
  ];
  const duties = [
    "Tập trung đẩy mạnh giải phóng mặt bằng các dự án trọng điểm, phát triển nông nghiệp hàng hóa gắn với xây dựng nông thôn mới.",
    "Nâng cao chất lượng giáo dục và đào tạo, chăm sóc sức khỏe nhân dân, bảo đảm an sinh xã hội trên địa bàn huyện.",
    "Đẩy mạnh cải cách hành chính, chuyển đổi số, cải thiện môi trường đầu tư kinh doanh, nâng cao chỉ số PCI.",
    "Ủy ban nhân dân (UBND) huyện chủ trì, phối hợp với các cơ quan liên quan tổ chức thực hiện, hoàn thành trong quý IV năm 2023.",
    "Tăng cường công tác kiểm tra, giám sát, thi hành kỷ luật đảng; phòng, chống tham nhũng, lãng phí , tiêu cực.",
  ];
  // every paragraph's text is its own, as in a real plan: a repeated text would be answered by the paragraph memos
  // (src/model/memo) instead of running the rules' code
  const sections = ["II", "III", "IV", "V", "VI", "VII"];
  sections.forEach((roman, s) => {
    body.push({ text: `${roman}. NHIỆM VỤ, GIẢI PHÁP ${s + 1}`, bold: true });
    for (let k = 1; k <= 4; k++) {
      body.push({ text: `${k}. Nhiệm vụ trọng tâm số ${s + 1}.${k}`, bold: true, indent: true });
      duties.forEach((d, i) =>
        body.push({ text: `${"abcde"[i]}) ${d.slice(0, -1)}, phần việc ${s + 1}.${k}.${i + 1}.`, indent: true }),
      );
    }
  });
  body.push({ text: "VIII. TỔ CHỨC THỰC HIỆN", bold: true });
  body.push({
    text: "Văn phòng Huyện ủy theo dõi, đôn đốc, định kỳ báo cáo Ban Thường vụ Huyện ủy và Văn phòng Tỉnh ủy kết quả thực hiện.",
    indent: true,
  });
  const closing = table([
    cell(4500, [
      { text: "Nơi nhận:", bold: true, italic: true, size: 12 },
      { text: "- Thường trực Tỉnh ủy (b/c),", size: 12 },
      { text: "- Văn phòng Tỉnh ủy,", size: 12 },
      { text: "- Lưu Văn phòng Huyện ủy.", size: 12 },
    ]),
    cell(4900, [
      { text: "T/M BAN THƯỜNG VỤ", bold: true, center: true },
      { text: "BÍ THƯ", bold: true, center: true },
      { text: "Nguyễn Văn A", bold: true, center: true },
    ]),
  ]);
  const sectPr =
    `<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/><w:pgSz w:w="11906" w:h="16838"/>` +
    `<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/>` +
    `<w:titlePg/></w:sectPr>`;
  return (
    `<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>` +
    `${header}${body.map(para).join("")}${closing}${sectPr}</w:body></w:document>`
  );
}

/** The parts a Word file has besides its body, so that the reader's style and header paths warm up too. */
const STYLES =
  `<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr>` +
  `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/>` +
  `<w:szCs w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>` +
  `<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
  `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/></w:style></w:styles>`;
/** A page number in the header, as Word writes it: a PAGE field. */
const PAGE_HEADER =
  `<w:hdr xmlns:w="${W}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>` +
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
  `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r>` +
  `<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>`;
const DOCUMENT_RELATIONSHIPS =
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rIdStyles" Type="${R}/styles" Target="styles.xml"/>` +
  `<Relationship Id="rIdHeader" Type="${R}/header" Target="header1.xml"/></Relationships>`;
const XML_DECLARATION = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`;
const WML = "application/vnd.openxmlformats-officedocument.wordprocessingml";
const STYLES_CONTENT_TYPE = `${WML}.styles+xml`;
const HEADER_CONTENT_TYPE = `${WML}.header+xml`;

/** The sample as a .docx: what the browser page reads. */
export function warmupDocx(): Uint8Array {
  const types =
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="${RELATIONSHIPS_CONTENT_TYPE}"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/word/document.xml" ContentType="${MAIN_DOCUMENT_CONTENT_TYPE}"/>` +
    `<Override PartName="/word/styles.xml" ContentType="${STYLES_CONTENT_TYPE}"/>` +
    `<Override PartName="/word/header1.xml" ContentType="${HEADER_CONTENT_TYPE}"/></Types>`;
  // each part as Word writes it: an XML declaration, then a line break
  const part = (xml: string) => strToU8(`${XML_DECLARATION}\r\n${xml}`);
  return zipSync({
    "[Content_Types].xml": part(types),
    "_rels/.rels": part(ROOT_RELATIONSHIPS),
    "word/document.xml": part(sampleBody()),
    "word/_rels/document.xml.rels": part(DOCUMENT_RELATIONSHIPS),
    "word/styles.xml": part(STYLES),
    "word/header1.xml": part(PAGE_HEADER),
  });
}

/** The sample as Word's flat OPC (`body.getOoxml()`): what the task pane reads in Word. */
export function warmupFlatOpc(): string {
  return flatOpcPackage([
    { name: "/_rels/.rels", contentType: RELATIONSHIPS_CONTENT_TYPE, xml: ROOT_RELATIONSHIPS },
    { name: "/word/document.xml", contentType: MAIN_DOCUMENT_CONTENT_TYPE, xml: sampleBody() },
    { name: "/word/_rels/document.xml.rels", contentType: RELATIONSHIPS_CONTENT_TYPE, xml: DOCUMENT_RELATIONSHIPS },
    { name: "/word/styles.xml", contentType: STYLES_CONTENT_TYPE, xml: STYLES },
    { name: "/word/header1.xml", contentType: HEADER_CONTENT_TYPE, xml: PAGE_HEADER },
  ]);
}

/**
 * Reads and checks the sample `rounds` times in the form the host reads (a .docx in the browser, flat OPC in Word),
 * one round per task so that a click of the drafter's waits for one round at most. Resolves with the rounds' times.
 */
export async function warmUpChecker(
  form: "docx" | "flatOpc",
  rounds = 10,
  yieldToPage: () => Promise<void> = () => new Promise((ok) => setTimeout(ok, 0)),
): Promise<number[]> {
  const input = form === "docx" ? warmupDocx() : warmupFlatOpc();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    await yieldToPage();
    // each round runs the rules' code, not the memos' answers of the round before
    clearParagraphMemos();
    const t0 = performance.now();
    buildCheckView(readDocument(input), DEFAULT_SETTINGS);
    times.push(performance.now() - t0);
  }
  clearParagraphMemos();
  return times;
}
