/**
 * Why a document could not be read. Every reader failure is one of these, never a raw exception:
 * the CLI prints `message` next to the file name and exits 2; the task pane shows it.
 */
export type DocxErrorCode =
  | "empty" // zero bytes
  | "not-zip" // no zip signature / no end-of-central-directory record
  | "truncated" // central directory or a part's data runs past the end of the file
  | "encrypted" // zip encryption or an OLE (password-protected Office) container
  | "unsupported-compression" // a zip method other than stored (0) or deflate (8)
  | "corrupt-part" // inflate failed or CRC mismatch
  | "too-large" // a part's declared or actual uncompressed size, or the total, exceeds the limit
  | "too-many-parts"
  | "missing-part" // no main document part
  | "bad-xml" // malformed XML
  | "dtd-forbidden" // a DOCTYPE / entity declaration: refused, never expanded
  | "not-docx"; // a zip, but not a WordprocessingML package (e.g. .xlsx, .odt)

export class DocxReadError extends Error {
  readonly code: DocxErrorCode;
  /** Part name inside the package, when the failure concerns one part. */
  readonly part: string | undefined;

  constructor(code: DocxErrorCode, message: string, part?: string) {
    super(message);
    this.name = "DocxReadError";
    this.code = code;
    this.part = part;
  }
}

export function isDocxReadError(e: unknown): e is DocxReadError {
  return e instanceof DocxReadError;
}
