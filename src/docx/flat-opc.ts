/**
 * Writing Word's flat-OPC XML (`pkg:package`, what `body.getOoxml()` returns and `insertOoxml` takes): parts given as
 * XML text, each wrapped in its `pkg:part`. Imports nothing, so the templates' chunk can use it as the checker does.
 */

/** The package relationships of a document whose main part is `word/document.xml`. */
export const ROOT_RELATIONSHIPS =
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
  `</Relationships>`;

export const RELATIONSHIPS_CONTENT_TYPE = "application/vnd.openxmlformats-package.relationships+xml";
export const MAIN_DOCUMENT_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

/** A flat-OPC package of the parts, in order; each part's XML without its declaration. */
export function flatOpcPackage(parts: readonly { name: string; contentType: string; xml: string }[]): string {
  return (
    `<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n` +
    `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">` +
    parts
      .map(
        (p) =>
          `<pkg:part pkg:name="${p.name}" pkg:contentType="${p.contentType}"><pkg:xmlData>${p.xml}</pkg:xmlData></pkg:part>`,
      )
      .join("") +
    `</pkg:package>`
  );
}
