/** `ketluan decide` and what check, fix and matrix do with the decisions it stores. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { decisionsToXml } from "../../src/decisions/xml";
import { readDecisions } from "../../src/decisions/package";
import { readDocument } from "../../src/docx/reader";
import { buildDocxFromSpec } from "../support/buildDocx";
import { blockPara, partyPlan, variant } from "../support/samples";
import { runCli } from "../cli/run";

const dir = mkdtempSync(join(tmpdir(), "ketluan-decide-"));
const input = join(dir, "ke-hoach.docx");
writeFileSync(
  input,
  buildDocxFromSpec(
    variant(partyPlan(), (d) => {
      blockPara(d, 6).sizePt = 12;
      blockPara(d, 8).sizePt = 12;
    }),
  ),
);

interface JsonFinding {
  rule: string;
  paragraph: number | null;
}
const sizeParagraphs = async (file: string): Promise<number[]> => {
  const r = await runCli(["check", "--format", "json", file]);
  const [res] = JSON.parse(r.out) as { findings: JsonFinding[] }[];
  return res!.findings.filter((f) => f.rule === "font/size").map((f) => f.paragraph!);
};

describe("ketluan decide", () => {
  it("stores an ignored finding, a rule turned off and an item not applicable; check and fix honour them", async () => {
    const [first, second] = await sizeParagraphs(input);
    expect(second).toBeDefined();
    const decided = join(dir, "da-quyet-dinh.docx");
    const r = await runCli([
      "decide",
      input,
      "-o",
      decided,
      "--ignore",
      `font/size@${first}:Trích nguyên văn`,
      "--rule-off",
      "font/color",
      "--not-applicable",
      "2.4:Đơn vị không có lực lượng vũ trang",
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("3 quyết định lưu trong văn bản");
    expect(readDecisions(new Uint8Array(readFileSync(input)))).toEqual({
      ignored: [],
      rulesOff: [],
      notApplicable: [],
    });

    expect(await sizeParagraphs(decided)).toEqual([second]);
    const text = await runCli(["check", decided]);
    expect(text.out).toContain("1 phát hiện đã bỏ qua theo quyết định lưu trong văn bản (xem: --show-ignored)");
    const shown = await runCli(["check", "--show-ignored", decided]);
    expect(shown.out).toMatch(new RegExp(`đoạn ${first} +bỏ qua +font/size .* — lý do: Trích nguyên văn`));
    const json = await runCli(["check", "--format", "json", "--show-ignored", decided]);
    const [res] = JSON.parse(json.out) as {
      ignored: { finding: JsonFinding; decision: { reason: string } }[];
      coverage: { item: string; status: string; reason?: string }[];
    }[];
    expect(res!.ignored.map((x) => [x.finding.paragraph, x.decision.reason])).toEqual([[first, "Trích nguyên văn"]]);

    const fixed = join(dir, "da-sua.docx");
    expect((await runCli(["fix", decided, "-o", fixed])).code).toBeLessThan(2);
    const model = readDocument(new Uint8Array(readFileSync(fixed)));
    const size = (i: number) => model.paragraphs[i]!.runs.find((x) => x.text.trim() !== "")!.sizePt;
    expect([size(first!), size(second!)]).toEqual([12, 14]);

    const list = await runCli(["decide", decided, "--list"]);
    expect(list.out).toContain("không áp dụng mục 2.4 — lý do: Đơn vị không có lực lượng vũ trang");
    expect(list.out).toContain("tắt quy tắc  font/color");
  });

  it("shows a not-applicable item with its reason in check and in the matrix", async () => {
    const decided = join(dir, "khong-ap-dung.docx");
    await runCli(["decide", input, "-o", decided, "--not-applicable", "2.4:Không có lực lượng vũ trang"]);
    const check = await runCli(["check", "--implements", decided]);
    expect(check.out).toMatch(/2\.4 +không áp dụng .* — lý do: Không có lực lượng vũ trang/);
    const folder = join(dir, "ma-tran");
    mkdirSync(folder);
    writeFileSync(join(folder, "don-vi.docx"), readFileSync(decided));
    const out = join(dir, "ket-qua");
    expect((await runCli(["matrix", folder, "--out", out, "--format", "json"])).code).toBe(0);
    const matrix = JSON.parse(readFileSync(`${out}.json`, "utf8")) as {
      rows: { cells: Record<string, { status: string; evidence: string }> }[];
    };
    expect(matrix.rows[0]!.cells["2.4"]).toEqual({
      status: "not-applicable",
      evidence: "Lý do không áp dụng: Không có lực lượng vũ trang",
    });
  });

  it("reads a not-applicable mark the task pane stored through Word (customXmlParts.add), in the matrix", async () => {
    // Word saves a part added with customXmlParts.add as customXml/itemN.xml with its properties part, related from
    // the main part by "../customXml/itemN.xml" (ECMA-376 Part 1 §22.5; Word numbers after its own parts)
    const files = unzipSync(new Uint8Array(readFileSync(input)));
    const paneXml = decisionsToXml({
      ignored: [],
      rulesOff: [],
      notApplicable: [{ item: "2.6", reason: "Đã có kế hoạch riêng" }],
    });
    files["customXml/item3.xml"] = strToU8(paneXml);
    files["customXml/itemProps3.xml"] = strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{5F0A9C51-2B6B-4F0E-9D31-0C2A7D9E1B44}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>',
    );
    files["customXml/_rels/item3.xml.rels"] = strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps3.xml"/></Relationships>',
    );
    const rels = strFromU8(files["word/_rels/document.xml.rels"]!);
    files["word/_rels/document.xml.rels"] = strToU8(
      rels.replace(
        "</Relationships>",
        '<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item3.xml"/></Relationships>',
      ),
    );
    const folder = join(dir, "tu-word");
    mkdirSync(folder);
    writeFileSync(join(folder, "don-vi.docx"), zipSync(files));
    const out = join(dir, "ket-qua-word");
    expect((await runCli(["matrix", folder, "--out", out, "--format", "json"])).code).toBe(0);
    const matrix = JSON.parse(readFileSync(`${out}.json`, "utf8")) as {
      rows: { cells: Record<string, { status: string; evidence: string }> }[];
    };
    expect(matrix.rows[0]!.cells["2.6"]).toEqual({
      status: "not-applicable",
      evidence: "Lý do không áp dụng: Đã có kế hoạch riêng",
    });
  });

  it.each([
    [["-o", "x.docx", "--ignore", "khong/co@3"], /unknown rule id: khong\/co/],
    [["-o", "x.docx", "--ignore", "font/size"], /quy-tắc@số-đoạn/],
    [["-o", "x.docx", "--ignore", "font/size@9999"], /không có đoạn 9999/],
    [["-o", "x.docx"], /nothing to record/],
    [["--list", "--rule-off", "font/size"], /--list writes nothing/],
  ])("refuses %j with exit 2 and a reason", async (extra, message) => {
    const r = await runCli(["decide", input, ...extra.map((a) => (a === "x.docx" ? join(dir, a) : a))]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});
