/**
 * Fuzzing the reader and the checker with seeded mutations of real fixtures (LibreOffice-written and our own):
 * every case must end either in a checked document or in a clear DocxReadError — never another exception, never a hang.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { DocxReadError } from "../../src/docx/errors";
import { readDocument } from "../../src/docx/reader";
import { checkDocument } from "../../src/check";
import { buildDocxFromSpec, docxPartsFromSpec, makeFlatOpc } from "../support/buildDocx";
import { partyPlan, stateReport } from "../support/samples";

/** mulberry32: a tiny seeded PRNG, so every run fuzzes the same cases. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const seeds: [string, Uint8Array][] = [
  [
    "libreoffice plan",
    new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "libreoffice", "plan-party.docx"))),
  ],
  [
    "libreoffice report",
    new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "libreoffice", "report-state.docx"))),
  ],
  ["built plan", buildDocxFromSpec(partyPlan())],
  ["built report", buildDocxFromSpec(stateReport())],
];

type Outcome = "checked" | "refused";

function attempt(bytes: Uint8Array | string): Outcome {
  try {
    const model = readDocument(bytes);
    checkDocument(model);
    return "checked";
  } catch (e) {
    if (e instanceof DocxReadError) {
      expect(e.message.length).toBeGreaterThan(10);
      return "refused";
    }
    throw e;
  }
}

/** Byte-level damage to the zip: flips, truncation, zeroed ranges, duplicated ranges. */
function mutateBytes(src: Uint8Array, rnd: () => number): Uint8Array {
  const b = src.slice();
  const pick = Math.floor(rnd() * 4);
  const at = Math.floor(rnd() * b.length);
  if (pick === 0) {
    for (let i = 0; i < 1 + Math.floor(rnd() * 8); i++) b[Math.floor(rnd() * b.length)] = Math.floor(rnd() * 256);
    return b;
  }
  if (pick === 1) return b.slice(0, at);
  if (pick === 2) {
    b.fill(0, at, Math.min(b.length, at + 1 + Math.floor(rnd() * 64)));
    return b;
  }
  const len = Math.floor(rnd() * 200);
  const out = new Uint8Array(b.length + len);
  out.set(b.subarray(0, at));
  out.set(b.subarray(at, at + len), at);
  out.set(b.subarray(at), at + Math.min(len, b.length - at));
  return out;
}

/** XML-level damage inside an otherwise valid zip, so the parser and the reader see it. */
function mutateXml(src: Uint8Array, rnd: () => number): Uint8Array {
  const files = unzipSync(src);
  const xmlNames = Object.keys(files).filter((n) => n.endsWith(".xml") || n.endsWith(".rels"));
  const name = xmlNames[Math.floor(rnd() * xmlNames.length)]!;
  let xml = strFromU8(files[name]!);
  const at = Math.floor(rnd() * xml.length);
  const ops = [
    () => xml.slice(0, at) + xml.slice(at + Math.floor(rnd() * 300)), // delete a range
    () => xml.slice(0, at) + xml.slice(at, at + 200) + xml.slice(at), // duplicate a range
    () => xml.slice(0, at) + "<w:p><w:r><w:t>" + xml.slice(at), // unclosed elements
    () => xml.slice(0, at) + "&bogus;" + xml.slice(at), // undeclared entity
    () => xml.replace(/w:val="[^"]*"/g, (m) => (rnd() < 0.2 ? 'w:val="-99999999999"' : m)), // absurd values
    () => xml.replace(/<w:sz w:val="\d+"\/>/g, () => `<w:sz w:val="${Math.floor(rnd() * 1e6) - 5000}"/>`),
    () => xml.replace(/r:id="[^"]*"/g, 'r:id="rIdMissing"'), // dangling relationships
    () => xml.replace(/<w:basedOn w:val="[^"]*"\/>/g, '<w:basedOn w:val="Normal"/>'), // basedOn cycles through Normal
    () => xml.slice(0, at) + '<!DOCTYPE x [<!ENTITY a SYSTEM "file:///etc/passwd">]>' + xml.slice(at),
  ];
  xml = ops[Math.floor(rnd() * ops.length)]!();
  files[name] = strToU8(xml);
  return zipSync(files, { level: 1 });
}

describe("fuzz: mutated real documents are checked or refused with a clear error", () => {
  const CASES_PER_SEED = 60;
  it.each(seeds)("%s: byte-level mutations", (_name, bytes) => {
    const rnd = prng(20261127);
    const outcomes = { checked: 0, refused: 0 };
    for (let i = 0; i < CASES_PER_SEED; i++) outcomes[attempt(mutateBytes(bytes, rnd))]++;
    expect(outcomes.checked + outcomes.refused).toBe(CASES_PER_SEED);
    expect(outcomes.refused).toBeGreaterThan(0);
  });
  it.each(seeds)("%s: XML-level mutations inside a valid zip", (_name, bytes) => {
    const rnd = prng(1127);
    const outcomes = { checked: 0, refused: 0 };
    for (let i = 0; i < CASES_PER_SEED; i++) outcomes[attempt(mutateXml(bytes, rnd))]++;
    expect(outcomes.checked + outcomes.refused).toBe(CASES_PER_SEED);
    // Both kinds of outcome occur: some damage is harmless, some is refused.
    expect(outcomes.checked).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  });
  it("flat OPC text cut at random points is refused, never crashes", () => {
    const rnd = prng(7);
    const flat = makeFlatOpc(docxPartsFromSpec(partyPlan()));
    for (let i = 0; i < 40; i++) {
      const cut = flat.slice(0, Math.floor(rnd() * flat.length));
      expect(attempt(cut)).toBe("refused");
    }
  });
});
