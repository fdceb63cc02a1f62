import { collapsedSpaces } from "./text";

/** A short excerpt of a paragraph for messages and the JSON `excerpt` field. */
export function excerptOf(text: string, max = 80): string {
  const t = collapsedSpaces(text);
  return t.length <= max ? t : t.slice(0, max - 1).trimEnd() + "…";
}
