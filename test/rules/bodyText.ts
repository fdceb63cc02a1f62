/** Samples with their body text changed, for the rules that read the words (citations, text). */
import type { DocSpec } from "../support/docSpec";
import { blockPara, variant } from "../support/samples";

/** A sample with one body paragraph's text replaced. */
export const withBody = (doc: DocSpec, text: string, block = 5): DocSpec =>
  variant(doc, (d) => {
    const p = blockPara(d, block);
    p.text = text;
    delete p.runs;
  });
