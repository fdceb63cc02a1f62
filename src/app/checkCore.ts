/**
 * Everything a check needs (reader, check pipeline with its coverage, view model), as one module the pane loads on the
 * first check: webpack puts it in its own chunk, so the first paint does not wait for it.
 */
export { readDocument } from "../docx/reader";
export { buildCheckView } from "./session";
export { commentForFinding, commentsForResult, sourceDocumentName } from "./review";
export { readDecisions, writeDecisions } from "../decisions/package";
export { ignoreDecision } from "../decisions";
export { warmUpChecker } from "./warmup";
