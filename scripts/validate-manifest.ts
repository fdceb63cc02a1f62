// Kiểm tra manifest.xml khi không có mạng (dùng trong `npm test`); kiểm tra trực tuyến của Microsoft là
// `npm run validate:online`.
// Offline check of the add-in manifest, run by `npm test`. Microsoft's online validation is `npm run validate:online`.
//
// Checks: well-formed XML; Id is a GUID; the element order of <OfficeApp> (and of <VersionOverrides>, <Resources>)
// follows the XSD; every URL is https; every https://localhost:3000/ URL is a file the build emits (dist/ when it has
// been built, else the sources webpack copies); icon files have the declared size; every resid in <VersionOverrides>
// names a resource of the right kind; resource ids are unique and at most 32 characters; Requirements declares
// WordApi 1.3; Permissions is ReadWriteDocument; strings are NFC (Vietnamese text).
//
// Usage: node -r ./scripts/ts-register.js scripts/validate-manifest.ts [manifest.xml]   (npm run validate)
// API:   import { validateManifest } from "../scripts/validate-manifest";
//        const { ok, problems } = await validateManifest("manifest.xml", { rootDir, distDir });
import * as fs from "node:fs";
import * as path from "node:path";
import type { ManifestInfo } from "office-addin-manifest";
import { parseString } from "xml2js";

const ROOT = path.resolve(__dirname, "..");
export const DEV_ORIGIN = "https://localhost:3000/";
const REQUIRED_WORD_API = { name: "WordApi", minVersion: "1.3" };
const REQUIRED_PERMISSIONS = "ReadWriteDocument";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Order of the children of <OfficeApp xsi:type="TaskPaneApp"> (OfficeAppManifestV1_1.xsd: the OfficeApp base sequence,
// then the TaskPaneApp extension). See https://learn.microsoft.com/office/dev/add-ins/develop/manifest-element-ordering
export const OFFICEAPP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "Dictionary",
  "VersionOverrides",
  "Signature",
];
const OFFICEAPP_REQUIRED = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "DefaultSettings",
  "Permissions",
];
// VersionOverridesV1_0 (taskpaneappversionoverrides) and bt:Resources sequences.
const VERSION_OVERRIDES_ORDER = [
  "Description",
  "Requirements",
  "Hosts",
  "Resources",
  "WebApplicationInfo",
  "EquivalentAddins",
];
const RESOURCES_ORDER = ["Images", "Urls", "ShortStrings", "LongStrings"];
const VERSION_OVERRIDES_NS = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";

type ResourceKind = "image" | "url" | "short" | "long";

/** Resource kinds, by the <bt:Resources> container they live in. */
const KIND_OF_CONTAINER: Record<string, ResourceKind> = {
  Images: "image",
  Urls: "url",
  ShortStrings: "short",
  LongStrings: "long",
};
const KIND_LABEL: Record<ResourceKind, string> = {
  image: "bt:Images/bt:Image",
  url: "bt:Urls/bt:Url",
  short: "bt:ShortStrings/bt:String",
  long: "bt:LongStrings/bt:String",
};
/** The kind of resource an element with a resid must point to (by the element's local name). */
const EXPECTED_KIND: Record<string, ResourceKind> = {
  Image: "image",
  SourceLocation: "url",
  FunctionFile: "url",
  LearnMoreUrl: "url",
  Label: "short",
  Title: "short",
  Description: "long",
};
const MAX_RESOURCE_ID = 32;
const MAX_LENGTH: Record<ResourceKind, number> = { short: 125, long: 250, url: 2048, image: 2048 };

// ------------------------------------------------------------------------------------------------ XML

/** An element of the manifest, its children in document order. */
interface XmlNode {
  /** The name as written, with its prefix ("bt:Image"). */
  name: string;
  /** The name without its prefix ("Image"). */
  local: string;
  attrs: Record<string, string>;
  text: string;
  children: XmlNode[];
  parent: XmlNode | null;
}

/** What xml2js gives for an element with explicitChildren and preserveChildrenOrder: a string for a bare text
 * element, else attributes in `$`, text in `_`, the children in order in `$$`, each with its name in "#name". */
type RawXml = string | { "#name"?: string; $?: Record<string, string>; _?: unknown; $$?: RawXml[] };

/** Parses XML into ordered nodes (xml2js with preserveChildrenOrder). */
function parseXml(text: string): XmlNode {
  let result: Record<string, RawXml> | null = null;
  let error: Error | null = null;
  parseString(
    text,
    { explicitChildren: true, preserveChildrenOrder: true, explicitArray: true, async: false },
    (err, value) => {
      error = err;
      result = value as Record<string, RawXml> | null;
    },
  );
  // parseString calls back before it returns (async: false), which TypeScript cannot see.
  const parsed = result as Record<string, RawXml> | null;
  if (error) throw error;
  const rootName = Object.keys(parsed || {})[0];
  if (!rootName || !parsed) throw new Error("empty document");
  return toNode(parsed[rootName]!, rootName, null);
}

function toNode(raw: RawXml, name: string, parent: XmlNode | null): XmlNode {
  const element = typeof raw === "string" ? undefined : raw;
  const node: XmlNode = {
    name,
    local: name.includes(":") ? name.slice(name.indexOf(":") + 1) : name,
    attrs: element?.$ || {},
    text: typeof raw === "string" ? raw : (typeof element?._ === "string" && element._) || "",
    children: [],
    parent,
  };
  for (const c of element?.$$ || []) {
    node.children.push(toNode(c, (typeof c === "string" ? undefined : c["#name"]) ?? "", node));
  }
  return node;
}

function child(node: XmlNode | undefined, local: string): XmlNode | undefined {
  return node ? node.children.find((c) => c.local === local) : undefined;
}

function* walk(node: XmlNode): Generator<XmlNode> {
  yield node;
  for (const c of node.children) yield* walk(c);
}

/** A readable location: the last `depth` element names, e.g. "…/OfficeTab/Group/Label". */
function where(node: XmlNode, depth = 4): string {
  const parts: string[] = [];
  for (let n: XmlNode | null = node; n; n = n.parent) parts.unshift(n.local);
  return parts.length > depth ? `…/${parts.slice(-depth).join("/")}` : parts.join("/");
}

// ------------------------------------------------------------------------------------------------ build output

function listFiles(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(path.join(dir, entry.name), rel));
    else out.push(rel);
  }
  return out;
}

/**
 * The files the build serves, relative to the site root, each with the local file to read it from.
 * From dist/ when it holds a build; otherwise from what webpack.config.js emits: src/taskpane/taskpane.html →
 * taskpane.html, assets/*.png (not screenshot-*.png) → assets/*.png, manifest.xml → manifest.xml, and the bundle
 * taskpane.js.
 */
interface EmittedFiles {
  source: "dist" | "sources";
  /** Site path → the local file to read it from (null: emitted by the bundler, not on disk). */
  files: Map<string, string | null>;
}

function emittedFiles(rootDir: string, distDir: string): EmittedFiles {
  const files = new Map<string, string | null>();
  if (fs.existsSync(path.join(distDir, "taskpane.html"))) {
    for (const rel of listFiles(distDir)) files.set(rel, path.join(distDir, rel));
    return { source: "dist", files };
  }
  const html = path.join(rootDir, "src", "taskpane", "taskpane.html");
  if (fs.existsSync(html)) files.set("taskpane.html", html);
  if (fs.existsSync(path.join(rootDir, "src", "taskpane", "index.tsx"))) files.set("taskpane.js", null);
  const assets = path.join(rootDir, "assets");
  if (fs.existsSync(assets)) {
    for (const name of fs.readdirSync(assets)) {
      // as webpack.config.js: assets/*.png except the README screenshots
      if (name.toLowerCase().endsWith(".png") && !name.startsWith("screenshot-")) {
        files.set(`assets/${name}`, path.join(assets, name));
      }
    }
  }
  if (fs.existsSync(path.join(rootDir, "manifest.xml"))) files.set("manifest.xml", path.join(rootDir, "manifest.xml"));
  return { source: "sources", files };
}

/** Width and height of a PNG file, or null when it is not a PNG. */
function pngSize(file: string): { width: number; height: number } | null {
  const fd = fs.openSync(file, "r");
  try {
    const head = Buffer.alloc(24);
    const read = fs.readSync(fd, head, 0, 24, 0);
    const signature = "89504e470d0a1a0a";
    if (read < 24 || head.subarray(0, 8).toString("hex") !== signature || head.toString("ascii", 12, 16) !== "IHDR") {
      return null;
    }
    return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
  } finally {
    fs.closeSync(fd);
  }
}

// ------------------------------------------------------------------------------------------------ ManifestInfo

/**
 * The manifest summary from office-addin-manifest's `readManifestFile`. If that package cannot be loaded here
 * (it needs a complete install; under jest its ESM-only `uuid` dependency cannot be required), the same fields are
 * read from our own parse of the same XML, and `infoSource` says so.
 */
async function readInfo(manifestPath: string, officeApp: XmlNode): Promise<{ info: ManifestInfo; infoSource: string }> {
  let readManifestFile: (manifestPath: string) => Promise<ManifestInfo>;
  try {
    readManifestFile = (await import("office-addin-manifest")).OfficeAddinManifest.readManifestFile;
  } catch (err) {
    return {
      info: infoFromTree(officeApp),
      infoSource: `xml2js (office-addin-manifest unavailable: ${firstLine(err)})`,
    };
  }
  return { info: await readManifestFile(manifestPath), infoSource: "office-addin-manifest" };
}

function infoFromTree(officeApp: XmlNode): ManifestInfo {
  const value = (name: string): string | undefined => {
    const node = child(officeApp, name);
    return node ? node.text.trim() || undefined : undefined;
  };
  const attr = (name: string): string | undefined => {
    const node = child(officeApp, name);
    return node ? node.attrs.DefaultValue : undefined;
  };
  const settings = child(officeApp, "DefaultSettings");
  const source = child(settings, "SourceLocation");
  return {
    id: value("Id"),
    version: value("Version"),
    providerName: value("ProviderName"),
    defaultLocale: value("DefaultLocale"),
    displayName: attr("DisplayName"),
    description: attr("Description"),
    iconUrl: attr("IconUrl"),
    highResolutionIconUrl: attr("HighResolutionIconUrl"),
    supportUrl: attr("SupportUrl"),
    permissions: value("Permissions"),
    officeAppType: officeApp.attrs["xsi:type"],
    hosts: (child(officeApp, "Hosts") || { children: [] }).children
      .map((h) => h.attrs.Name)
      .filter((name): name is string => name !== undefined),
    appDomains: (child(officeApp, "AppDomains") || { children: [] }).children.map((d) => d.text.trim()),
    defaultSettings: settings ? { sourceLocation: source ? source.attrs.DefaultValue : undefined } : undefined,
  };
}

function firstLine(err: unknown): string | undefined {
  return String((err instanceof Error && err.message) || err)
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)[0];
}

// ------------------------------------------------------------------------------------------------ checks

function checkOrder(parent: XmlNode, order: string[], problems: string[], label: string): Set<string> {
  let last = -1;
  let lastName = "";
  const seen = new Set<string>();
  for (const node of parent.children) {
    const index = order.indexOf(node.local);
    if (index < 0) {
      problems.push(`${label}: phần tử lạ / unexpected element <${node.name}> (schema order: ${order.join(", ")})`);
      continue;
    }
    if (seen.has(node.local)) {
      problems.push(`${label}: <${node.name}> xuất hiện hai lần / appears more than once`);
    } else if (index < last) {
      problems.push(
        `${label}: sai thứ tự phần tử / wrong element order: <${node.name}> must come before <${lastName}> ` +
          `(schema order: ${order.join(", ")})`,
      );
    }
    seen.add(node.local);
    if (index > last) {
      last = index;
      lastName = node.name;
    }
  }
  return seen;
}

export interface ValidateOptions {
  /** The project (assets/, src/taskpane/). */
  rootDir?: string;
  /** The build output looked at first (default rootDir/dist). */
  distDir?: string;
}

export interface ValidationResult {
  ok: boolean;
  problems: string[];
  info?: ManifestInfo;
  /** Who read `info`: office-addin-manifest, or our own parse when that package cannot be loaded. */
  infoSource?: string;
  /** Where the files the URLs name were looked for. */
  emittedFrom?: "dist" | "sources";
  urls: string[];
  /** How many resid references were checked. */
  resids: number;
}

/** Validates an add-in manifest. */
export async function validateManifest(manifestPath: string, options: ValidateOptions = {}): Promise<ValidationResult> {
  const rootDir = path.resolve(options.rootDir || ROOT);
  const distDir = path.resolve(options.distDir || path.join(rootDir, "dist"));
  const problems: string[] = [];
  const result: ValidationResult = { ok: false, problems, urls: [], resids: 0 };

  let text: string;
  try {
    text = fs.readFileSync(manifestPath, "utf8");
  } catch (err) {
    problems.push(`không đọc được tệp / cannot read ${manifestPath}: ${firstLine(err)}`);
    return result;
  }
  let root: XmlNode;
  try {
    root = parseXml(text);
  } catch (err) {
    problems.push(`XML không hợp lệ / not well-formed XML: ${firstLine(err)}`);
    return result;
  }
  if (root.local !== "OfficeApp") {
    problems.push(`phần tử gốc phải là <OfficeApp> / the root element must be <OfficeApp>, found <${root.name}>`);
    return result;
  }

  const { info, infoSource } = await readInfo(manifestPath, root);
  result.info = info;
  result.infoSource = infoSource;

  // --- type, Id, version
  if (info.officeAppType !== "TaskPaneApp") {
    problems.push(`OfficeApp xsi:type phải là "TaskPaneApp" / must be "TaskPaneApp", found "${info.officeAppType}"`);
  }
  if (!info.id || !GUID.test(info.id.trim())) {
    problems.push(
      `Id phải là một GUID / Id must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx), found "${info.id || ""}"`,
    );
  }
  if (!info.version || !/^\d+(\.\d+){0,3}$/.test(info.version)) {
    problems.push(`Version phải có dạng / must look like 1.0.0.0, found "${info.version || ""}"`);
  }

  // --- element order and required elements
  const present = checkOrder(root, OFFICEAPP_ORDER, problems, "OfficeApp");
  for (const name of OFFICEAPP_REQUIRED) {
    if (!present.has(name)) problems.push(`OfficeApp: thiếu / missing required element <${name}>`);
  }

  // --- hosts, requirements, permissions
  if (!(info.hosts || []).includes("Document")) {
    problems.push(`Hosts phải có <Host Name="Document"/> (Word) / Hosts must include Document (Word)`);
  }
  const sets = child(child(root, "Requirements"), "Sets");
  const wordApi = sets ? sets.children.find((s) => s.local === "Set" && s.attrs.Name === REQUIRED_WORD_API.name) : null;
  if (!wordApi) {
    problems.push(
      `Requirements phải khai báo / must declare <Set Name="${REQUIRED_WORD_API.name}" ` +
        `MinVersion="${REQUIRED_WORD_API.minVersion}"/>`,
    );
  } else if (wordApi.attrs.MinVersion !== REQUIRED_WORD_API.minVersion) {
    problems.push(
      `Requirements: ${REQUIRED_WORD_API.name} MinVersion phải là / must be ${REQUIRED_WORD_API.minVersion}, ` +
        `found "${wordApi.attrs.MinVersion || ""}"`,
    );
  }
  if ((info.permissions || "").trim() !== REQUIRED_PERMISSIONS) {
    problems.push(`Permissions phải là / must be ${REQUIRED_PERMISSIONS}, found "${info.permissions || ""}"`);
  }

  // --- strings: NFC (Vietnamese text must be composed), lengths
  for (const node of walk(root)) {
    for (const [attr, value] of Object.entries(node.attrs)) {
      if (value !== value.normalize("NFC")) {
        problems.push(`${where(node)} ${attr}: chuỗi chưa chuẩn hóa NFC / string is not NFC: "${value}"`);
      }
    }
  }
  if ((info.displayName || "").length > 125) problems.push("DisplayName dài quá / longer than 125 characters");
  if ((info.description || "").length > 250) problems.push("Description dài quá / longer than 250 characters");

  // --- URLs
  const urls: { url: string; where: string; node: XmlNode }[] = [];
  const addUrl = (node: XmlNode, value: string | undefined, label?: string): void => {
    if (value !== undefined) urls.push({ url: value.trim(), where: label || where(node), node });
  };
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    const node = child(root, name);
    if (!node) continue;
    addUrl(node, node.attrs.DefaultValue, name);
    for (const o of node.children.filter((c) => c.local === "Override")) addUrl(o, o.attrs.Value, `${name}/Override`);
  }
  const source = child(child(root, "DefaultSettings"), "SourceLocation");
  if (source) {
    addUrl(source, source.attrs.DefaultValue, "DefaultSettings/SourceLocation");
    for (const o of source.children.filter((c) => c.local === "Override")) addUrl(o, o.attrs.Value);
  } else {
    problems.push("DefaultSettings: thiếu / missing <SourceLocation DefaultValue=...>");
  }
  for (const domain of (child(root, "AppDomains") || { children: [] }).children) addUrl(domain, domain.text);

  const emitted = emittedFiles(rootDir, distDir);
  result.emittedFrom = emitted.source;

  // --- VersionOverrides: order, resources, resids
  const overrides = child(root, "VersionOverrides");
  const resources = new Map<string, { kind: ResourceKind; node: XmlNode }>();
  if (overrides) {
    if (overrides.attrs.xmlns !== VERSION_OVERRIDES_NS) {
      problems.push(`VersionOverrides xmlns phải là / must be ${VERSION_OVERRIDES_NS}`);
    }
    if (overrides.attrs["xsi:type"] !== "VersionOverridesV1_0") {
      problems.push(`VersionOverrides xsi:type phải là / must be VersionOverridesV1_0 (task pane add-ins)`);
    }
    checkOrder(overrides, VERSION_OVERRIDES_ORDER, problems, "VersionOverrides");
    const res = child(overrides, "Resources");
    if (res) {
      checkOrder(res, RESOURCES_ORDER, problems, "VersionOverrides/Resources");
      for (const container of res.children) {
        const kind = KIND_OF_CONTAINER[container.local];
        if (!kind) continue;
        for (const item of container.children) {
          const id = item.attrs.id;
          if (!id) {
            problems.push(`${where(item)}: thiếu thuộc tính id / missing id attribute`);
            continue;
          }
          if (resources.has(id)) problems.push(`Resources: id "${id}" bị trùng / is defined more than once`);
          if (id.length > MAX_RESOURCE_ID) {
            problems.push(
              `Resources: id "${id}" dài quá ${MAX_RESOURCE_ID} ký tự / longer than ${MAX_RESOURCE_ID} chars`,
            );
          }
          resources.set(id, { kind, node: item });
          const value = item.attrs.DefaultValue;
          if (value === undefined) {
            problems.push(`${where(item)} "${id}": thiếu / missing DefaultValue`);
          } else if (value.length > MAX_LENGTH[kind]) {
            problems.push(`${where(item)} "${id}": dài quá / longer than ${MAX_LENGTH[kind]} characters`);
          }
          if (kind === "image" || kind === "url") {
            addUrl(item, value, `${container.name}/${item.name} "${id}"`);
            for (const o of item.children.filter((c) => c.local === "Override")) addUrl(o, o.attrs.Value);
          }
        }
      }
    } else {
      problems.push("VersionOverrides: thiếu / missing <Resources>");
    }

    for (const node of walk(overrides)) {
      if (node.attrs.resid === undefined || (node.parent && node.parent.local in KIND_OF_CONTAINER)) continue;
      result.resids++;
      const resid = node.attrs.resid;
      const expected = EXPECTED_KIND[node.local];
      const found = resources.get(resid);
      if (!found) {
        problems.push(
          `resid "${resid}" (${where(node)}) không có trong Resources / does not exist in Resources` +
            (expected ? ` (expected a ${KIND_LABEL[expected]})` : ""),
        );
      } else if (expected && found.kind !== expected) {
        problems.push(
          `resid "${resid}" (${where(node)}) sai loại / wrong kind: it is a ${KIND_LABEL[found.kind]}, ` +
            `expected a ${KIND_LABEL[expected]}`,
        );
      }
    }

    // every ribbon Icon needs the three mandatory sizes, and the PNG behind each must have that size
    const checkedImages = new Set<string>();
    for (const icon of [...walk(overrides)].filter((n) => n.local === "Icon")) {
      const sizes = icon.children.filter((c) => c.local === "Image").map((c) => c.attrs.size);
      for (const size of ["16", "32", "80"]) {
        if (!sizes.includes(size)) problems.push(`${where(icon)}: thiếu ảnh cỡ / missing the ${size}x${size} image`);
      }
      for (const image of icon.children.filter((c) => c.local === "Image")) {
        const resource = image.attrs.resid === undefined ? undefined : resources.get(image.attrs.resid);
        const key = `${image.attrs.resid}@${image.attrs.size}`;
        if (resource && resource.kind === "image" && !checkedImages.has(key)) {
          checkedImages.add(key);
          const label = `resid "${image.attrs.resid}"`;
          checkPngSize(resource.node.attrs.DefaultValue, Number(image.attrs.size), emitted, problems, label);
        }
      }
    }
  }
  checkPngSize(info.iconUrl, 32, emitted, problems, "IconUrl");
  checkPngSize(info.highResolutionIconUrl, 64, emitted, problems, "HighResolutionIconUrl");

  // --- every URL https; local ones must be emitted by the build
  const devOrigin = DEV_ORIGIN.replace(/\/$/, "");
  for (const { url, where: label } of urls) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`${label}: URL không hợp lệ / not a valid URL: "${url}"`);
      continue;
    }
    if (parsed.protocol !== "https:") {
      problems.push(`${label}: URL phải dùng https / must be https: ${url}`);
      continue;
    }
    if (url.length > 2048) problems.push(`${label}: URL dài quá / longer than 2048 characters`);
    if (url.startsWith(DEV_ORIGIN)) {
      const rel = decodeURIComponent(parsed.pathname.replace(/^\//, ""));
      if (!emitted.files.has(rel)) {
        problems.push(
          `${label}: ${url} không có trong bản dựng / is not emitted by the build ` +
            `(no "${rel}" in ${emitted.source === "dist" ? "dist/" : "the files webpack copies or emits"})`,
        );
      }
    } else if (url !== devOrigin && parsed.hostname === "localhost") {
      problems.push(`${label}: ${url} không trỏ tới máy chủ phát triển / is not on the dev server ${DEV_ORIGIN}`);
    }
  }
  result.urls = urls.map((u) => u.url);

  result.ok = problems.length === 0;
  return result;
}

function checkPngSize(
  url: string | undefined,
  size: number,
  emitted: EmittedFiles,
  problems: string[],
  label: string,
): void {
  if (!url || !url.startsWith(DEV_ORIGIN)) return;
  const rel = url.slice(DEV_ORIGIN.length).split(/[?#]/)[0]!;
  const file = emitted.files.get(rel);
  if (!file) return; // reported with the URLs
  const dims = pngSize(file);
  if (!dims) {
    problems.push(`${label}: ${rel} không phải ảnh PNG / is not a PNG file`);
  } else if (dims.width !== size || dims.height !== size) {
    problems.push(`${label}: ${rel} là ${dims.width}x${dims.height}, cần / should be ${size}x${size}`);
  }
}

// ------------------------------------------------------------------------------------------------ CLI

async function main(): Promise<number> {
  const arg = process.argv[2];
  if (arg === "-h" || arg === "--help") {
    console.log("Cách dùng / usage: node -r ./scripts/ts-register.js scripts/validate-manifest.ts [manifest.xml]");
    return 0;
  }
  const manifestPath = path.resolve(arg || path.join(ROOT, "manifest.xml"));
  const relative = path.relative(process.cwd(), manifestPath);
  const shown = relative && !relative.startsWith("..") ? relative : manifestPath;
  const result = await validateManifest(manifestPath);
  if (result.ok) {
    console.log(
      `${shown}: OK — manifest hợp lệ / manifest is valid (Id ${result.info?.id}; ${result.urls.length} URL https; ` +
        `${result.resids} resid; files checked against ${result.emittedFrom === "dist" ? "dist/" : "the sources"}).`,
    );
    return 0;
  }
  console.error(`${shown}: ${result.problems.length} lỗi / problem(s):`);
  for (const problem of result.problems) console.error(`  - ${problem}`);
  console.error("Kiểm tra trực tuyến của Microsoft / Microsoft's online check: npm run validate:online");
  return 1;
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      console.error(`Không kiểm tra được manifest / could not check the manifest: ${firstLine(err)}`);
      process.exitCode = 1;
    },
  );
}
