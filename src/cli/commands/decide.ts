/**
 * `ketluan decide IN.docx -o OUT.docx [--ignore rule@paragraph[:reason]]... [--rule-off rule]...
 *  [--not-applicable 2.4[:reason]]... [--clear] [--in-place]` and `ketluan decide IN.docx --list`:
 * records the drafter's decisions in the document itself (src/decisions), where check, fix, matrix and the task pane
 * read them. A finding to ignore is named by its rule and the paragraph number `ketluan check` prints; it is stored
 * by the paragraph's text, so it stays ignored when paragraphs are added before it.
 * Exit codes: 0 written or listed; 2 bad usage or input.
 */
import { resolve } from "node:path";
import { ignoreDecision, mergeDecisions, noDecisions, type Decisions } from "../../decisions";
import { readDecisions, writeDecisions } from "../../decisions/package";
import { readDocument } from "../../docx/reader";
import { RULES } from "../../rules";
import { COVERAGE_RULE_ID } from "../../rules/coverage/missing";
import { readArguments, reportingUsageErrors, UsageError } from "../args";
import {
  describeError,
  ExitCode,
  nodeInflateRaw,
  READ_WORDING,
  readInputFile,
  writeFileAtomically,
  type Io,
} from "../io";
import { DECIDE_USAGE, USAGE_HEADING } from "../usage";

const OPTIONS = {
  output: { type: "string", short: "o" },
  "in-place": { type: "boolean" },
  ignore: { type: "string" },
  "rule-off": { type: "string" },
  "not-applicable": { type: "string" },
  clear: { type: "boolean" },
  list: { type: "boolean" },
} as const;

interface DecideArgs {
  input: string;
  output: string | undefined;
  inPlace: boolean;
  clear: boolean;
  list: boolean;
  ignore: { rule: string; paragraph: number | null; reason?: string }[];
  rulesOff: string[];
  notApplicable: { item: string; reason?: string }[];
}

const KNOWN_RULES = (): Set<string> => new Set([...RULES.map((r) => r.meta.id), COVERAGE_RULE_ID]);

/** "rule@12:lý do" → rule, paragraph 12, reason; "rule@-" or "rule@toàn-văn-bản": a document-wide finding. */
function parseIgnore(v: string): DecideArgs["ignore"][number] {
  const m = /^([^@\s]+)@(\d+|-|toàn-văn-bản)(?::(.*))?$/u.exec(v.trim());
  if (m === null)
    throw new UsageError(
      `--ignore cần dạng quy-tắc@số-đoạn[:lý do], ví dụ font/size@12 / expected rule@paragraph: "${v}"`,
    );
  if (!KNOWN_RULES().has(m[1]!)) throw new UsageError(`Mã quy tắc không có / unknown rule id: ${m[1]}`);
  const reason = m[3]?.trim();
  return {
    rule: m[1]!,
    paragraph: /^\d+$/.test(m[2]!) ? Number(m[2]) : null,
    ...(reason === undefined || reason === "" ? {} : { reason: reason.normalize("NFC") }),
  };
}

function parseDecideArgs(args: string[]): DecideArgs {
  const out: DecideArgs = {
    input: "",
    output: undefined,
    inPlace: false,
    clear: false,
    list: false,
    ignore: [],
    rulesOff: [],
    notApplicable: [],
  };
  const files: string[] = [];
  for (const t of readArguments(args, OPTIONS)) {
    if (t.kind === "positional") {
      files.push(t.value);
      continue;
    }
    if (t.name === "in-place") out.inPlace = true;
    else if (t.name === "clear") out.clear = true;
    else if (t.name === "list") out.list = true;
    else {
      const v = t.value;
      if (v === undefined || v.trim() === "")
        throw new UsageError(`Thiếu giá trị cho ${t.rawName} / missing value for ${t.rawName}`);
      if (t.name === "output") out.output = v;
      else if (t.name === "ignore") out.ignore.push(parseIgnore(v));
      else if (t.name === "rule-off") {
        if (!KNOWN_RULES().has(v.trim())) throw new UsageError(`Mã quy tắc không có / unknown rule id: ${v}`);
        out.rulesOff.push(v.trim());
      } else if (t.name === "not-applicable") {
        const m = /^\s*([\p{L}\d.]+)\s*(?::(.*))?$/u.exec(v);
        if (m === null) throw new UsageError(`--not-applicable cần dạng 2.4[:lý do] / expected item[:reason]: "${v}"`);
        const reason = m[2]?.trim();
        out.notApplicable.push({
          item: m[1]!,
          ...(reason === undefined || reason === "" ? {} : { reason: reason.normalize("NFC") }),
        });
      }
    }
  }
  if (files.length !== 1) throw new UsageError("Lệnh decide ghi cho một tệp mỗi lần / decide takes one input file");
  out.input = files[0]!;
  if (out.list) {
    if (
      out.output !== undefined ||
      out.inPlace ||
      out.clear ||
      out.ignore.length + out.rulesOff.length + out.notApplicable.length > 0
    )
      throw new UsageError("--list chỉ in các quyết định đã lưu, không ghi gì / --list writes nothing: use it alone");
    return out;
  }
  if (!out.clear && out.ignore.length + out.rulesOff.length + out.notApplicable.length === 0)
    throw new UsageError(
      "Chưa có quyết định nào để ghi (--ignore, --rule-off, --not-applicable, --clear) / nothing to record",
    );
  if (out.inPlace && out.output !== undefined && resolve(out.output) !== resolve(out.input))
    throw new UsageError("Dùng --in-place hoặc -o, không dùng cả hai / use either --in-place or -o");
  if (!out.inPlace && out.output === undefined)
    throw new UsageError("Cần -o TỆP_MỚI.docx (hoặc --in-place để ghi vào tệp gốc) / -o OUT.docx is required");
  if (!out.inPlace && resolve(out.output!) === resolve(out.input))
    throw new UsageError(
      "Tệp ra trùng tệp vào; dùng --in-place nếu muốn ghi vào tệp gốc / output is the input: use --in-place",
    );
  return out;
}

/** The decisions as lines for people. */
export function describeDecisions(d: Decisions): string[] {
  const lines: string[] = [];
  for (const x of d.ignored)
    lines.push(
      `  bỏ qua       ${x.rule.padEnd(22)} ${x.paragraph === "" ? "toàn văn bản" : `«${x.excerpt}»`}${x.reason === undefined ? "" : ` — lý do: ${x.reason}`}`,
    );
  for (const r of d.rulesOff) lines.push(`  tắt quy tắc  ${r}`);
  for (const x of d.notApplicable)
    lines.push(`  không áp dụng mục ${x.item}${x.reason === undefined ? "" : ` — lý do: ${x.reason}`}`);
  return lines;
}

/** Runs `ketluan decide` with the arguments after "decide"; returns the exit code. */
export function decideCommand(argv: string[], io: Io): Promise<number> {
  return reportingUsageErrors(io, "ketluan decide", `${USAGE_HEADING}\n${DECIDE_USAGE}`, async () => {
    const args = parseDecideArgs(argv);
    let bytes: Uint8Array;
    let stored: Decisions;
    try {
      bytes = await readInputFile(args.input);
      stored = readDecisions(bytes, { inflateRaw: nodeInflateRaw });
    } catch (e) {
      io.err(`${args.input}: ${describeError(e, READ_WORDING)}\n`);
      return ExitCode.failure;
    }
    if (args.list) {
      const lines = describeDecisions(stored);
      io.out(
        `${args.input}: ${lines.length === 0 ? "chưa có quyết định nào / no decisions" : `${lines.length} quyết định`}\n`,
      );
      if (lines.length > 0) io.out(lines.join("\n") + "\n");
      return ExitCode.ok;
    }
    const target = args.inPlace ? args.input : args.output!;
    try {
      const model = readDocument(bytes, { inflateRaw: nodeInflateRaw });
      for (const x of args.ignore)
        if (x.paragraph !== null && model.paragraphs[x.paragraph] === undefined)
          throw new UsageError(
            `Văn bản không có đoạn ${x.paragraph} (có ${model.paragraphs.length} đoạn) / no paragraph ${x.paragraph}`,
          );
      const added: Decisions = {
        ignored: args.ignore.map((x) => ignoreDecision(model, x.rule, x.paragraph, x.reason)),
        rulesOff: args.rulesOff,
        notApplicable: args.notApplicable,
      };
      const decisions = mergeDecisions(args.clear ? noDecisions() : stored, added);
      await writeFileAtomically(target, writeDecisions(bytes, decisions, { inflateRaw: nodeInflateRaw }));
      io.out(`${args.input} → ${target}: ${describeDecisions(decisions).length} quyết định lưu trong văn bản\n`);
      const lines = describeDecisions(decisions);
      if (lines.length > 0) io.out(lines.join("\n") + "\n");
      return ExitCode.ok;
    } catch (e) {
      if (e instanceof UsageError) throw e;
      io.err(`${args.input}: ${describeError(e, READ_WORDING)}\n`);
      return ExitCode.failure;
    }
  });
}
