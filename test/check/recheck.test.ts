/**
 * Re-checks reuse the analyses of unchanged paragraphs (src/model/memo): the pane re-checks the whole document after
 * each edit, and what the drafter sees must be exactly what a first check of the edited document shows, never a
 * finding or a coverage status left over from the text before the edit.
 */
import { readDocument } from "../../src/docx/reader";
import { checkDocument, type CheckResult } from "../../src/check";
import { clearParagraphMemos, ParagraphMemo, startCheckGeneration } from "../../src/model/memo";
import { buildDocxFromSpec } from "../support/buildDocx";
import type { DocSpec } from "../support/docSpec";
import { blockPara, partyPlan, variant } from "../support/samples";

const check = (doc: DocSpec): CheckResult => checkDocument(readDocument(buildDocxFromSpec(doc)));
const statuses = (r: CheckResult): Record<string, string> =>
  Object.fromEntries(r.coverage.map((c) => [c.item, c.status]));

/** The plan's one body paragraph on its tasks (block 8) rewritten as a paragraph about a meeting. */
const edited = variant(partyPlan(), (d) => {
  const p = blockPara(d, 8);
  delete p.runs;
  p.text = "Tổ chức hội nghị sơ kết một năm thực hiện kế hoạch vào quý IV.";
});

describe("a re-check after an edit shows what a first check of the edited document shows", () => {
  beforeEach(() => clearParagraphMemos());

  it("an item only the rewritten paragraph answered becomes missing at once", () => {
    const before = check(partyPlan());
    expect(statuses(before)).toMatchObject({ "2.1": "partial", "2.3": "partial" });
    const after = check(edited);
    expect(statuses(after)).toMatchObject({ "2.1": "partial", "2.3": "missing" });
    clearParagraphMemos();
    expect(after).toEqual(check(edited));
  });

  it("undoing the edit brings the first result back, whole", () => {
    const first = check(partyPlan());
    check(edited);
    expect(check(partyPlan())).toEqual(first);
  });

  it("the same paragraphs re-checked under the State profile are read with the State's exemptions", () => {
    // "BCS" (ban cán sự) needs no definition in a Party document; in a State document it does
    const doc = variant(partyPlan(), (d) => {
      const p = blockPara(d, 8);
      delete p.runs;
      p.text = "Giao BCS đảng Ủy ban nhân dân huyện chủ trì thực hiện kế hoạch này.";
    });
    const model = readDocument(buildDocxFromSpec(doc));
    const bcs = (r: CheckResult) => r.findings.filter((f) => f.rule === "text/abbreviation" && /“BCS”/.test(f.message));
    expect(bcs(checkDocument(model, { profile: "party" }))).toEqual([]);
    const state = checkDocument(model, { profile: "state" });
    expect(bcs(state)).toHaveLength(1);
    clearParagraphMemos();
    expect(checkDocument(model, { profile: "state" })).toEqual(state);
  });

  it("checking the same document twice gives the same findings and coverage", () => {
    const first = check(edited);
    expect(check(edited)).toEqual(first);
  });
});

describe("ParagraphMemo: what a re-check recomputes", () => {
  const counting = () => {
    const computed: string[] = [];
    const memo = new ParagraphMemo((text: string) => {
      computed.push(text);
      return text.length;
    });
    return { memo, computed };
  };

  it("a paragraph seen in this check or the previous one is not analysed again; an edited one is", () => {
    const { memo, computed } = counting();
    startCheckGeneration();
    ["a", "bb", "a"].forEach((t) => memo.get(t));
    startCheckGeneration();
    expect(["a", "bb!", "a"].map((t) => memo.get(t))).toEqual([1, 3, 1]);
    expect(computed).toEqual(["a", "bb", "bb!"]);
  });

  it("forgets what the last two checks did not read, so a long session does not hold every text ever typed", () => {
    const { memo, computed } = counting();
    startCheckGeneration();
    memo.get("old");
    startCheckGeneration();
    memo.get("new");
    startCheckGeneration();
    memo.get("newer");
    memo.get("new"); // read in the previous check: kept
    memo.get("old"); // last read two checks ago: analysed again
    expect(computed).toEqual(["old", "new", "newer", "old"]);
  });

  it("clearParagraphMemos forgets everything", () => {
    const { memo, computed } = counting();
    startCheckGeneration();
    memo.get("x");
    clearParagraphMemos();
    memo.get("x");
    expect(computed).toEqual(["x", "x"]);
  });
});
