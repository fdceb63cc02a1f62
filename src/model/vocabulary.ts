/**
 * The shared words of the domain, which every layer speaks: which regulation a document follows, what kind of
 * document it is, how firm a formatting value is and how serious a finding. This module imports nothing, so that
 * the model, the rules, the profiles and the structure recognition can all use it without importing one another.
 */

/** Party documents follow HD 36-HD/VPTW (and its successor); State documents follow NĐ 30/2020/NĐ-CP. */
export type ProfileId = "party" | "state";

/** Plans and reports answer the directive source; every other document type is "other". */
export type DocumentType = "plan" | "report" | "other";

/** How firm a value is (docs/rules.md): a firm rule broken is an error, the others a warning at most. */
export type Firmness = "firm" | "practice" | "unsure";

export type Severity = "error" | "warning" | "info";
