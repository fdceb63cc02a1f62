/**
 * The drafter's decisions in Word (issue 11): the adapter reads our custom XML part (DECISIONS_NS) with the check's
 * snapshot and writes it when the drafter decides, against the fake Word's `document.customXmlParts` (WordApi 1.4).
 * Counted: a snapshot is one sync without the part, two with it; a write is one Word.run, two syncs.
 */
import { WordAdapter } from "../../src/word/adapter";
import { WordAdapterError } from "../../src/word/errors";
import { buildCheckView } from "../../src/app/session";
import { DEFAULT_SETTINGS } from "../../src/app/settings";
import { DECISIONS_NS, ignoreDecision, noDecisions, type Decisions } from "../../src/decisions";
import { decisionsFromXml, decisionsToXml } from "../../src/decisions/xml";
import { docxPartsFromSpec, makeFlatOpc } from "../support/buildDocx";
import { blockPara, partyPlan, variant } from "../support/samples";
import { FakeWordState, fakeWordApi, rootNamespace } from "./fakeWord";

const DESKTOP_13 = ["WordApiDesktop 1.3"];
/** Another add-in's part, which the adapter must neither read nor delete. */
const OTHER_PART = '<?xml version="1.0"?><cfg:settings xmlns:cfg="urn:example:other"><cfg:a>1</cfg:a></cfg:settings>';

const flawedOoxml = () =>
  makeFlatOpc(
    docxPartsFromSpec(
      variant(partyPlan(), (d) => {
        blockPara(d, 6).sizePt = 12;
      }),
    ),
  );

const sample: Decisions = {
  ignored: [{ rule: "font/size", paragraph: "0123abcd4567ef0120", excerpt: "Quán triệt…", reason: "Bảng phụ lục" }],
  rulesOff: ["text/abbreviation"],
  notApplicable: [{ item: "2.7", reason: "Đơn vị không có nhiệm vụ này" }],
};

function word(options: { parts?: string[]; wordApi?: number } = {}) {
  const state = new FakeWordState(flawedOoxml(), { customXmlParts: options.parts ?? [] });
  const adapter = new WordAdapter(fakeWordApi(state, DESKTOP_13, { wordApi: options.wordApi ?? 1.4 }));
  return { state, adapter };
}

describe("the fake's custom XML parts", () => {
  test("namespaceUri is the root element's namespace, default or prefixed", () => {
    expect(rootNamespace(decisionsToXml(sample))).toBe(DECISIONS_NS);
    expect(rootNamespace(OTHER_PART)).toBe("urn:example:other");
    expect(rootNamespace("<a/>")).toBe("");
  });

  test("add() of XML that is not well-formed fails the sync; getXml() is readable only after the sync", async () => {
    const state = FakeWordState.fromTexts(["Một đoạn"]);
    const api = fakeWordApi(state);
    await expect(
      api.run(async (context) => {
        context.document.customXmlParts.add("<decisions>");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    state.addCustomXmlPart(decisionsToXml(sample));
    await expect(
      api.run(async (context) => {
        const parts = context.document.customXmlParts.getByNamespace(DECISIONS_NS).load("items/id");
        await context.sync();
        const xml = parts.items[0]!.getXml();
        // read on purpose before the sync: the fake refuses it as Office.js does
        // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
        expect(() => xml.value).toThrow(/not available/);
        await context.sync();
        // a ClientResult has no load(): the sync fills it
        // eslint-disable-next-line office-addins/load-object-before-read
        return xml.value;
      }),
    ).resolves.toBe(decisionsToXml(sample));
  });
});

describe("reading the decisions with the snapshot", () => {
  test("a document without the part: one sync (as before), no decisions", async () => {
    const { state, adapter } = word({ parts: [OTHER_PART] });
    const snap = await adapter.snapshot();
    expect(state.runs).toBe(1);
    expect(state.syncs).toBe(1);
    expect(snap.decisions).toEqual(noDecisions());
    expect(snap.decisionsUnreadable).toBe(false);
  });

  test("a document with the part: one Word.run, two syncs, the decisions; another add-in's part is not read", async () => {
    const { state, adapter } = word({ parts: [OTHER_PART, decisionsToXml(sample)] });
    const snap = await adapter.snapshot();
    expect(state.runs).toBe(1);
    expect(state.syncs).toBe(2);
    console.log(`snapshot with the decisions part: ${state.runs} Word.run, ${state.syncs} context.sync`);
    expect(snap.decisions).toEqual(sample);
    expect(state.loads.filter((l) => l === "CustomXmlPart:getXml")).toHaveLength(1);
    expect(state.edits).toEqual([]);
  });

  test("two parts of ours (two copies of the add-in each added one): merged", async () => {
    const second: Decisions = { ...noDecisions(), rulesOff: ["font/family"] };
    const { adapter } = word({ parts: [decisionsToXml(sample), decisionsToXml(second)] });
    const snap = await adapter.snapshot();
    expect(snap.decisions?.rulesOff).toEqual(["text/abbreviation", "font/family"]);
    expect(snap.decisions?.notApplicable).toEqual(sample.notApplicable);
  });

  test("a part of ours the reader refuses (a raw '<' in an attribute): no decisions, and said so", async () => {
    const { adapter } = word({ parts: [`<decisions xmlns="${DECISIONS_NS}"><ignore rule="a<b"/></decisions>`] });
    const snap = await adapter.snapshot();
    expect(snap.decisionsUnreadable).toBe(true);
    expect(snap.decisions).toEqual(noDecisions());
  });

  test("Word without WordApi 1.4: no custom XML call, one sync, decisions unknown (the pane keeps them in settings)", async () => {
    const { state, adapter } = word({ parts: [decisionsToXml(sample)], wordApi: 1.3 });
    const snap = await adapter.snapshot();
    expect(state.syncs).toBe(1);
    expect(state.loads.some((l) => l.startsWith("CustomXmlPart"))).toBe(false);
    expect(snap.decisions).toBeUndefined();
  });
});

describe("writing the decisions", () => {
  test("one Word.run, two syncs: our old part deleted, the new one added, another add-in's part kept", async () => {
    const { state, adapter } = word({ parts: [OTHER_PART, decisionsToXml(noDecisions())] });
    const before = state.customXmlParts.map((p) => p.id);
    await adapter.writeDecisions(sample);
    expect(state.runs).toBe(1);
    expect(state.syncs).toBe(2);
    console.log(`decisions written: ${state.runs} Word.run, ${state.syncs} context.sync`);
    expect(state.edits.map((e) => e.op)).toEqual(["deleteCustomXmlPart", "addCustomXmlPart"]);
    expect(state.customXmlParts).toHaveLength(2);
    expect(state.customXmlParts[0]).toEqual({ id: before[0], xml: OTHER_PART });
    const ours = state.customXmlParts[1]!;
    expect(rootNamespace(ours.xml)).toBe(DECISIONS_NS);
    expect(decisionsFromXml(ours.xml)).toEqual(sample);
  });

  test("written, then read back by the next snapshot", async () => {
    const { adapter } = word();
    await adapter.writeDecisions(sample);
    expect((await adapter.snapshot()).decisions).toEqual(sample);
  });

  test("no decisions left (the last one undone): the part is removed, none added", async () => {
    const { state, adapter } = word({ parts: [decisionsToXml(sample)] });
    await adapter.writeDecisions(noDecisions());
    expect(state.syncs).toBe(2);
    expect(state.customXmlParts).toEqual([]);
  });

  test("Word without WordApi 1.4: a readable error, nothing sent to Word", async () => {
    const { state, adapter } = word({ wordApi: 1.3 });
    await expect(adapter.writeDecisions(sample)).rejects.toThrow(WordAdapterError);
    await expect(adapter.writeDecisions(sample)).rejects.toThrow(
      /^Không lưu được quyết định vào tài liệu: .*WordApi 1\.4/,
    );
    expect(state.runs).toBe(0);
  });

  test("an ignore decision made on Word's snapshot hides the finding in the next check's view", async () => {
    const { adapter } = word();
    const snap = await adapter.snapshot();
    const view = buildCheckView(snap.model, DEFAULT_SETTINGS);
    const size = view.result.findings.find((f) => f.rule === "font/size" && f.paragraph !== null)!;
    expect(size).toBeDefined();
    await adapter.writeDecisions({
      ...noDecisions(),
      ignored: [ignoreDecision(snap.model, size.rule, size.paragraph, "Chấp nhận")],
    });
    const again = await adapter.snapshot();
    const after = buildCheckView(again.model, DEFAULT_SETTINGS, undefined, again.decisions);
    expect(after.result.findings.some((f) => f.rule === "font/size" && f.paragraph === size.paragraph)).toBe(false);
    expect(after.summary.ignored).toBe(1);
    expect(after.ignored[0]?.decision.reason).toBe("Chấp nhận");
  });
});
