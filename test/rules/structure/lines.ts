/** The numbering tests' documents: a sample whose body is the given lines, and where body line k lands. */
import type { DocSpec, SpecList, SpecParagraph } from "../../support/docSpec";
import { P, variant } from "../../support/samples";
import { bodyParagraph } from "../bodyText";

/** A sample with its body (blocks 4 to the signature table) replaced: body paragraph k is paragraph P.firstBody + k. */
export const withLines = (doc: DocSpec, lines: (string | SpecParagraph)[], lists?: Record<string, SpecList>): DocSpec =>
  variant(doc, (d) => {
    d.blocks = [
      ...d.blocks.slice(0, 4),
      ...lines.map((x) => (typeof x === "string" ? bodyParagraph(x) : x)),
      d.blocks[d.blocks.length - 1]!,
    ];
    if (lists !== undefined) d.lists = lists;
  });

/** The paragraph index of body line k. */
export const body = (k: number): number => P.firstBody + k;
