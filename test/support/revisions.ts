/**
 * Accept All and Reject All of tracked changes, on the main part of a .docx, as Word does them for the revision
 * markup `ketluan fix --track-changes` writes (ECMA-376 Part 1 §17.13.5): w:ins / w:del runs, paragraphs whose mark
 * is inserted, w:rPrChange, w:pPrChange, w:sectPrChange. Test support: an oracle independent of the fixer's code,
 * written against the standard, for the markup kinds listed (not moves, not table revisions).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

type Transform = (xml: string) => string;

function onMainPart(bytes: Uint8Array, transform: Transform): Uint8Array {
  const files = unzipSync(bytes);
  files["word/document.xml"] = strToU8(transform(strFromU8(files["word/document.xml"]!)));
  return zipSync(files);
}

/** Every revision element's w:author and w:date, in document order. */
export function revisionMarks(bytes: Uint8Array): { name: string; id: string; author: string; date: string }[] {
  const xml = strFromU8(unzipSync(bytes)["word/document.xml"]!);
  const out: { name: string; id: string; author: string; date: string }[] = [];
  for (const m of xml.matchAll(
    /<(w:ins|w:del|w:rPrChange|w:pPrChange|w:sectPrChange)\b[^>]*?w:id="([^"]*)"[^>]*?w:author="([^"]*)"[^>]*?w:date="([^"]*)"/g,
  ))
    out.push({ name: m[1]!, id: m[2]!, author: m[3]!, date: m[4]! });
  return out;
}

const CHANGE = (name: string): RegExp => new RegExp(`<${name}\\b[^>]*>[\\s\\S]*?</${name}>`, "g");

export const acceptAll = (bytes: Uint8Array): Uint8Array =>
  onMainPart(bytes, (xml) =>
    xml
      .replace(/<w:del\b[^>]*>[\s\S]*?<\/w:del>/g, "") // deleted runs go
      .replace(/<w:ins\b[^>]*\/>/g, "") // an inserted paragraph mark stays, unmarked
      .replace(/<w:ins\b[^>]*>|<\/w:ins>/g, "") // inserted runs stay
      .replace(CHANGE("w:rPrChange"), "")
      .replace(CHANGE("w:pPrChange"), "")
      .replace(CHANGE("w:sectPrChange"), ""),
  );

export const rejectAll = (bytes: Uint8Array): Uint8Array =>
  onMainPart(bytes, (xml) =>
    xml
      // a paragraph whose mark was inserted goes with it (its content is inserted too)
      .replace(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:rPr[^>]*><w:ins\b[^>]*\/>[\s\S]*?<\/w:p>/g, "")
      .replace(/<w:ins\b[^>]*>[\s\S]*?<\/w:ins>/g, "") // inserted runs go
      .replace(/<w:del\b[^>]*>|<\/w:del>/g, "") // deleted runs come back
      .replace(/<w:delText\b/g, "<w:t")
      .replace(/<\/w:delText>/g, "</w:t>")
      // paragraph properties: the previous ones, with the mark's run properties and the section kept
      .replace(
        /<w:pPr\b[^>]*>((?:(?!<\/w:pPr>)[\s\S])*?)<w:pPrChange\b[^>]*>(?:<w:pPr\b[^>]*>([\s\S]*?)<\/w:pPr>|<w:pPr\/>)<\/w:pPrChange><\/w:pPr>/g,
        (_all, current: string, previous: string | undefined) => {
          // (a property change inside them holds an element of the same name: matched whole)
          const mark =
            /<w:rPr\b[^>]*>(?:(?!<w:rPrChange)[\s\S])*?(?:<w:rPrChange\b[\s\S]*?<\/w:rPrChange>)?<\/w:rPr>|<w:rPr\/>/.exec(
              current,
            )?.[0] ?? "";
          const section =
            /<w:sectPr\b[^>]*>(?:(?!<w:sectPrChange)(?!<\/w:sectPr>)[\s\S])*?(?:<w:sectPrChange\b[\s\S]*?<\/w:sectPrChange>)?<\/w:sectPr>/.exec(
              current,
            )?.[0] ?? "";
          return `<w:pPr>${previous ?? ""}${mark}${section}</w:pPr>`;
        },
      )
      // run properties: the previous ones
      .replace(
        /<w:rPr\b[^>]*>(?:(?!<w:rPr\b)[\s\S])*?<w:rPrChange\b[^>]*>(<w:rPr\b[^>]*>[\s\S]*?<\/w:rPr>|<w:rPr\/>)<\/w:rPrChange><\/w:rPr>/g,
        "$1",
      )
      // section properties: the previous ones, with the header and footer references kept
      .replace(
        /<w:sectPr\b[^>]*>((?:(?!<\/w:sectPr>)[\s\S])*?)<w:sectPrChange\b[^>]*><w:sectPr\b[^>]*>([\s\S]*?)<\/w:sectPr><\/w:sectPrChange><\/w:sectPr>/g,
        (_all, current: string, previous: string) => {
          const refs = current.match(/<w:(?:header|footer)Reference\b[^>]*\/>/g) ?? [];
          return `<w:sectPr>${refs.join("")}${previous}</w:sectPr>`;
        },
      ),
  );
