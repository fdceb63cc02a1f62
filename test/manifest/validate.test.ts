import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { validateManifest, type ValidationResult } from "../../scripts/validate-manifest";

const ROOT = path.resolve(__dirname, "..", "..");
const REAL = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ketluan-manifest-"));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Validates `xml` against the project's sources (never a dist/ that may or may not have been built). */
async function check(xml: string, name: string): Promise<ValidationResult> {
  const file = path.join(tmp, `${name.replace(/[^a-z0-9]+/gi, "-")}.xml`);
  fs.writeFileSync(file, xml, "utf8");
  return validateManifest(file, { rootDir: ROOT, distDir: path.join(tmp, "no-dist") });
}

/** Replaces exactly one occurrence, so that a case fails loudly if manifest.xml changes under it. */
function replaceOnce(xml: string, search: string | RegExp, replacement: string): string {
  const count =
    typeof search === "string" ? xml.split(search).length - 1 : (xml.match(new RegExp(search, "g")) || []).length;
  if (count !== 1) throw new Error(`expected one match of ${String(search)} in manifest.xml, found ${count}`);
  return xml.replace(search, replacement);
}

function moveElement(xml: string, element: string, before: string): string {
  const match = xml.match(new RegExp(`\\n\\s*<${element}>[\\s\\S]*?</${element}>`));
  if (!match) throw new Error(`no <${element}> in manifest.xml`);
  const without = xml.replace(match[0], "");
  return replaceOnce(without, new RegExp(`\\n(\\s*)<${before}>`), `${match[0]}\n$1<${before}>`);
}

test("the real manifest passes", async () => {
  const result = await check(REAL, "real");
  expect(result.problems).toEqual([]);
  expect(result.ok).toBe(true);
  expect(result.emittedFrom).toBe("sources");
});

const BROKEN: Array<[string, (xml: string) => string, RegExp]> = [
  [
    "Requirements after DefaultSettings (wrong order)",
    (xml) => moveElement(xml, "DefaultSettings", "Requirements"),
    /wrong element order: <Requirements> must come before <DefaultSettings>/,
  ],
  [
    "Hosts before AppDomains (wrong order)",
    (xml) => moveElement(xml, "Hosts", "AppDomains"),
    /wrong element order: <AppDomains> must come before <Hosts>/,
  ],
  [
    "an http URL",
    (xml) => replaceOnce(xml, `<SupportUrl DefaultValue="https://`, `<SupportUrl DefaultValue="http://`),
    /SupportUrl: URL phải dùng https \/ must be https: http:\/\/localhost:3000\/taskpane\.html/,
  ],
  [
    "an http image resource",
    (xml) =>
      replaceOnce(
        xml,
        `DefaultValue="https://localhost:3000/assets/icon-80.png"`,
        `DefaultValue="http://localhost:3000/assets/icon-80.png"`,
      ),
    /"Ketluan\.Icon\.80": URL phải dùng https/,
  ],
  [
    "a resid with no resource",
    (xml) => replaceOnce(xml, `<Label resid="Ketluan.Group.Label"/>`, `<Label resid="Ketluan.Group.Missing"/>`),
    /resid "Ketluan\.Group\.Missing" .*does not exist in Resources/,
  ],
  [
    "a resid of the wrong kind",
    (xml) =>
      replaceOnce(
        xml,
        `<SourceLocation resid="Ketluan.Taskpane.Url"/>`,
        `<SourceLocation resid="Ketluan.Group.Label"/>`,
      ),
    /resid "Ketluan\.Group\.Label" .*SourceLocation\) sai loại \/ wrong kind: it is a bt:ShortStrings\/bt:String, expected a bt:Urls\/bt:Url/,
  ],
  [
    "a missing icon file",
    (xml) => replaceOnce(xml, "assets/icon-80.png", "assets/icon-81.png"),
    /https:\/\/localhost:3000\/assets\/icon-81\.png .*is not emitted by the build \(no "assets\/icon-81\.png"/,
  ],
  [
    "an icon of the wrong size",
    (xml) => replaceOnce(xml, "assets/icon-80.png", "assets/icon-128.png"),
    /resid "Ketluan\.Icon\.80": assets\/icon-128\.png là 128x128, cần \/ should be 80x80/,
  ],
  [
    "a missing page",
    (xml) => xml.split("https://localhost:3000/taskpane.html").join("https://localhost:3000/index.html"),
    /DefaultSettings\/SourceLocation: https:\/\/localhost:3000\/index\.html .*is not emitted/,
  ],
  [
    "a non-GUID Id",
    (xml) => replaceOnce(xml, /<Id>[^<]*<\/Id>/, "<Id>ketluan-word-addin</Id>"),
    /Id must be a GUID .*found "ketluan-word-addin"/,
  ],
  [
    "WordApi requirement missing",
    (xml) =>
      replaceOnce(xml, `<Set Name="WordApi" MinVersion="1.3"/>`, `<Set Name="WordApiDesktop" MinVersion="1.1"/>`),
    /Requirements .*must declare <Set Name="WordApi" MinVersion="1\.3"\/>/,
  ],
  [
    "Permissions not ReadWriteDocument",
    (xml) =>
      replaceOnce(xml, "<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadDocument</Permissions>"),
    /Permissions .*must be ReadWriteDocument, found "ReadDocument"/,
  ],
  [
    "a resource id longer than 32 characters",
    (xml) => xml.split("Ketluan.TaskpaneButton.Tooltip").join("Ketluan.TaskpaneButton.Tooltip.TooLong"),
    /id "Ketluan\.TaskpaneButton\.Tooltip\.TooLong" .*longer than 32 chars/,
  ],
  [
    "a Vietnamese string not in NFC",
    (xml) =>
      replaceOnce(xml, `DefaultValue="Trợ lý soạn thảo"`, `DefaultValue="${"Trợ lý soạn thảo".normalize("NFD")}"`),
    /string is not NFC/,
  ],
  ["not well-formed XML", (xml) => xml.replace("</OfficeApp>", ""), /not well-formed XML/],
];

test.each(BROKEN)("fails: %s", async (name, mutate, message) => {
  const result = await check(mutate(REAL), name);
  expect(result.ok).toBe(false);
  expect(result.problems).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
});
