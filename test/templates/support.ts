/** Shared helpers for the template tests: the shipped templates, a complete set of particulars, the seed source. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultDirectiveSource } from "../../src/directives/seed";
import type { DirectiveSource } from "../../src/directives/types";
import { readDocument } from "../../src/docx/reader";
import type { DocumentModel } from "../../src/model/document";
import type { DraftType, Particulars, ProfileId } from "../../src/templates/particulars";
import { clauseTemplateName, draftTemplateName, renderDraft } from "../../src/templates/render";

export const TEMPLATE_DIR = join(__dirname, "..", "..", "src", "templates", "docx");

export const COMBOS: [ProfileId, DraftType][] = [
  ["party", "plan"],
  ["party", "report"],
  ["state", "plan"],
  ["state", "report"],
];

export function templateBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(TEMPLATE_DIR, name)));
}

export const draftTemplate = (profile: ProfileId, type: DraftType): Uint8Array =>
  templateBytes(draftTemplateName(profile, type));
export const clauseTemplate = (profile: ProfileId): Uint8Array => templateBytes(clauseTemplateName(profile));

export function source(): DirectiveSource {
  return defaultDirectiveSource();
}

/** A complete set of particulars, as a Lục Nam drafter would give them. */
export function particulars(profile: ProfileId, type: DraftType, extra: Partial<Particulars> = {}): Particulars {
  const party = profile === "party";
  return {
    profile,
    type,
    issuer: party ? "HUYỆN ỦY LỤC NAM" : "ỦY BAN NHÂN DÂN HUYỆN LỤC NAM",
    superior: party ? "ĐẢNG BỘ TỈNH BẮC GIANG" : "",
    place: "Lục Nam",
    number: party ? "85" : "215",
    date: "2023-09-15",
    signerName: "Nguyễn Văn An",
    conclusionNumber: "125-KL/TU",
    conclusionDate: "2023-09-05",
    ...extra,
  };
}

export async function renderModel(p: Particulars): Promise<{ bytes: Uint8Array; model: DocumentModel }> {
  const bytes = await renderDraft(draftTemplate(p.profile, p.type), p, source());
  return { bytes, model: readDocument(bytes) };
}

export const texts = (model: DocumentModel): string[] => model.paragraphs.map((p) => p.text);
export const fullText = (model: DocumentModel): string => texts(model).join("\n");
