// The part of xml2js that scripts/validate-manifest.ts calls (xml2js ships no types). xml2js is a devDependency:
// the parser office-addin-manifest reads manifests with, so both see the same tree.
declare module "xml2js" {
  export interface ParserOptions {
    explicitChildren?: boolean;
    preserveChildrenOrder?: boolean;
    explicitArray?: boolean;
    async?: boolean;
  }
  /** The result's shape depends on the options; the caller describes the one it asks for. */
  export function parseString(
    xml: string,
    options: ParserOptions,
    callback: (error: Error | null, result: unknown) => void,
  ): void;
}
