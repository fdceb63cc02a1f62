/**
 * text/typing, the words: Telex and VNI read key by key, the guards that keep codes, names and English words out,
 * stray keys, legacy encodings. Each exemption is met by a near miss that is reported.
 */
import { readDocument } from "../../../src/docx/reader";
import { checkDocument } from "../../../src/check";
import { rule as typing } from "../../../src/rules/text/typing";
import { buildDocxFromSpec } from "../../support/buildDocx";
import type { DocSpec } from "../../support/docSpec";
import { briefFinding as brief, runRuleTester } from "../../support/ruleTester";
import { blockPara, P, stateReport, variant } from "../../support/samples";
import { stateReportBody, withBody } from "../bodyText";

const TYPING = "Kỹ thuật soạn thảo: văn bản phải chính xác về chính tả, không còn ký tự gõ sót của bộ gõ (Telex, VNI)";
const ENCODING = "NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.4 (phông chữ): bộ mã ký tự Unicode theo TCVN 6909:2001";
const telex = (word: string, guess: string, more = "") =>
  `“${word}” là chữ gõ kiểu Telex chưa được bộ gõ chuyển (có lẽ là “${guess}”)${more}`;
const vni = (word: string, guess: string) =>
  `“${word}” là chữ gõ kiểu VNI chưa được bộ gõ chuyển (có lẽ là “${guess}”)`;
const legacy = (word: string, more = "") =>
  `“${word}” là chữ mã cũ (TCVN3/VNI) hiện sai trên phông Unicode${more}; chuyển mã đoạn này sang Unicode (bộ chuyển mã của Unikey, EVKey)`;

const body = stateReportBody;

/** The second body paragraph written in runs of the given fonts. */
function inFonts(...runs: [string, string][]): DocSpec {
  return variant(stateReport(), (d) => {
    const p = blockPara(d, 5);
    delete p.text;
    p.runs = runs.map(([text, font]) => ({ text, font }));
  });
}

const typingFindings = (doc: DocSpec) =>
  checkDocument(readDocument(buildDocxFromSpec(doc)), { rules: [typing.meta.id] }).findings.map(brief);

runRuleTester(typing, {
  valid: [
    { name: "a two-letter word is never read as Telex (“ow”)", doc: withBody(stateReport(), "Chăm lo ow nhà.") },
    {
      name: "a tone key alone next to a word that is no Vietnamese (“phast hello”)",
      doc: withBody(stateReport(), "Thúc đẩy phast hello."),
    },
    {
      name: "a neighbour three characters away still counts (“phast – hello”)",
      doc: withBody(stateReport(), "Thúc đẩy phast – hello."),
    },
    {
      name: "a number next to a tone-key word is no Vietnamese neighbour (“phast 2025”)",
      doc: withBody(stateReport(), "Phát triển phast 2025."),
    },
    {
      name: "a tone key alone among unmarked words only (“phast trien”)",
      doc: withBody(stateReport(), "phast trien"),
    },
    {
      name: "a capitalised word with a tone key and no vowel key is a name (“Phast”)",
      doc: withBody(stateReport(), "Phast triển"),
    },
    {
      name: "a capitalised word with a vowel key and no tone key is a name (“Vieet”)",
      doc: withBody(stateReport(), "Vieet Nam"),
    },
    {
      name: "a capitalised word whose tone key is cleared by z is a name (“Vieetz”)",
      doc: withBody(stateReport(), "Vieetz Nam"),
    },
    { name: "a word in capitals is no Telex (“VIEEJT”)", doc: withBody(stateReport(), "VIEEJT Nam") },
    { name: "two tone keys in an unmarked word (“vieejtj”)", doc: withBody(stateReport(), "Chăm lo vieejtj nam.") },
    {
      name: "no syllable: “iê” without a final, a stop final with the grave (“tieef”, “vieetf”, “sachf”)",
      doc: body("Chăm lo tieef bạc.", "Chăm lo vieetf nam.", "Chăm lo sachf sẽ."),
    },
    {
      name: "no syllable: “ă”, “â”, “oă” without a final (“baw”, “baa”, “hoaw”)",
      doc: body("Chăm lo baw nhà.", "Chăm lo baa nhà.", "Chăm lo hoaw nhà."),
    },
    {
      name: "no syllable: “uâ”, “yê”, “uô”, “ươ”, “uyê” without a final (“huaa”, “yee”, “tuoo”, “tuow”, “khuyee”)",
      doc: body(
        "Chăm lo huaa nhà.",
        "Chăm lo yee nhà.",
        "Chăm lo tuoo nhà.",
        "Chăm lo tuow nhà.",
        "Chăm lo khuyee nhà.",
      ),
    },
    {
      name: "w after an e hooks nothing; a doubled consonant; two tone keys, the second z; a vowel after the tone key",
      doc: body("Chăm lo tenw nhà.", "Làm nhuwngg chưa xong.", "Chăm lo vieejtz nam.", "Ghế sofa mới."),
    },
    {
      name: "a valid syllable with a doubled vowel is no Telex (“xoong”)",
      doc: withBody(stateReport(), "Mua xoong nồi."),
    },
    {
      name: "VNI: a single letter before a digit reads as a code (“d9uo7c5”); a reading that is no syllable (“ca81”)",
      doc: body("Đã d9uo7c5 giao.", "Xây ca81 nam."),
    },
    {
      name: "an English word from the list between Vietnamese words (“box”)",
      doc: withBody(stateReport(), "Mua box đựng hồ sơ."),
    },
    {
      name: "a tone key alone between unmarked Vietnamese words (“cho phast trong”)",
      doc: withBody(stateReport(), "Cho phast trong nam."),
    },
    {
      name: "a word before a full stop followed by more letters is a code (“dduwowcj.vn”)",
      doc: withBody(stateReport(), "Xem tại dduwowcj.vn ngay."),
    },
    {
      name: "a word glued to a slash is a code (“dduwowcj/”)",
      doc: withBody(stateReport(), "Giao dduwowcj/ việc."),
    },
    {
      name: "VNI: a tone digit before any vowel (“th1an”)",
      doc: withBody(stateReport(), "Đã th1an với."),
    },
    {
      name: "VNI: three digits in a row, or a 0, make a code (“vie6t555”, “vie6t0”)",
      doc: body("Xây vie6t555 nam.", "Xây vie6t0 nam."),
    },
    {
      name: "VNI: a vowel digit with no letter to change (“vi6t5”, “ba7n5”, “vo8n1”, “ta9n1”)",
      doc: body("Xây vi6t5 nam.", "Xây ba7n5 nam.", "Xây vo8n1 nam.", "Xây ta9n1 nam."),
    },
    {
      name: "VNI: one digit at the end, or a single letter before digits (“ca2”, “mp3”, “h5n1”)",
      doc: withBody(stateReport(), "Đã ca2 và mp3 và h5n1 và k12 nói."),
    },
    {
      name: "a stray key at the start or the end of a word is no stray (“`của”, “của`”)",
      doc: withBody(stateReport(), "Dấu `của và của` đây."),
    },
    {
      name: "Latin-1 signs used rightly: §, «…», 5µmol, 30°C",
      doc: withBody(stateReport(), "Theo § 3 và «Tiếng Việt» và 5µmol và 30°C."),
    },
    {
      name: "units with Latin-1 signs and no number before them: °C, °F, m², km³, µg, µl, «»",
      doc: withBody(stateReport(), "Đơn vị °C, °F, m², km³, µg, µl và «»."),
    },
    {
      name: "a word three characters after a word that is no Vietnamese (“hello – phast”)",
      doc: withBody(stateReport(), "Thúc đẩy hello – phast triển."),
    },
    {
      name: "a word glued after a slash is a code (“/dduwowcj”)",
      doc: withBody(stateReport(), "Giao /dduwowcj việc."),
    },
    {
      name: "double guillemets around Vietnamese words are quotation marks (“««Tiếng Việt»»”)",
      doc: withBody(stateReport(), "Trích ««Tiếng Việt»» xong."),
    },
    {
      name: "TCVN3 text in a paragraph partly set in a legacy font shows right",
      doc: inFonts(["ViÖt Nam ", ".VnTime"], ["2025", "Times New Roman"]),
    },
    {
      name: "TCVN3 text in a legacy font (.VnTime) shows right",
      doc: inFonts(["Ng\u00adêi d©n ViÖt Nam", ".VnTime"]),
    },
  ],
  invalid: [
    {
      name: "a VNI tone digit typed after a vowel the input method did convert (“đươ5c”)",
      doc: withBody(stateReport(), "Kết quả đươ5c ghi nhận trong báo cáo."),
      findings: [{ message: vni("đươ5c", "được"), severity: "warning", paragraph: P.firstBody + 1, basis: TYPING }],
    },
    {
      name: "the last word of a sentence, before its full stop, is read (“hoàn thành dduwowcj.”)",
      doc: withBody(stateReport(), "Các nhiệm vụ được giao phải hoàn thành dduwowcj."),
      findings: [{ message: telex("dduwowcj", "được"), severity: "warning", paragraph: P.firstBody + 1 }],
    },
    {
      name: "a three-letter word is read (“dow”)",
      doc: withBody(stateReport(), "Chăm lo dow nhà."),
      findings: [{ message: telex("dow", "dơ"), severity: "warning", paragraph: P.firstBody + 1, basis: TYPING }],
    },
    {
      name: "Telex keys one by one: dd, aa, w alone, a tone key after the onset, w after a",
      doc: body("Tiếp tục ddi làm.", "Câu caau hỏi.", "Làm nhwng chưa xong.", "Việc xuaats khẩu.", "Việc lawm khó."),
      findings: [
        { message: telex("ddi", "đi"), paragraph: P.firstBody },
        { message: telex("caau", "câu"), paragraph: P.firstBody + 1 },
        { message: telex("nhwng", "nhưng"), paragraph: P.firstBody + 2 },
        { message: telex("xuaats", "xuất"), paragraph: P.firstBody + 3 },
        { message: telex("lawm", "lăm"), paragraph: P.firstBody + 4 },
      ],
    },
    {
      name: "the tone on the right vowel: oa, oe, uy take it second, other pairs first, three vowels in the middle",
      doc: body(
        "Chăm lo hoaf bình.",
        "Chăm lo khoer mạnh.",
        "Chăm lo thuyr lợi.",
        "Chăm lo cais gì.",
        "Chăm lo ngoaif trời.",
      ),
      findings: [
        { message: telex("hoaf", "hoà"), paragraph: P.firstBody },
        { message: telex("khoer", "khoẻ"), paragraph: P.firstBody + 1 },
        { message: telex("thuyr", "thuỷ"), paragraph: P.firstBody + 2 },
        { message: telex("cais", "cái"), paragraph: P.firstBody + 3 },
        { message: telex("ngoaif", "ngoài"), paragraph: P.firstBody + 4 },
      ],
    },
    {
      name: "horn, breve, circumflex and đ keys with a tone",
      doc: body(
        "Chăm lo uowcs mơ.",
        "Chăm lo thuw từ.",
        "Chăm lo ddooif núi.",
        "Chăm lo lawms rồi.",
        "Chăm lo tieenf bạc.",
      ),
      findings: [
        { message: telex("uowcs", "ước"), paragraph: P.firstBody },
        { message: telex("thuw", "thư"), paragraph: P.firstBody + 1 },
        { message: telex("ddooif", "đồi"), paragraph: P.firstBody + 2 },
        { message: telex("lawms", "lắm"), paragraph: P.firstBody + 3 },
        { message: telex("tieenf", "tiền"), paragraph: P.firstBody + 4 },
      ],
    },
    {
      name: "a vowel key with no tone; a marked word whose tone z clears; a stop final with the dot",
      doc: body("Chăm lo vieet nam.", "Chăm lo việtz nam.", "Chăm lo vieetj nam.", "Chăm lo sachj sẽ."),
      findings: [
        { message: telex("vieet", "viêt"), paragraph: P.firstBody },
        { message: telex("việtz", "viêt"), paragraph: P.firstBody + 1 },
        { message: telex("vieetj", "việt"), paragraph: P.firstBody + 2 },
        { message: telex("sachj", "sạch"), paragraph: P.firstBody + 3 },
      ],
    },
    {
      name: "the tone after a final on the last vowel; “uyu” takes it on the y",
      doc: body("Chăm lo toans học.", "Có khuyur tay."),
      findings: [
        { message: telex("toans", "toán"), paragraph: P.firstBody },
        { message: telex("khuyur", "khuỷu"), paragraph: P.firstBody + 1 },
      ],
    },
    {
      name: "the tilde key x; w after “ua” hooks the a, not the u; w on a first letter (“ddax”, “quawng”, “awn”)",
      doc: body("Nó ddax làm xong.", "Đã quawng xong.", "Chưa awn cơm."),
      findings: [
        { message: telex("ddax", "đã"), paragraph: P.firstBody },
        { message: telex("quawng", "quăng"), paragraph: P.firstBody + 1 },
        { message: telex("awn", "ăn"), paragraph: P.firstBody + 2 },
      ],
    },
    {
      name: "VNI tone keys 2, 3, 4 (“nguo7i2”, “thu3y”, “ma4i”)",
      doc: body("Những nguo7i2 dân.", "Công tác thu3y lợi.", "Ông ma4i làm."),
      findings: [
        { message: vni("nguo7i2", "người"), paragraph: P.firstBody },
        { message: vni("thu3y", "thuỷ"), paragraph: P.firstBody + 1 },
        { message: vni("ma4i", "mãi"), paragraph: P.firstBody + 2 },
      ],
    },
    {
      name: "w typed after the final hooks the vowel before it; “uê” takes the tone on the ê (“nangw”, “Huees”)",
      doc: body("Nâng cao nangw lực.", "Thành phố Huees đẹp."),
      findings: [
        { message: telex("nangw", "năng"), paragraph: P.firstBody },
        { message: telex("Huees", "Huế"), paragraph: P.firstBody + 1 },
      ],
    },
    {
      name: "VNI vowel keys typed after the final, on a first letter (“tien61”, “an61”, “at81”)",
      doc: body("Đã tien61 hành.", "Đã an61 định.", "Việc này at81 phải làm."),
      findings: [
        { message: vni("tien61", "tiến"), paragraph: P.firstBody },
        { message: vni("an61", "ấn"), paragraph: P.firstBody + 1 },
        { message: vni("at81", "ắt"), paragraph: P.firstBody + 2 },
      ],
    },
    {
      name: "an unmarked word with a stop final is a Vietnamese neighbour (“dduwowcj hoc tap”)",
      doc: withBody(stateReport(), "Hoàn thành dduwowcj hoc tap."),
      findings: [{ message: telex("dduwowcj", "được"), paragraph: P.firstBody + 1 }],
    },
    {
      name: "a word four characters away is no neighbour (“phast –– hello”)",
      doc: withBody(stateReport(), "Thúc đẩy phast –– hello."),
      findings: [{ message: telex("phast", "phát"), paragraph: P.firstBody + 1 }],
    },
    {
      name: "a capitalised unmarked syllable is a Vietnamese neighbour (“cuar Ban”)",
      doc: withBody(stateReport(), "kinh tế cuar Ban"),
      findings: [{ message: telex("cuar", "của"), paragraph: P.firstBody + 1 }],
    },
    {
      name: "a tone key alone after a marked word (“phast triển”)",
      doc: withBody(stateReport(), "phast triển"),
      findings: [{ message: telex("phast", "phát"), paragraph: P.firstBody + 1 }],
    },
    {
      name: "a capitalised word with a vowel key and a tone key keeps its capital (“Dduwowcj”)",
      doc: withBody(stateReport(), "Dduwowcj giao"),
      findings: [{ message: telex("Dduwowcj", "Được"), paragraph: P.firstBody + 1 }],
    },
    {
      name: "a word in brackets is no code (“(dduwowcj)”)",
      doc: withBody(stateReport(), "Giao (dduwowcj) việc."),
      findings: [{ message: telex("dduwowcj", "được"), paragraph: P.firstBody + 1 }],
    },
    {
      name: "a tone key typed after a marked word (“lịchs”)",
      doc: withBody(stateReport(), "Lịch lịchs làm."),
      findings: [{ message: telex("lịchs", "lích"), paragraph: P.firstBody + 1 }],
    },
    {
      name: "VNI keys: 9 for đ, 7 for the horn of “uo”, 8 for the breve, a capitalised word",
      doc: body("Đã du9o7c5 giao.", "Đã ca8n5 kẽ.", "Xây Vie6t5 Nam."),
      findings: [
        { message: vni("du9o7c5", "được"), severity: "warning", paragraph: P.firstBody, basis: TYPING },
        { message: vni("ca8n5", "cặn"), paragraph: P.firstBody + 1 },
        { message: vni("Vie6t5", "Việt"), paragraph: P.firstBody + 2 },
      ],
    },
    {
      name: "a word four characters after a word that is no Vietnamese is read (“hello –– phast”)",
      doc: withBody(stateReport(), "Thúc đẩy hello –– phast triển."),
      findings: [{ message: telex("phast", "phát"), paragraph: P.firstBody + 1 }],
    },
    {
      name: "a legacy word in guillemets, a legacy sign after a number that is no unit (“«ViÖt»”, “5©abc”)",
      doc: withBody(stateReport(), "Trích «ViÖt» và 5©abc."),
      findings: [{ message: legacy("«ViÖt»", " và 1 chỗ khác trong đoạn"), paragraph: P.firstBody + 1 }],
    },
    {
      name: "a guillemet inside a word is a TCVN3 letter (“c«ng”, “b»i”)",
      doc: body("Thực hiện c«ng việc.", "Ghi b»i xong."),
      findings: [
        { message: legacy("c«ng"), paragraph: P.firstBody },
        { message: legacy("b»i"), paragraph: P.firstBody + 1 },
      ],
    },
    {
      name: "a unit sign inside a longer word is legacy text (“°Cx”, “mm²x”)",
      doc: withBody(stateReport(), "Đơn vị °Cx và mm²x."),
      findings: [{ message: legacy("°Cx", " và 1 chỗ khác trong đoạn"), paragraph: P.firstBody + 1 }],
    },
    {
      name: "a µ word with no number just before it is legacy text (“5 mẫu, nồng độ µmol”)",
      doc: withBody(stateReport(), "Lấy 5 mẫu, nồng độ µmol trong nước."),
      findings: [{ message: legacy("µmol"), severity: "warning", paragraph: P.firstBody + 1, basis: ENCODING }],
    },
    {
      name: "TCVN3 text in a Unicode font after a run of spaces in a legacy font",
      doc: inFonts(["  ", ".VnTime"], ["ViÖt Nam", "Times New Roman"]),
      findings: [{ message: legacy("ViÖt"), paragraph: P.firstBody + 1 }],
    },
    {
      name: "in a legacy font a Telex word is still reported, the TCVN3 word is not",
      doc: inFonts(["ViÖt Nam có nguwowif dân", ".VnTime"]),
      findings: [{ message: telex("nguwowif", "người"), paragraph: P.firstBody + 1 }],
    },
  ],
});

describe("text/typing stray keys: the key named, the word, the fix", () => {
  it("“~”, “^”, and two keys together, each removed by the fix", () => {
    expect(typingFindings(withBody(stateReport(), "Dấu c~ủa và nh^ững và c`~ủa"))).toEqual([
      {
        severity: "warning",
        paragraph: P.firstBody + 1,
        message: "Ký tự gõ sót “~” trong từ “c~ủa” và 2 chỗ khác trong đoạn",
        fix: {
          title: "Bỏ ký tự gõ sót",
          edits: [
            { kind: "replaceText", paragraph: P.firstBody + 1, find: "c~ủa", replace: "của" },
            { kind: "replaceText", paragraph: P.firstBody + 1, find: "nh^ững", replace: "những" },
            { kind: "replaceText", paragraph: P.firstBody + 1, find: "c`~ủa", replace: "của" },
          ],
        },
      },
    ]);
  });
  it("“^” alone in the paragraph; the word named from its first letter", () => {
    expect(typingFindings(withBody(stateReport(), "Thực hiện nh^ững việc."))).toEqual([
      {
        severity: "warning",
        paragraph: P.firstBody + 1,
        message: "Ký tự gõ sót “^” trong từ “nh^ững”",
        fix: {
          title: "Bỏ ký tự gõ sót",
          edits: [{ kind: "replaceText", paragraph: P.firstBody + 1, find: "nh^ững", replace: "những" }],
        },
      },
    ]);
  });
  it("a Telex word has no fix: the reading is a guess", () => {
    expect(typingFindings(withBody(stateReport(), "Chăm lo đời sống nguwowif dân."))).toEqual([
      { severity: "warning", paragraph: P.firstBody + 1, message: telex("nguwowif", "người") },
    ]);
  });
});
