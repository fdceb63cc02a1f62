// Writes test/fixtures/real/<file> for every document of test/fixtures/real/manifest.json, taken byte for byte from
// the public repository and commit the manifest names (`git show COMMIT:PATH` on a local bare mirror), and checks
// each file's SHA-256 against the manifest. The fixtures are committed: CI never runs this script; it documents
// where every real document comes from and lets anyone re-create or extend the set.
//
// Usage: node -r ./scripts/ts-register.js scripts/extract-real-fixtures.ts [--mirror DIR] [--record]
//          [--list owner/name@commit:folder] [file ...]
//   --mirror DIR  where the bare mirrors live, one per repository as DIR/<owner>+<name>/repo (default: the
//                 KETLUAN_MIRROR environment variable, else /work/.mirror).
//   --record      write the SHA-256 of documents whose manifest entry has none yet (a new entry); a mismatch with
//                 a recorded value is always an error.
//   --list R@C:F  print the .docx under folder F of repository R at commit C (size, path), to choose documents.
//   file ...      only these manifest entries (by fixture file name).
// Paths are given to git exactly as the manifest spells them (Vietnamese names, NFC or not, are bytes to git);
// listings use -c core.quotePath=false so that they print as text, not octal escapes.

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..");
const OUT_DIR = join(ROOT, "test/fixtures/real");
const MANIFEST = join(OUT_DIR, "manifest.json");

/** What this script reads and writes of a manifest entry (test/real/golden.ts has the whole shape). */
interface SourcedDocument {
  file: string;
  repository: string;
  commit: string;
  path: string;
  /** Absent or "" in a new entry until --record writes it. */
  sha256?: string;
}

interface Options {
  mirror: string;
  record: boolean;
  list: string | undefined;
  only: string[];
}

function fail(message: string): never {
  console.error(`extract-real-fixtures: ${message}`);
  process.exit(2);
}

function parseArgs(argv: string[]): Options {
  const out: Options = {
    mirror: process.env["KETLUAN_MIRROR"] ?? "/work/.mirror",
    record: false,
    list: undefined,
    only: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--mirror") out.mirror = argv[++i] ?? fail("--mirror needs a folder");
    else if (a === "--record") out.record = true;
    else if (a === "--list") out.list = argv[++i] ?? fail("--list needs owner/name@commit:folder");
    else if (a.startsWith("-")) fail(`unknown option ${a}`);
    else out.only.push(a);
  }
  return out;
}

/** The bare git directory of a mirrored repository, or a clear failure when it is not on this machine. */
function gitDir(mirror: string, repository: string): string {
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository)) fail(`bad repository name "${repository}"`);
  const dir = join(mirror, repository.replace("/", "+"), "repo");
  if (!existsSync(join(dir, "HEAD")))
    fail(
      `no mirror of ${repository} at ${dir}: fetch the repository first (a bare clone there), or pass ` +
        `--mirror DIR / set KETLUAN_MIRROR. The committed fixtures do not need this script.`,
    );
  return dir;
}

function git(dir: string, args: string[]): Buffer {
  return execFileSync("git", ["--git-dir", dir, "-c", "core.quotePath=false", ...args], {
    maxBuffer: 256 * 1024 * 1024,
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function list(mirror: string, spec: string): void {
  const m = /^([^@]+)@([0-9a-f]{40}):(.*)$/.exec(spec);
  if (m === null) fail(`--list wants owner/name@<40-hex commit>:folder, got "${spec}"`);
  const [repository, commit, folder] = [m[1]!, m[2]!, m[3]!];
  const dir = gitDir(mirror, repository);
  const out = git(dir, ["ls-tree", "-r", "-l", "-z", commit, "--", folder]).toString("utf8");
  for (const entry of out.split("\0")) {
    const t = /^\d+ blob [0-9a-f]+\s+(\d+)\t(.*)$/s.exec(entry);
    if (t !== null && /\.docx$/i.test(t[2]!)) console.log(`${t[1]!.padStart(9)}  ${t[2]}`);
  }
}

const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (args.list !== undefined) return list(args.mirror, args.list);

  const manifest = JSON.parse(readFileSync(MANIFEST, "utf8")) as { documents: SourcedDocument[] };
  const docs = manifest.documents.filter((d) => args.only.length === 0 || args.only.includes(d.file));
  if (docs.length === 0) fail("no manifest entry matched");
  for (const name of args.only)
    if (!manifest.documents.some((d) => d.file === name)) fail(`${name}: not in the manifest`);
  mkdirSync(OUT_DIR, { recursive: true });

  let recorded = 0;
  for (const doc of docs) {
    if (!/^[a-z0-9][a-z0-9.-]*\.docx$/.test(doc.file)) fail(`${doc.file}: fixture names are short ASCII .docx names`);
    if (!/^[0-9a-f]{40}$/.test(doc.commit)) fail(`${doc.file}: commit must be 40 hex digits`);
    const dir = gitDir(args.mirror, doc.repository);
    let bytes: Buffer;
    try {
      bytes = git(dir, ["show", `${doc.commit}:${doc.path}`]);
    } catch (e) {
      const detail = (e as { stderr?: Buffer | string }).stderr ?? (e instanceof Error ? e.message : e);
      fail(`${doc.file}: git show ${doc.commit}:${doc.path} failed in ${dir}: ${String(detail).trim()}`);
    }
    const hash = sha256(bytes);
    if (doc.sha256 === undefined || doc.sha256 === "") {
      if (!args.record) fail(`${doc.file}: the manifest has no sha256 (run with --record for a new entry)`);
      doc.sha256 = hash;
      recorded++;
    } else if (doc.sha256 !== hash) {
      fail(`${doc.file}: SHA-256 ${hash} differs from the manifest's ${doc.sha256}`);
    }
    writeFileSync(join(OUT_DIR, doc.file), bytes);
    console.log(`wrote test/fixtures/real/${doc.file} (${bytes.length} bytes, sha256 ${hash.slice(0, 12)}…)`);
  }
  if (recorded > 0) {
    writeFileSync(MANIFEST, JSON.stringify(manifest, null, 2) + "\n");
    // The repository's formatting (npm run prettier checks it); best effort when prettier is not installed.
    try {
      execFileSync(process.execPath, [join(ROOT, "node_modules/prettier/bin/prettier.cjs"), "--write", MANIFEST], {
        stdio: "ignore",
      });
    } catch {
      console.error("extract-real-fixtures: prettier not run on the manifest");
    }
    console.log(`recorded ${recorded} new sha256 value(s) in test/fixtures/real/manifest.json`);
  }
}

main();
