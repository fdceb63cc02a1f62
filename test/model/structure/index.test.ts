/**
 * The whole structure (analyzeStructure) of the LibreOffice-written compliant drafts: the header and the
 * signature/recipients tables recognised with their columns and parts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readDocument } from "../../../src/docx/reader";
import { analyzeStructure } from "../../../src/model/structure";

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(__dirname, "..", "..", "fixtures", "libreoffice", name)));

describe("layout tables", () => {
  it("recognises the header and the signature/recipients tables and their columns", () => {
    const s = analyzeStructure(readDocument(fixture("plan-party.docx")));
    expect(s.header.table).toBe(0);
    expect(s.header.issuerColumn).toMatchObject({ table: 0, column: 0, columnCount: 2 });
    expect(s.header.titleColumn).toMatchObject({ table: 0, column: 1 });
    expect(s.header).toMatchObject({ issuer: [0, 1], star: 2, number: 3, partyTitle: 4, date: 7 });
    expect(s.summaryParagraphs).toEqual([9]);
    expect(s.summarySeparator).toBe(10);
    expect(s.recipients.column).toMatchObject({ table: 1, column: 0 });
    expect(s.recipients.lines).toHaveLength(4);
    expect(s.signature.column).toMatchObject({ table: 1, column: 1 });
    expect(s.signature.paragraphs).toHaveLength(3);
    expect(s.signature.name).toBe(s.signature.paragraphs[2]);
  });
  it("reads a State header: managing body, issuing body, line, number; title, motto, date", () => {
    const s = analyzeStructure(readDocument(fixture("report-state.docx")));
    expect(s.header).toMatchObject({ issuer: [0, 1], issuerLine: 2, number: 3, nationalTitle: 4, motto: 5, date: 7 });
  });
});
