/**
 * The bundled DraftService: src/templates/render.ts and the shipped .docx templates, both loaded on first use
 * (webpack emits the templates as files next to the bundle through `new URL(..., import.meta.url)`; no CDN).
 */
import type { DraftService } from "./drafts";
import type { ProfileId } from "../templates/particulars";

const TEMPLATE_URLS: Record<string, URL> = {
  "plan-party.docx": new URL("../templates/docx/plan-party.docx", import.meta.url),
  "plan-state.docx": new URL("../templates/docx/plan-state.docx", import.meta.url),
  "report-party.docx": new URL("../templates/docx/report-party.docx", import.meta.url),
  "report-state.docx": new URL("../templates/docx/report-state.docx", import.meta.url),
  "clause-party.docx": new URL("../templates/docx/clause-party.docx", import.meta.url),
  "clause-state.docx": new URL("../templates/docx/clause-state.docx", import.meta.url),
};

const cache = new Map<string, Promise<Uint8Array>>();

function loadTemplate(name: string): Promise<Uint8Array> {
  let p = cache.get(name);
  if (p === undefined) {
    const url = TEMPLATE_URLS[name];
    if (url === undefined) return Promise.reject(new Error(`Không có mẫu ${name}`));
    p = fetch(url.href).then(async (r) => {
      if (!r.ok) throw new Error(`Không tải được mẫu ${name} (HTTP ${r.status})`);
      return new Uint8Array(await r.arrayBuffer());
    });
    p.catch(() => cache.delete(name));
    cache.set(name, p);
  }
  return p;
}

const profileOf = (p: ProfileId | undefined): ProfileId => (p === "state" ? "state" : "party");

export function bundledDraftService(): DraftService {
  const render = () => import(/* webpackChunkName: "templates" */ "../templates/render");
  return {
    async renderDraft(particulars, source) {
      const m = await render();
      const template = await loadTemplate(
        m.draftTemplateName(profileOf(particulars.profile), particulars.type === "report" ? "report" : "plan"),
      );
      return m.renderDraft(template, particulars, source);
    },
    async renderClause(id, particulars, source) {
      const m = await render();
      const template = await loadTemplate(m.clauseTemplateName(profileOf(particulars.profile)));
      const r = await m.renderClause(template, id, particulars, source);
      return { docx: r.docx, flatOpc: r.flatOpc };
    },
  };
}
