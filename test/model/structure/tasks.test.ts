import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readDocument } from "../../../src/docx/reader";
import type { DocumentModel } from "../../../src/model/document";
import { analyzeStructure } from "../../../src/model/structure";
import { planGaps, readDeadline, saysTasksAssignedByTable, type PlanTasks } from "../../../src/model/structure/tasks";
import { normalizeForMatch } from "../../../src/model/text";
import { PLAN_VOCABULARY, planTasksOf } from "../../../src/rules/plan/vocabulary";
import { buildDocxFromSpec } from "../../support/buildDocx";
import type { DocSpec, SpecBlock, SpecParagraph } from "../../support/docSpec";
import { randomText, seededRandom } from "../../support/random";
import { partyPlan, statePlan, variant } from "../../support/samples";

const real = (name: string): { model: DocumentModel; plan: PlanTasks } => {
  const model = readDocument(new Uint8Array(readFileSync(join(__dirname, "..", "..", "fixtures", "real", name))));
  return { model, plan: planTasksOf(model, analyzeStructure(model)) };
};
const ofSpec = (doc: DocSpec): PlanTasks => {
  const model = readDocument(buildDocxFromSpec(doc));
  return planTasksOf(model, analyzeStructure(model));
};

describe("readDeadline: the last day of the period a time frame names", () => {
  it.each([
    ["Trong năm 2026", ["năm 2026", "2026-12-31"]],
    ["quý II/2024", ["quý II/2024", "2024-06-30"]],
    ["Hoàn thành và đưa vào hoạt động trong quý I năm 2026", ["quý I năm 2026", "2026-03-31"]],
    ["Ban hành kế hoạch trong tháng 01/2026", ["tháng 01/2026", "2026-01-31"]],
    ["tháng 10 năm 2025", ["tháng 10 năm 2025", "2025-10-31"]],
    ["chậm nhất là ngày 15/4/2026", ["15/4/2026", "2026-04-15"]],
    ["trước ngày 15 tháng 01 năm 2026", ["ngày 15 tháng 01 năm 2026", "2026-01-15"]],
    ["6 tháng đầu năm 2026", ["6 tháng đầu năm 2026", "2026-06-30"]],
    ["giai đoạn 2026 - 2030", ["2026 - 2030", "2030-12-31"]],
    // A range is due at its end; its start is no deadline.
    ["Từ tháng 3 đến tháng 9/2026", ["tháng 9/2026", "2026-09-30"]],
    ["Từ ngày 01/3/2026 đến ngày 30/6/2026", ["30/6/2026", "2026-06-30"]],
  ])("%s", (text, [written, latest]) => {
    expect(readDeadline(text)).toEqual([{ text: written, latest }]);
  });

  it.each([
    "Trước ngày 31/01 năm liền kề",
    "Ban hành kế hoạch chậm nhất là ngày 31/12 năm trước liền kề",
    "Thường xuyên trong năm",
    "Hằng năm",
    "Bắt đầu thực hiện từ năm 2026",
    "Theo các mốc thời gian tại Quyết định số 1441/QĐ-UBND ngày 25/9/2025 của Chủ tịch UBND tỉnh",
    "Theo Điều 17 Nghị định số 52/2015/NĐ-CP ngày 28/5/2015 của Chính phủ",
    "thực hiện Nghị quyết số 11-NQ/TW ngày 10/02/2022 về vùng Trung du và miền núi Bắc bộ đến năm 2030, tầm nhìn đến năm 2045",
    "ngày 31/4/2026",
    // a number "số 2025" left once a law's title is blanked: its digits are no year of a range
    "theo sốLuật Đất đai ngày 29/11/2013 2025 - 2030",
  ])("no dated deadline in “%s”", (text) => {
    expect(readDeadline(text)).toEqual([]);
  });

  it("a day and month take the year the column header gives (“Thời gian (Năm 2026)”)", () => {
    expect(readDeadline("Từ 20 giờ 15 phút - 20 giờ 45 phút ngày 23 tháng 1", 2026)).toEqual([
      { text: "ngày 23 tháng 1", latest: "2026-01-23" },
    ]);
    expect(readDeadline("ngày 23 tháng 1")).toEqual([]);
  });
});

describe("the real plans (test/fixtures/real)", () => {
  it("kh-cchc-2026-issued.docx: the Phụ lục's task table, every row assigned, the prose not read task by task", () => {
    const { plan } = real("kh-cchc-2026-issued.docx");
    expect(plan.tables).toEqual([
      {
        table: 2,
        paragraph: 167,
        where: "PHỤ LỤC",
        columns: { task: 1, lead: 4, time: 3 },
        headers: { task: "Nhiệm vụ", lead: "Chủ trì thực hiện", time: "Thời gian hoàn thành" },
      },
    ]);
    // "(Phân công nhiệm vụ theo Phụ lục đính kèm)" under the tasks: the prose areas are not checked one by one.
    expect(plan.assignedByTable).toBe(true);
    expect(plan.areas).toEqual([]);
    const rows = plan.tasks.filter((t) => t.source === "table");
    // Groups I–VII hold 4, 12, 5, 4, 6, 11 and 7 tasks; the rows continuing a merged task cell are not tasks.
    expect(rows).toHaveLength(49);
    expect(plan.tasks).toHaveLength(49);
    expect(rows.map((t) => t.number).slice(0, 5)).toEqual(["I.1", "I.2", "I.3", "I.4", "II.1"]);
    expect(rows.map((t) => t.number).slice(-7)).toEqual([
      "VII.1",
      "VII.2",
      "VII.3",
      "VII.4",
      "VII.5",
      "VII.6",
      "VII.7",
    ]);
    const [i1, i2, , i4] = rows;
    expect(i1).toMatchObject({ paragraph: 181, owner: "Sở Tư pháp", source: "table", group: 0 });
    // A cited decree's date is not a deadline; "Trước ngày 31/01 năm liền kề" has no year.
    expect(i1!.deadline).toMatchObject({ paragraph: 183, latest: undefined, dates: [] });
    expect(i1!.deadline!.text).toMatch(/^Theo Điều 17 Nghị định số 52\/2015\/NĐ-CP ngày 28\/5\/2015/);
    expect(i2).toMatchObject({
      owner: "Sở Tư pháp; UBND các xã, phường, đặc khu",
      deadline: { text: "Trước ngày 31/01 năm liền kề", latest: undefined },
    });
    expect(i4!.deadline).toMatchObject({ text: "Trong năm 2026", latest: "2026-12-31" });
    expect(rows.find((t) => t.number === "IV.3")!.deadline).toMatchObject({
      text: "Ban hành kế hoạch chậm nhất là ngày 31/12/2025 và tổ chức mở lớp theo kế hoạch đề ra.",
      latest: "2025-12-31",
    });
    expect(planGaps(plan)).toEqual({ missingOwner: [], missingDeadline: [], unassignedAreas: [] });
    // Tổ chức thực hiện sets a deadline of its own.
    expect(plan.deadlines.find((d) => d.paragraph === 126)).toMatchObject({ latest: "2026-01-15" });
  });

  it("kh-cchc-2026-draft.docx: the same table under “Phụ lục”", () => {
    const { plan } = real("kh-cchc-2026-draft.docx");
    expect(plan.tables.map((t) => [t.where, t.headers.lead, t.headers.time])).toEqual([
      ["Phụ lục", "Chủ trì thực hiện", "Thời gian hoàn thành"],
    ]);
    expect(plan.tasks.filter((t) => t.source === "table")).toHaveLength(49);
    expect(planGaps(plan)).toEqual({ missingOwner: [], missingDeadline: [], unassignedAreas: [] });
  });

  it("kh-cchc-2026-2030.docx: 56 tasks, a quarter deadline, a lead naming its unit in parentheses", () => {
    const { plan } = real("kh-cchc-2026-2030.docx");
    const rows = plan.tasks.filter((t) => t.source === "table");
    expect(rows).toHaveLength(56);
    expect(rows.find((t) => t.number === "VI.7")).toMatchObject({
      text: "Hoàn thành và đưa Trung tâm IOC vào hoạt động",
      paragraph: 484,
      owner: "Văn phòng UBND tỉnh (Trung tâm Thông tin)",
      deadline: { text: "Trong quý I năm 2026", latest: "2026-03-31" },
    });
    expect(rows.find((t) => t.number === "VII.13")!.deadline).toMatchObject({
      text: "Hằng năm và giai đoạn",
      latest: undefined,
    });
    expect(planGaps(plan)).toEqual({ missingOwner: [], missingDeadline: [], unassignedAreas: [] });
  });

  it("kh-tuyen-truyen-cchc-2026.docx: two schedule tables in section III, and its prose areas led", () => {
    const { plan } = real("kh-tuyen-truyen-cchc-2026.docx");
    expect(plan.tables.map((t) => [t.where, t.headers])).toEqual([
      ["mục III", { task: "Nội dung", lead: "Trách nhiệm thực hiện", time: "Thời gian (Năm 2026)" }],
      ["mục III", { task: "Nội dung", lead: "Trách nhiệm thực hiện", time: "Thời gian (Năm 2026)" }],
    ]);
    const rows = plan.tasks.filter((t) => t.source === "table");
    expect(rows).toHaveLength(21);
    // The year comes from the column header "(Năm 2026)".
    expect(rows[0]).toMatchObject({
      paragraph: 53,
      owner: "Lãnh đạo Sở Công Thương",
      deadline: { text: "Từ 20 giờ 15 phút - 20 giờ 45 phút ngày 23 tháng 1", latest: "2026-01-23" },
    });
    // Area 4 (training) is led by Sở Nội vụ in Tổ chức thực hiện: "1. Sở Nội vụ: ... d) ... các lớp tập huấn".
    expect(plan.areas.map((a) => [a.number, a.lead, a.owner, a.ownerParagraph])).toEqual([
      ["III.1", "inline", "Báo và Phát thanh, Truyền hình tỉnh", 44],
      ["III.2", "inline", "Sở Nội vụ", 155],
      ["III.3", "inline", "Sở Nội vụ", 157],
      ["III.4", "organisation", "Sở Nội vụ", 162],
    ]);
    expect(planGaps(plan)).toEqual({ missingOwner: [], missingDeadline: [], unassignedAreas: [] });
  });

  it("kh-kiem-tra-cchc-2026.docx: an inspection plan has no task table and no tasks section", () => {
    const { plan } = real("kh-kiem-tra-cchc-2026.docx");
    // "Đơn vị được kiểm tra | Thời gian kiểm tra" is a schedule; "II. NỘI DUNG TRỌNG TÂM KIỂM TRA" what is inspected.
    expect(plan.tables).toEqual([]);
    expect(plan.tasksSections).toEqual([]);
    expect(plan.tasks).toEqual([]);
    expect(plan.organisationSection).toBe(71);
  });
});

describe("plans built by code", () => {
  const p = (text: string, extra: Partial<SpecParagraph> = {}): SpecParagraph => ({
    type: "paragraph",
    text,
    ...extra,
  });
  const withBody = (doc: DocSpec, body: SpecBlock[], lists?: DocSpec["lists"]): DocSpec =>
    variant(doc, (d) => {
      d.blocks.splice(4, d.blocks.length - 5, ...body);
      if (lists !== undefined) d.lists = lists;
    });

  it("a Party plan numbered by Word: areas found by their automatic numbers, led by subject", () => {
    const item = (text: string): SpecParagraph => p(text, { list: { id: "areas" } });
    const plan = ofSpec(
      withBody(
        partyPlan(),
        [
          p("I. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM", { bold: true }), // 10
          item("Tập trung phát triển kinh tế - xã hội nhanh, bền vững"), // 11
          p("Chỉ đạo quyết liệt công tác bồi thường, giải phóng mặt bằng các dự án trọng điểm."),
          item("Bảo đảm quốc phòng, an ninh"), // 13
          p("Giữ vững an ninh chính trị, trật tự an toàn xã hội."),
          p("II. TỔ CHỨC THỰC HIỆN", { bold: true }), // 15
          p("1. Ban cán sự đảng UBND huyện lãnh đạo, chỉ đạo thực hiện các nhiệm vụ phát triển kinh tế - xã hội."), // 16
          p("2. Đảng ủy Quân sự huyện, Đảng ủy Công an huyện lãnh đạo thực hiện nhiệm vụ quốc phòng, an ninh."), // 17
        ],
        { areas: { levels: [{ format: "decimal", text: "%1." }] } },
      ),
    );
    expect(plan.tasksSections).toEqual([10]);
    expect(plan.organisationSection).toBe(15);
    expect(plan.areas.map((a) => [a.number, a.heading, a.lead, a.owner, a.ownerParagraph])).toEqual([
      [
        "I.1",
        "Tập trung phát triển kinh tế - xã hội nhanh, bền vững",
        "organisation",
        "Ban cán sự đảng UBND huyện",
        16,
      ],
      ["I.2", "Bảo đảm quốc phòng, an ninh", "organisation", "Đảng ủy Quân sự huyện, Đảng ủy Công an huyện", 17],
    ]);
    expect(plan.tasks.map((t) => [t.number, t.source, t.owner])).toEqual([
      ["I.1", "prose", "Ban cán sự đảng UBND huyện"],
      ["I.2", "prose", "Đảng ủy Quân sự huyện, Đảng ủy Công an huyện"],
    ]);
  });

  it("a State plan assigning its tasks in an attached PHỤ LỤC: prose areas are not judged", () => {
    const cell = (text: string): SpecParagraph[] => [p(text)];
    const doc = variant(
      withBody(statePlan(), [
        p("I. NHIỆM VỤ", { bold: true }),
        p("1. Cải cách thể chế"),
        p("2. Cải cách thủ tục hành chính"),
        p("(Phân công nhiệm vụ theo Phụ lục đính kèm)"),
        p("II. TỔ CHỨC THỰC HIỆN", { bold: true }),
        p("Phòng Nội vụ có trách nhiệm giúp Ủy ban nhân dân huyện theo dõi, đôn đốc việc thực hiện Kế hoạch."),
      ]),
      (d) => {
        d.blocks.push(
          p("PHỤ LỤC", { align: "center", bold: true }),
          p("PHÂN CÔNG THỰC HIỆN NHIỆM VỤ", { align: "center", bold: true }),
          p("(Kèm theo Kế hoạch số 09/KH-KTHT ngày 20/12/2023)", { align: "center", italic: true }),
          {
            type: "table",
            columnWidthsMm: [10, 80, 40, 35],
            rows: [
              ["STT", "Nội dung công việc", "Thời hạn", "Đơn vị chủ trì"],
              ["I. Cải cách thể chế"],
              ["1", "Rà soát văn bản quy phạm pháp luật", "Quý I/2024", "Phòng Tư pháp"],
              ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", ""],
              ["1", "Công bố thủ tục hành chính nội bộ", "", "Văn phòng HĐND và UBND huyện"],
            ].map((r) => r.map(cell)),
          },
        );
      },
    );
    const plan = ofSpec(doc);
    expect(plan.assignedByTable).toBe(true);
    expect(plan.areas).toEqual([]);
    expect(plan.tables.map((t) => [t.where, t.headers])).toEqual([
      ["PHỤ LỤC", { task: "Nội dung công việc", lead: "Đơn vị chủ trì", time: "Thời hạn" }],
    ]);
    // A group row in one merged cell ("I. Cải cách thể chế") numbers the tasks under it, as an "II | ..." row does.
    expect(plan.tasks.map((t) => [t.number, t.owner, t.deadline?.latest])).toEqual([
      ["I.1", "Phòng Tư pháp", "2024-03-31"],
      ["II.1", "Văn phòng HĐND và UBND huyện", undefined],
    ]);
    expect(planGaps(plan).missingDeadline.map((t) => t.number)).toEqual(["II.1"]);
  });

  it("the note “theo Phụ lục đính kèm” is read in a short paragraph (match key under 200 characters), not in a long one", () => {
    const note = "(Phân công nhiệm vụ theo Phụ lục đính kèm)";
    const planWith = (text: string): DocSpec =>
      variant(
        withBody(statePlan(), [
          p("I. NHIỆM VỤ", { bold: true }),
          p("1. Cải cách thể chế"),
          p(text),
          p("II. TỔ CHỨC THỰC HIỆN", { bold: true }),
        ]),
        (d) => {
          d.blocks.push(p("PHỤ LỤC", { align: "center", bold: true }), {
            type: "table",
            columnWidthsMm: [80, 40, 35],
            rows: [["Nội dung công việc", "Thời hạn", "Đơn vị chủ trì"]].map((r) => r.map((x) => [p(x)])),
          });
        },
      );
    // the key drops brackets and collapses spaces: the note's own key is 40 characters
    const key = normalizeForMatch(note);
    const padded = (length: number): string => `${note} ${"x".repeat(length - key.length - 1)}`;
    expect(normalizeForMatch(padded(199))).toHaveLength(199);
    expect(ofSpec(planWith(padded(199))).assignedByTable).toBe(true);
    expect(ofSpec(planWith(padded(200))).assignedByTable).toBe(false);
    // punctuation makes a paragraph long, not its key: 320 characters, a key of 160
    const dotted = `${note} ${"x . ".repeat(60)}`;
    expect(dotted.length).toBeGreaterThan(280);
    expect(ofSpec(planWith(dotted)).assignedByTable).toBe(true);
    // without a task table the note refers to nothing: the prose areas are judged
    const noTable = ofSpec(
      withBody(statePlan(), [
        p("I. NHIỆM VỤ", { bold: true }),
        p("1. Cải cách thể chế"),
        p("2. Cải cách thủ tục hành chính"),
        p(note),
        p("II. TỔ CHỨC THỰC HIỆN", { bold: true }),
      ]),
    );
    expect(noTable.assignedByTable).toBe(false);
    expect(noTable.areas.map((a) => a.number)).toEqual(["I.1", "I.2"]);
  });

  // The note is first looked for loosely on the paragraph's own text (src/model/loose): only where its letters are is
  // the paragraph keyed. The answer must stay the keyed one's.
  describe("the quick look for the note gives the keyed answer", () => {
    const keys = PLAN_VOCABULARY.assignedByTable.map(normalizeForMatch);
    const keyed = (text: string): boolean => {
      const key = normalizeForMatch(text);
      return key.length < 200 && keys.some((k) => key.includes(k));
    };

    it.each([
      ["(Phân công nhiệm vụ theo Phụ lục đính kèm)", true],
      ["PHÂN CÔNG NHIỆM VỤ THEO PHỤ LỤC ĐÍNH KÈM", true],
      ["Chi tie\u0302\u0301t theo Phu\u0323 lu\u0323c", true],
      ["(có Phụ\u00ad lục kèm theo)", true],
      ["Cơ quan, đơn vị được giao nhiệm vụ theo dõi, kiểm tra, đôn đốc tại Phụ lục kèm theo Kế hoạch này", false],
      ["Phân công nhiệm vụ theo phụ trách lĩnh vực", false],
    ])("%# %j: %s", (text, expected) => {
      expect(keyed(text)).toBe(expected);
      expect(saysTasksAssignedByTable(PLAN_VOCABULARY, text)).toBe(expected);
    });

    it("on every paragraph of the real documents and on 20,000 random texts", () => {
      const dir = join(__dirname, "..", "..", "fixtures", "real");
      let realSaid = 0;
      for (const name of [
        "kh-cchc-2026-issued.docx",
        "kh-cchc-2026-draft.docx",
        "kh-cchc-2026-2030.docx",
        "kh-kiem-tra-cchc-2026.docx",
        "kh-tuyen-truyen-cchc-2026.docx",
        "bc-cchc-2025-issued.docx",
      ]) {
        for (const para of readDocument(new Uint8Array(readFileSync(join(dir, name)))).paragraphs) {
          const expected = keyed(para.text);
          if (expected) realSaid++;
          expect([name, para.index, saysTasksAssignedByTable(PLAN_VOCABULARY, para.text)]).toEqual([
            name,
            para.index,
            expected,
          ]);
        }
      }
      expect(realSaid).toBeGreaterThan(0);
      const pieces = [
        "phân công ",
        "nhiệm vụ ",
        "thực hiện ",
        "theo ",
        "THEO ",
        "phụ lục ",
        "PHỤ LỤC",
        "phu\u0323 lu\u0323c",
        "Phụ\u00ad lục",
        "đính kèm",
        "kèm theo",
        "chi tiết ",
        "có ",
        "(",
        ")",
        ", ",
        " ",
        "x".repeat(40),
        "kế hoạch ",
        "dõi ",
        "\n",
        "–",
        "phụ trách ",
      ];
      const random = seededRandom(5);
      let said = 0;
      for (let k = 0; k < 20000; k++) {
        const text = randomText(random, pieces, 1 + random(14));
        const expected = keyed(text);
        if (expected) said++;
        if (saysTasksAssignedByTable(PLAN_VOCABULARY, text) !== expected)
          throw new Error(`${JSON.stringify(text)}: ${!expected}`);
      }
      // both answers are exercised
      expect(said).toBeGreaterThan(200);
      expect(said).toBeLessThan(19500);
    });
  });
});
