/** The header block above the type name: titles, issuer, star and lines, number, place and date. */
import type { Paragraph } from "../../model/document";
import { normalizeForMatch } from "../../model/text";
import {
  columnOf,
  HEADER_WINDOW,
  isSeparatorLine,
  NATIONAL_TITLE,
  PARTY_TITLE,
  PLACE_DATE,
  sameColumn,
} from "./common";
import type { HeaderStructure } from "./types";

const MOTTO = normalizeForMatch("Độc lập - Tự do - Hạnh phúc");
const NUMBER_LINE = /^\s*(Số|SỐ|số)(?=[\s:.…_]|\d)/u;
const STAR = /^\s*\*+\s*$/;

export function findHeader(paras: Paragraph[], typeNameParagraph: number | undefined): HeaderStructure {
  let end = typeNameParagraph;
  if (end === undefined) {
    // Without a type name: the first table (when it starts the document) or the first few paragraphs.
    const firstTableEnd = paras.findIndex((p, i) => i > 0 && p.cell === undefined && paras[i - 1]!.cell !== undefined);
    end = paras[0]?.cell !== undefined && firstTableEnd > 0 ? firstTableEnd : Math.min(paras.length, 8);
  }
  end = Math.min(end, HEADER_WINDOW);
  const region = paras.slice(0, end);
  const h: HeaderStructure = {
    paragraphs: region.map((p) => p.index),
    table: undefined,
    partyTitle: undefined,
    nationalTitle: undefined,
    motto: undefined,
    issuer: [],
    star: undefined,
    issuerLine: undefined,
    titleLine: undefined,
    number: undefined,
    date: undefined,
    issuerColumn: undefined,
    titleColumn: undefined,
  };
  for (const p of region) {
    if (STAR.test(p.text)) {
      h.star ??= p.index;
      continue;
    }
    const key = normalizeForMatch(p.text);
    if (key === "") continue;
    if (key === PARTY_TITLE && h.partyTitle === undefined) h.partyTitle = p.index;
    else if (key === NATIONAL_TITLE && h.nationalTitle === undefined) h.nationalTitle = p.index;
    else if (key === MOTTO && h.motto === undefined) h.motto = p.index;
    else if (NUMBER_LINE.test(p.text) && h.number === undefined) h.number = p.index;
    else if (PLACE_DATE.test(p.text) && h.date === undefined) h.date = p.index;
  }
  const titleIdx = h.partyTitle ?? h.nationalTitle;
  if (titleIdx !== undefined) h.titleColumn = columnOf(paras[titleIdx]!);
  const tableOf = (i: number | undefined): number | undefined => (i === undefined ? undefined : paras[i]!.cell?.table);
  h.table = tableOf(titleIdx) ?? tableOf(h.number);
  // The issuer column: the one holding the number line or the star; else, in a table, the other column.
  const anchor = h.number ?? h.star;
  if (anchor !== undefined) h.issuerColumn = columnOf(paras[anchor]!);
  else if (h.titleColumn !== undefined)
    h.issuerColumn = { ...h.titleColumn, column: h.titleColumn.column === 0 ? 1 : 0 };
  const taken = new Set([h.partyTitle, h.nationalTitle, h.motto, h.number, h.date, h.star]);
  const stop = anchor ?? end;
  for (const p of region) {
    if (p.index >= stop) break;
    if (taken.has(p.index) || !sameColumn(columnOf(p), h.issuerColumn)) continue;
    if (isSeparatorLine(p.text)) {
      if (h.issuer.length > 0 && h.issuerLine === undefined) h.issuerLine = p.index;
      continue;
    }
    if (p.text.trim() === "" || PLACE_DATE.test(p.text)) continue;
    h.issuer.push(p.index);
  }
  // A line under the party title or the motto.
  const lineAfter = h.motto ?? h.partyTitle;
  if (lineAfter !== undefined) {
    const next = paras[lineAfter + 1];
    if (next !== undefined && next.index < end && isSeparatorLine(next.text)) h.titleLine = next.index;
  }
  return h;
}
