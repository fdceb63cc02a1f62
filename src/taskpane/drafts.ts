/**
 * Rendering drafts and clauses for the pane. The interface is what the components use; the bundled implementation
 * (./templateAssets, created by index.tsx) loads the templates module and the .docx templates lazily, so the first
 * paint does not wait for docx-templates.
 */
import type { DirectiveSource } from "../directives/types";
import type { Particulars } from "../templates/particulars";

export interface DraftService {
  renderDraft(particulars: Particulars, source: DirectiveSource): Promise<Uint8Array>;
  renderClause(
    id: string,
    particulars: Particulars,
    source: DirectiveSource,
  ): Promise<{ docx: Uint8Array; flatOpc: string }>;
}
