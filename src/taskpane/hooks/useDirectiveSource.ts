import { useCallback, useEffect, useState } from "react";
import { directiveSourceFor } from "../../app/directiveSource";
import { defaultDirectiveSource } from "../../directives/seed";
import type { DirectiveSource } from "../../directives/types";

/** The settings' source, or the seed when the pasted text cannot be read (Thiết lập already said why). */
function sourceOrSeed(directiveText: string | undefined): DirectiveSource {
  try {
    return directiveSourceFor({ directiveText });
  } catch {
    return defaultDirectiveSource();
  }
}

/**
 * The directive source for Soạn thảo. Parsing it (the seed conclusion: ~0.1–0.2 s on a slow machine) waits until
 * after the first paint, so the pane is usable at once; `getSource` computes it on the spot for an action that needs
 * it before then.
 */
export function useDirectiveSource(directiveText: string | undefined) {
  const [source, setSource] = useState<DirectiveSource | undefined>(undefined);
  useEffect(() => {
    const timer = setTimeout(() => setSource(sourceOrSeed(directiveText)), 0);
    return () => clearTimeout(timer);
  }, [directiveText]);
  const getSource = useCallback(() => source ?? sourceOrSeed(directiveText), [source, directiveText]);
  return { source, getSource };
}
