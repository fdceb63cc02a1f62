/**
 * The directive source the settings ask for: the seed conclusion, or the pasted text parsed. Kept apart from the
 * checker so the first paint of the pane does not need the rules.
 */
import type { DirectiveSource } from "../directives/types";
import { parseDirectiveSource } from "../directives/parse";
import { defaultDirectiveSource } from "../directives/seed";

export function directiveSourceFor(settings: { directiveText?: string | undefined }): DirectiveSource {
  if (settings.directiveText !== undefined && settings.directiveText.trim() !== "") {
    return parseDirectiveSource(settings.directiveText);
  }
  return defaultDirectiveSource();
}
