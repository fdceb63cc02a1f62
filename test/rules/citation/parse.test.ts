/**
 * The citation parser on its own: the ways drafters write a citation's number and date, and dates and document
 * numbers left blank for the clerk ("ngày     /12/2025", "số      /KH-UBND").
 */
import {
  displayDate,
  displayLooseDate,
  displayReferenceNumber,
  findCitations,
  findDocumentReferences,
  looseDateConflicts,
  parseLooseDate,
  parseUserDate,
} from "../../../src/rules/citation/parse";

describe("findCitations", () => {
  it("a full citation: kind, number, date, issuer, the text and where it starts", () => {
    const text = "Thực hiện Nghị quyết số 11-NQ/TW ngày 10/02/2022 của Bộ Chính trị, tỉnh ban hành.";
    expect(findCitations(text)).toEqual([
      {
        kind: "Nghị quyết",
        number: "11-NQ/TW",
        date: "2022-02-10",
        dateText: "10/02/2022",
        issuerText: "Bộ Chính trị",
        text: "Nghị quyết số 11-NQ/TW ngày 10/02/2022 của Bộ Chính trị",
        index: 10,
      },
    ]);
  });

  it("the date in words, after a comma; the issuer up to the next clause mark", () => {
    expect(findCitations("Kết luận số 125-KL/TU, ngày 5 tháng 9 năm 2023 của Tỉnh ủy (khóa XIX)")).toEqual([
      {
        kind: "Kết luận",
        number: "125-KL/TU",
        date: "2023-09-05",
        dateText: "5 tháng 9 năm 2023",
        issuerText: "Tỉnh ủy",
        text: "Kết luận số 125-KL/TU, ngày 5 tháng 9 năm 2023 của Tỉnh ủy ",
        index: 0,
      },
    ]);
  });

  it("without “số”, the number spaced and in lower case, a dotted date, no issuer", () => {
    const [c] = findCitations("theo Chỉ thị 26 - ct / tu ngày 2.6.2023.");
    expect([c!.kind, c!.number, c!.date, c!.dateText, c!.issuerText]).toEqual([
      "Chỉ thị",
      "26-CT/TU",
      "2023-06-02",
      "2/6/2023",
      undefined,
    ]);
  });

  it("two citations in one sentence, each with its own date", () => {
    const found = findCitations(
      "Quy định số 08-QĐ/TW ngày 25/10/2021 và Hướng dẫn số 03-HD/BTCTW ngày 01/3/2022 của Ban Tổ chức Trung ương",
    );
    expect(found.map((c) => [c.kind, c.number, c.date, c.issuerText])).toEqual([
      ["Quy định", "08-QĐ/TW", "2021-10-25", undefined],
      ["Hướng dẫn", "03-HD/BTCTW", "2022-03-01", "Ban Tổ chức Trung ương"],
    ]);
  });

  it("a number without its symbol is no citation", () => {
    expect(findCitations("Kế hoạch số 12 ngày 01/3/2022")).toEqual([]);
  });
});

describe("dates", () => {
  it("displayDate writes days 1–9 and months 1–2 with a leading zero, as Party documents do", () => {
    expect(displayDate("2023-09-05")).toBe("05/9/2023");
    expect(displayDate("2022-02-10")).toBe("10/02/2022");
    expect(displayDate("2022-01-31")).toBe("31/01/2022");
    expect(displayDate("2022-12-25")).toBe("25/12/2022");
    expect(displayDate("2022-03-01")).toBe("01/3/2022");
  });

  it.each([
    ["05/9/2023", "2023-09-05"],
    ["5-9-2023", "2023-09-05"],
    ["5.9.2023", "2023-09-05"],
    [" 2023-09-05 ", "2023-09-05"],
    ["2023-9-5", undefined],
    ["05/9/23", undefined],
    ["ngày 05/9/2023", undefined],
    ["05/9/2023 và 06/9/2023", undefined],
    [undefined, undefined],
  ])("parseUserDate(%j) is %j", (input, iso) => {
    expect(parseUserDate(input)).toBe(iso);
  });
});

describe("dates left blank for the clerk", () => {
  it.each([
    ["Lục Nam, ngày 05 tháng 9 năm 2023", { day: 5, month: 9, year: 2023 }],
    ["ngày      tháng 12 năm 2025", { day: undefined, month: 12, year: 2025 }],
    ["ngày…tháng…năm 2025", { day: undefined, month: undefined, year: 2025 }],
    ["ngày     /12/2025", { day: undefined, month: 12, year: 2025 }],
    ["ngày 05/9/2023", { day: 5, month: 9, year: 2023 }],
    ["ngày ___/___/2026", { day: undefined, month: undefined, year: 2026 }],
    ["Ngày 1-3-2026", { day: 1, month: 3, year: 2026 }],
  ])("parseLooseDate(%j)", (text, date) => {
    expect(parseLooseDate(text)).toEqual(date);
  });

  it("a date with every part blank, or no date, is none", () => {
    expect(parseLooseDate("ngày    tháng    năm")).toBeUndefined();
    expect(parseLooseDate("Lục Nam, tháng 9")).toBeUndefined();
  });

  it("displayLooseDate shows a blank as “…”, with the Party's leading zeros", () => {
    expect(displayLooseDate({ day: undefined, month: 12, year: 2025 })).toBe("…/12/2025");
    expect(displayLooseDate({ day: 5, month: 2, year: undefined })).toBe("05/02/…");
    expect(displayLooseDate({ day: 15, month: 3, year: 2026 })).toBe("15/3/2026");
  });

  it("looseDateConflicts names the parts two dates disagree on, a blank agreeing with anything", () => {
    const d = (day?: number, month?: number, year?: number) => ({ day, month, year });
    expect(looseDateConflicts(d(5, 9, 2023), d(6, 10, 2024))).toEqual(["ngày", "tháng", "năm"]);
    expect(looseDateConflicts(d(5, 9, 2023), d(undefined, 9, 2023))).toEqual([]);
    expect(looseDateConflicts(d(undefined, 9, 2023), d(5, undefined, 2024))).toEqual(["năm"]);
    expect(looseDateConflicts(d(5, undefined, undefined), d(5, 9, 2023))).toEqual([]);
    expect(looseDateConflicts(d(5, 9), d(5, 8))).toEqual(["tháng"]);
  });
});

describe("findDocumentReferences", () => {
  it("a plan's own number and date: “Kế hoạch số 85-KH/HU ngày 05/9/2023”", () => {
    expect(findDocumentReferences("Thực hiện Kế hoạch số 85-KH/HU ngày 05/9/2023 của Huyện ủy", ["Kế hoạch"])).toEqual([
      {
        kind: "Kế hoạch",
        number: "85",
        year: "",
        codes: ["KH", "HU"],
        separators: ["-", "/"],
        date: { day: 5, month: 9, year: 2023 },
        itself: false,
        text: "Kế hoạch số 85-KH/HU ngày 05/9/2023",
        index: 10,
      },
    ]);
  });

  it("the number and the day left blank: “Kế hoạch số      /KH-UBND ngày     /3/2026”", () => {
    const [r] = findDocumentReferences("Kế hoạch số      /KH-UBND ngày     /3/2026", ["Kế hoạch"]);
    expect([r!.number, r!.codes, r!.separators, r!.date]).toEqual([
      "",
      ["KH", "UBND"],
      ["/", "-"],
      { day: undefined, month: 3, year: 2026 },
    ]);
    expect(displayReferenceNumber(r!)).toBe("…/KH-UBND");
  });

  it("“Kế hoạch này số 085-KH/HU”: the document itself, the number without its leading zero, no date", () => {
    const [r] = findDocumentReferences("Kế hoạch này số 085-KH/HU được gửi", ["Kế hoạch"]);
    expect([r!.itself, r!.number, r!.date, displayReferenceNumber(r!)]).toEqual([true, "85", undefined, "85-KH/HU"]);
  });

  it("a legal document's year and an en dash: “Nghị định số 30/2020/NĐ–CP”", () => {
    const [r] = findDocumentReferences("theo Nghị định số 30/2020/NĐ–CP ngày 05/3/2020", ["Nghị định"]);
    expect([r!.number, r!.year, r!.codes, r!.separators]).toEqual(["30", "2020", ["NĐ", "CP"], ["/", "-"]]);
    expect(displayReferenceNumber(r!)).toBe("30/2020/NĐ-CP");
  });

  it("a code left blank (“Quyết định số …/QĐ-…”) and a kind of two words spaced twice", () => {
    const [r] = findDocumentReferences("Quyết  định số …/QĐ-… ngày… tháng… năm…", ["Quyết định"]);
    expect([r!.kind, r!.codes, displayReferenceNumber(r!)]).toEqual(["Quyết  định", ["QĐ", ""], "…/QĐ-…"]);
  });

  it("only the kinds asked for; none when none is asked", () => {
    const text = "Kế hoạch số 85-KH/HU và Báo cáo số 12-BC/HU";
    expect(findDocumentReferences(text, ["Báo cáo"]).map((r) => r.text)).toEqual(["Báo cáo số 12-BC/HU"]);
    expect(findDocumentReferences(text, [])).toEqual([]);
  });
});
