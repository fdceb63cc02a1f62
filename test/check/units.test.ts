/**
 * The units a plan assigns, fed to coverage: each directive task the plan answers carries the bodies leading the
 * plan's tasks where it is answered (a prose area's lead, a task table row's lead cell).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkDocument } from "../../src/check";
import { ownerAt } from "../../src/check/units";
import { readDocument } from "../../src/docx/reader";
import { analyzeStructure } from "../../src/model/structure";
import { planTasksOf } from "../../src/rules/plan/vocabulary";

const fixture = (...path: string[]) =>
  readDocument(new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", ...path))));

describe("coverage tasks carry the units the plan names", () => {
  it("a Party prose plan (LibreOffice-written): the economic tasks are led by the district People's Committee", () => {
    const result = checkDocument(fixture("libreoffice", "plan-party.docx"));
    const task = (id: string) => result.coverage.flatMap((c) => c.tasks).find((t) => t.id === id);
    expect(task("2.3.1")).toMatchObject({ status: "covered", units: ["Ủy ban nhân dân huyện"] });
    expect(task("2.1.1")).toMatchObject({ status: "covered", units: ["Các cấp ủy, tổ chức đảng, cơ quan, đơn vị"] });
    // A task the plan does not answer names nobody.
    const missing = result.coverage.flatMap((c) => c.tasks).filter((t) => t.status === "missing");
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.filter((t) => t.units !== undefined)).toEqual([]);
  });

  it("a real plan's task table (kh-cchc-2026-issued.docx): a row's lead cell, not its neighbours'", () => {
    const model = fixture("real", "kh-cchc-2026-issued.docx");
    const plan = planTasksOf(model, analyzeStructure(model));
    const at = (text: string) => model.paragraphs.find((p) => p.cell !== undefined && p.text.startsWith(text))!.index;
    expect(ownerAt(model, plan, at("Định kỳ thực hiện việc công bố danh mục"))).toBe(
      "Sở Tư pháp; UBND các xã, phường, đặc khu",
    );
    expect(ownerAt(model, plan, at("Kiểm soát, thẩm định chặt chẽ"))).toBe("Các sở, ban, ngành");
  });

  it("a report has no plan summary and no units", () => {
    const result = checkDocument(fixture("libreoffice", "report-state.docx"));
    expect(result.plan).toBeUndefined();
    expect(result.coverage.flatMap((c) => c.tasks).filter((t) => t.units !== undefined)).toEqual([]);
  });
});
