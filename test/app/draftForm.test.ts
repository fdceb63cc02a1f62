import { draftFileName, validateParticulars, withDefaults } from "../../src/app/draftForm";

describe("the Soạn thảo form's particulars", () => {
  test("defaults: a party plan, number and date left blank on purpose", () => {
    expect(withDefaults({})).toEqual({ profile: "party", type: "plan", number: "", date: "" });
    expect(withDefaults({ profile: "state", number: "85" })).toMatchObject({
      profile: "state",
      number: "85",
      date: "",
    });
  });

  test("every problem at once, per field, in the drafter's words", () => {
    const problems = validateParticulars({}, ["2.1"]);
    expect(problems.issuer).toBe("Cần nhập cơ quan ban hành");
    expect(problems.place).toBe("Cần nhập địa danh");
    expect(problems.signerName).toBe("Cần nhập họ tên người ký");
    expect(
      validateParticulars(
        {
          issuer: "HUYỆN ỦY LỤC NAM",
          superior: "ĐẢNG BỘ TỈNH BẮC GIANG",
          place: "Lục Nam",
          signerName: "Nguyễn Văn An",
          conclusionNumber: "125-KL/TU",
          conclusionDate: "2023-09-05",
        },
        ["2.1"],
      ),
    ).toEqual({});
  });

  test("the draft's file name", () => {
    expect(draftFileName(withDefaults({}))).toBe("ke-hoach-dang.docx");
    expect(draftFileName(withDefaults({ profile: "state", type: "report" }))).toBe("bao-cao-nha-nuoc.docx");
  });
});
