/** The signature block and the recipient list ("Nơi nhận:") after the body. */
import type { Paragraph } from "../../model/document";
import { isUpperCaseVietnamese } from "../../model/text";
import { columnOf, SIGNATURE_PREFIX } from "./common";
import type { ColumnRef, RecipientsStructure, SignatureStructure } from "./types";

const RECIPIENTS_LABEL = /^\s*n[ơo]i\s+nh[ậa]n\b/i;

function afterBody(paras: Paragraph[], body: number[]): number {
  const last = body[body.length - 1];
  return last === undefined ? 0 : last + 1;
}

export function findRecipients(paras: Paragraph[], body: number[]): RecipientsStructure {
  const from = afterBody(paras, body);
  let label: Paragraph | undefined;
  for (let i = paras.length - 1; i >= from; i--) {
    if (RECIPIENTS_LABEL.test(paras[i]!.text)) {
      label = paras[i];
      break;
    }
  }
  if (label === undefined) return { label: undefined, lines: [], column: undefined };
  const column = columnOf(label);
  const lines: number[] = [];
  for (let i = label.index + 1; i < paras.length; i++) {
    const p = paras[i]!;
    if (label.cell !== undefined) {
      const c = p.cell;
      if (c === undefined || c.table !== label.cell.table || c.row !== label.cell.row || c.column !== label.cell.column)
        break;
      if (p.text.trim() !== "") lines.push(i);
      continue;
    }
    if (p.cell !== undefined) break;
    if (p.text.trim() === "") {
      if (lines.length > 0) break;
      continue;
    }
    if (!/^\s*[-–+•]/.test(p.text) && lines.length > 0) break;
    if (SIGNATURE_PREFIX.test(p.text)) break;
    lines.push(i);
  }
  return { label: label.index, lines, column };
}

export function findSignature(paras: Paragraph[], body: number[], recipients: RecipientsStructure): SignatureStructure {
  const from = afterBody(paras, body);
  const none: SignatureStructure = { paragraphs: [], prefix: undefined, name: undefined, column: undefined };
  const recipientSet = new Set(recipients.lines);
  if (recipients.label !== undefined) recipientSet.add(recipients.label);
  let prefix: Paragraph | undefined;
  for (let i = from; i < paras.length; i++) {
    const p = paras[i]!;
    if (recipientSet.has(i)) continue;
    if (SIGNATURE_PREFIX.test(p.text) && isUpperCaseVietnamese(p.text.replace(/[^\p{L}]/gu, ""))) {
      prefix = p;
      break;
    }
  }
  let members: Paragraph[];
  let column: ColumnRef | undefined;
  if (prefix !== undefined && prefix.cell !== undefined) {
    const c = prefix.cell;
    column = columnOf(prefix);
    members = paras.filter(
      (p) =>
        p.cell !== undefined &&
        p.cell.table === c.table &&
        p.cell.row === c.row &&
        p.cell.column === c.column &&
        p.index >= prefix.index,
    );
  } else if (prefix !== undefined) {
    members = [];
    for (let i = prefix.index; i < paras.length; i++) {
      const p = paras[i]!;
      if (recipientSet.has(i) || p.cell !== undefined) break;
      members.push(p);
    }
  } else if (recipients.label !== undefined && paras[recipients.label]!.cell !== undefined) {
    // No prefix (a head signing in person): the other column of the recipients' row.
    const lc = paras[recipients.label]!.cell!;
    members = paras.filter(
      (p) => p.cell !== undefined && p.cell.table === lc.table && p.cell.row === lc.row && p.cell.column !== lc.column,
    );
    column = members[0] === undefined ? undefined : columnOf(members[0]);
  } else return none;
  const nonEmpty = members.filter((p) => p.text.trim() !== "");
  const last = nonEmpty[nonEmpty.length - 1];
  const name = last !== undefined && nonEmpty.length > 1 && !isUpperCaseVietnamese(last.text) ? last.index : undefined;
  return { paragraphs: nonEmpty.map((p) => p.index), prefix: prefix?.index, name, column };
}
