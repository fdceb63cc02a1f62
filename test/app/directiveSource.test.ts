import { checkPastedSource, directiveSourceFor, SEED_CHOSEN } from "../../src/app/directiveSource";
import { defaultDirectiveSource } from "../../src/directives/seed";

describe("the directive source of the pane", () => {
  test("the seed unless a text is pasted", () => {
    expect(directiveSourceFor({}).title).toBe(defaultDirectiveSource().title);
    expect(directiveSourceFor({ directiveText: "  " }).title).toBe(defaultDirectiveSource().title);
    expect(directiveSourceFor({ directiveText: "1. Tăng cường lãnh đạo.\n2. Phát triển kinh tế." }).items).toHaveLength(
      2,
    );
  });

  test("a pasted text with numbered items is taken, and its items listed", () => {
    expect(checkPastedSource("1. Tăng cường lãnh đạo của cấp ủy.\n2. Đẩy mạnh phát triển kinh tế.")).toEqual({
      accepted: true,
      intent: "success",
      text: "Đã nhận 2 mục: 1, 2.",
    });
  });

  test("a pasted text without numbered items is refused, saying why", () => {
    expect(checkPastedSource("")).toEqual({
      accepted: false,
      intent: "error",
      text: "Không tìm thấy mục nào được đánh số (2.1., 1., a) …) trong văn bản đã dán.",
    });
  });

  test("the seed", () => {
    expect(SEED_CHOSEN).toEqual({ accepted: true, intent: "success", text: "Dùng Kết luận mặc định (mục 2.1–2.8)." });
    const items = defaultDirectiveSource().items.map((i) => i.number);
    expect(SEED_CHOSEN.text).toContain(`${items[0]}–${items[items.length - 1]}`);
  });
});
