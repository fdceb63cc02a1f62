/**
 * The citation parser at its edges: a citation without a date, user dates that are almost right, dates with one part
 * left blank, conflicts in the year alone, several type names at once, blanks written as three dots, and the display
 * of a blank number that carries a legal document's year.
 */
import {
  displayLooseDate,
  displayReferenceNumber,
  findCitations,
  findDocumentReferences,
  looseDateConflicts,
  parseLooseDate,
  parseUserDate,
} from "../../../src/rules/citation/parse";

describe("findCitations without a date", () => {
  it("“Kết luận số 125-KL/TU của Tỉnh ủy”: no date and no date as written, the issuer trimmed", () => {
    expect(findCitations("Quán triệt Kết luận số 125-KL/TU của Tỉnh ủy.")).toEqual([
      {
        kind: "Kết luận",
        number: "125-KL/TU",
        date: undefined,
        dateText: undefined,
        issuerText: "Tỉnh ủy",
        text: "Kết luận số 125-KL/TU của Tỉnh ủy",
        index: 11,
      },
    ]);
  });

  it("a two-digit month in figures: “ngày 25/10/2021”, written as it stands", () => {
    const [c] = findCitations("Theo Quy định số 08-QĐ/TW ngày 25/10/2021.");
    expect([c!.date, c!.dateText]).toEqual(["2021-10-25", "25/10/2021"]);
  });
});

describe("parseUserDate: dates that are almost a date", () => {
  it.each([
    ["15/12/2023", "2023-12-15"],
    [" 15/12/2023 ", "2023-12-15"],
    ["2023-12-15", "2023-12-15"],
    ["ngày 2023-09-05", undefined],
    ["2023-09-05T08:00", undefined],
    ["23-09-05", undefined],
    ["15/12/2023.", undefined],
  ])("parseUserDate(%j) is %j", (input, iso) => {
    expect(parseUserDate(input)).toBe(iso);
  });
});

describe("parseLooseDate: one or two parts left blank", () => {
  it.each([
    ["ngày 05 tháng 02 năm …", { day: 5, month: 2, year: undefined }],
    ["ngày      tháng 12 năm", { day: undefined, month: 12, year: undefined }],
    ["ngày 05 tháng … năm …", { day: 5, month: undefined, year: undefined }],
    ["ngày 05/…/…", { day: 5, month: undefined, year: undefined }],
  ])("parseLooseDate(%j)", (text, date) => {
    expect(parseLooseDate(text)).toEqual(date);
  });

  it("displayLooseDate: January and February take a leading zero, March does not; a blank day or month is “…”", () => {
    expect(displayLooseDate({ day: 1, month: 1, year: 2026 })).toBe("01/01/2026");
    expect(displayLooseDate({ day: 9, month: 3, year: 2026 })).toBe("09/3/2026");
    expect(displayLooseDate({ day: undefined, month: undefined, year: 2026 })).toBe("…/…/2026");
    expect(displayLooseDate({ day: 10, month: 12, year: 2025 })).toBe("10/12/2025");
  });
});

describe("looseDateConflicts: each part on its own, blanks on either side", () => {
  const d = (day?: number, month?: number, year?: number) => ({ day, month, year });
  it.each([
    [d(5, 9, 2023), d(5, 9, 2024), ["năm"]],
    [d(5, 9, 2023), d(5, 9), []],
    [d(5, 9), d(5, 9, 2023), []],
    [d(5, 9, 2023), d(5, 10, 2023), ["tháng"]],
    [d(5, 9, 2023), d(5, undefined, 2023), []],
    [d(5, 9, 2023), d(6, 9, 2023), ["ngày"]],
    [d(undefined, 9, 2023), d(6, 9, 2023), []],
    [d(5, 9, 2023), d(5, 9, 2023), []],
  ])("%j against %j: %j", (a, b, parts) => {
    expect(looseDateConflicts(a, b)).toEqual(parts);
  });
});

describe("findDocumentReferences: kinds, blanks and years", () => {
  it("several type names at once, each mention with its own", () => {
    const text = "Kế hoạch số 85-KH/HU ngày 15/9/2023 và Báo cáo số 12-BC/HU ngày 20/12/2023";
    expect(findDocumentReferences(text, ["Kế hoạch", "Báo cáo"]).map((r) => [r.kind, r.number, r.codes])).toEqual([
      ["Kế hoạch", "85", ["KH", "HU"]],
      ["Báo cáo", "12", ["BC", "HU"]],
    ]);
  });

  it("a type name is read as written, not as a pattern; its spaces match any run of spaces", () => {
    expect(findDocumentReferences("Kế hoạch số 85-KH/HU", ["Kế hoạch?"])).toEqual([]);
    expect(findDocumentReferences("Quyết định số 12-QĐ/HU", ["Quyết  định"]).map((r) => r.text)).toEqual([
      "Quyết định số 12-QĐ/HU",
    ]);
  });

  it("blanks written as three dots: “Quyết định số .../QĐ-... ngày... tháng... năm...”", () => {
    const [r] = findDocumentReferences("Quyết định số .../QĐ-... ngày... tháng... năm...", ["Quyết định"]);
    expect([r!.number, r!.codes, r!.separators, displayReferenceNumber(r!)]).toEqual([
      "",
      ["QĐ", ""],
      ["/", "-"],
      "…/QĐ-…",
    ]);
  });

  it("a blank number with a legal document's year: “Quyết định số      /2025/QĐ-UBND”", () => {
    const [r] = findDocumentReferences("Quyết định số      /2025/QĐ-UBND ngày      /12/2025", ["Quyết định"]);
    expect([r!.number, r!.year, r!.codes, r!.separators, r!.date]).toEqual([
      "",
      "2025",
      ["QĐ", "UBND"],
      ["/", "-"],
      { day: undefined, month: 12, year: 2025 },
    ]);
    expect(displayReferenceNumber(r!)).toBe("…/2025/QĐ-UBND");
  });

  it("a symbol of one code (“Quyết định số 12/QĐ”): one code, one separator", () => {
    const [r] = findDocumentReferences("theo Quyết định số 12/QĐ ngày 05/3/2026", ["Quyết định"]);
    expect([r!.number, r!.codes, r!.separators, displayReferenceNumber(r!)]).toEqual(["12", ["QĐ"], ["/"], "12/QĐ"]);
  });

  it("symbols in lower case are read in upper case; an en dash between codes is a hyphen", () => {
    const [r] = findDocumentReferences("Kế hoạch số 85-kh/hu–bch", ["Kế hoạch"]);
    expect([r!.codes, r!.separators, displayReferenceNumber(r!)]).toEqual([
      ["KH", "HU", "BCH"],
      ["-", "/", "-"],
      "85-KH/HU-BCH",
    ]);
  });
});
