/** Arguments through util.parseArgs: tokens in order, and parseArgs's refusals in the CLI's own words. */
import { readArguments, UsageError } from "../../src/cli/args";

const OPTIONS = {
  output: { type: "string", short: "o" },
  format: { type: "string" },
  "in-place": { type: "boolean" },
} as const;

const usageMessage = (args: string[]): string => {
  try {
    readArguments(args, OPTIONS);
  } catch (e) {
    if (e instanceof UsageError) return e.message;
    throw e;
  }
  throw new Error("no usage error");
};

describe("readArguments", () => {
  it("gives options and positionals in order, with the option's name as typed", () => {
    expect(readArguments(["a.docx", "-o", "b.docx", "--format=json", "--in-place", "--output", ""], OPTIONS)).toEqual([
      { kind: "positional", value: "a.docx" },
      { kind: "option", name: "output", rawName: "-o", value: "b.docx" },
      { kind: "option", name: "format", rawName: "--format", value: "json" },
      { kind: "option", name: "in-place", rawName: "--in-place", value: undefined },
      { kind: "option", name: "output", rawName: "--output", value: "" },
    ]);
  });

  it("takes everything after -- as positionals", () => {
    expect(readArguments(["--", "-x.docx", "--format"], OPTIONS)).toEqual([
      { kind: "positional", value: "-x.docx" },
      { kind: "positional", value: "--format" },
    ]);
  });

  it.each([
    [["--bogus"], "Tùy chọn không hợp lệ / unknown option: --bogus"],
    [["--bogus=1", "a"], "Tùy chọn không hợp lệ / unknown option: --bogus"],
    [["a", "-x"], "Tùy chọn không hợp lệ / unknown option: -x"],
    [["-o=b.docx"], "Tùy chọn không hợp lệ / unknown option: -o=b.docx"],
    [["-ob.docx"], "Tùy chọn không hợp lệ / unknown option: -ob.docx"],
    [["--in-place=yes"], "Tùy chọn không hợp lệ / unknown option: --in-place=yes"],
    [["a", "-o"], "Thiếu giá trị cho -o / missing value for -o"],
    [["--format"], "Thiếu giá trị cho --format / missing value for --format"],
    [["--output", "--in-place"], "Thiếu giá trị cho --output / missing value for --output"],
    [["--format", "json", "-o", "-x"], "Thiếu giá trị cho -o / missing value for -o"],
  ])("%j: %s", (args, message) => {
    expect(usageMessage(args)).toBe(message);
  });
});
