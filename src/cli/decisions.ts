/** The decisions stored in a document (src/decisions), read for every command that checks it. */
import type { CheckOptions } from "../check";
import { isEmpty, mergeDecisions } from "../decisions";
import { readDecisions } from "../decisions/package";
import { nodeInflateRaw } from "./io";

/** The options with the decisions stored in the file added to those given. */
export function withStoredDecisions(bytes: Uint8Array, options: CheckOptions): CheckOptions {
  const stored = readDecisions(bytes, { inflateRaw: nodeInflateRaw });
  if (isEmpty(stored)) return options;
  return {
    ...options,
    decisions: options.decisions === undefined ? stored : mergeDecisions(options.decisions, stored),
  };
}
