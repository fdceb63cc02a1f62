/**
 * The rule registry: every rule module, in the order of docs/rules.md's table of stable ids. The check pipeline that runs
 * them (src/check/) is kept apart, as ESLint keeps its linter apart from its rules.
 */
import type { Rule } from "./types";
import { rule as pageSize } from "./page/size";
import { rule as pageMargins } from "./page/margins";
import { rule as fontFamily } from "./font/family";
import { rule as fontSize } from "./font/size";
import { rule as fontColor } from "./font/color";
import { rule as pageNumbers } from "./page/numbers";
import { rule as partyTitle } from "./header/party-title";
import { rule as nationalTitle } from "./header/national-title";
import { rule as issuer } from "./header/issuer";
import { rule as headerNumber } from "./header/number";
import { rule as headerDate } from "./header/date";
import { rule as typeName } from "./title/type-name";
import { rule as summary } from "./title/summary";
import { rule as bodyParagraph } from "./body/paragraph";
import { rule as signaturePrefix } from "./signature/prefix";
import { rule as signatureBlock } from "./signature/block";
import { rule as recipientsBlock } from "./recipients/block";
import { rule as recipientsLabel } from "./recipients/label";
import { rule as recipientsRequired } from "./recipients/required";
import { rule as recipientsPunctuation } from "./recipients/punctuation";
import { rule as recipientsArchive } from "./recipients/archive";
import { rule as citationMismatch } from "./citation/mismatch";
import { rule as citationInconsistent } from "./citation/inconsistent";
import { rule as placeholder } from "./text/placeholder";
import { rule as repeatedWord } from "./text/repeated-word";
import { rule as taskOwner } from "./plan/task-owner";
import { rule as planDeadline } from "./plan/deadline";
import { rule as structureNumbering } from "./structure/numbering";
import { rule as abbreviation } from "./text/abbreviation";
import { rule as textDate } from "./text/date";
import { rule as typing } from "./text/typing";
import { rule as citationSelf } from "./citation/self";
import { rule as headerNone } from "./header/none";
import { rule as notCited } from "./coverage/not-cited";

/** Every rule, in the order of docs/rules.md's table (coverage/missing is run by the coverage matcher). */
export const RULES: Rule[] = [
  pageSize,
  pageMargins,
  pageNumbers,
  fontFamily,
  fontSize,
  fontColor,
  partyTitle,
  nationalTitle,
  issuer,
  headerNumber,
  headerDate,
  typeName,
  summary,
  bodyParagraph,
  signaturePrefix,
  signatureBlock,
  recipientsBlock,
  recipientsLabel,
  recipientsRequired,
  recipientsPunctuation,
  recipientsArchive,
  citationMismatch,
  citationInconsistent,
  citationSelf,
  placeholder,
  repeatedWord,
  typing,
  abbreviation,
  textDate,
  structureNumbering,
  taskOwner,
  planDeadline,
  headerNone,
  notCited,
];

/** The id of the coverage finding, reported by the check pipeline from the coverage matcher, not a RULES entry. */
export { COVERAGE_RULE_ID } from "./coverage/missing";
