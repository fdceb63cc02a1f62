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

/*
 * Each word list as a table for the data schemas (src/model/schema.ts `oneOf`): the profiles, the data files and the
 * office overlays accept exactly these words. A table must name every member of its type and nothing else, so it
 * follows the type at compile time.
 */
export const PROFILE_IDS: Readonly<Record<ProfileId, true>> = { party: true, state: true };
export const FIRMNESS: Readonly<Record<Firmness, true>> = { firm: true, practice: true, unsure: true };
export const SEVERITIES: Readonly<Record<Severity, true>> = { error: true, warning: true, info: true };
