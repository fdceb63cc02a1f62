/**
 * `ketluan matrix DIR --source FILE`: the columns are the items of the source given (here the Huyện ủy Lục Nam's
 * resolution 05-NQ/HU on digital transformation, items 1–5), each draft is checked against that source as
 * `ketluan check --source` checks it, and the outputs carry the source's title. Run twice: with three files (checked in
 * the command's own thread) and with twelve (spread over worker threads, which receive the source as data).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDirectiveSource } from "../../src/directives/parse";
import { defaultDirectiveSource } from "../../src/directives/seed";
import type { MatrixJson } from "../../src/matrix/json";
import { buildDocxFromSpec } from "../support/buildDocx";
import { draftSpec, type Draft } from "../directives/coverage-set/build";
import { DRAFTS } from "../directives/coverage-set/drafts";
import { runCli } from "./run";

const SOURCE_FILE = join(__dirname, "..", "directives", "sources", "district-digital-resolution.txt");
const SOURCE = parseDirectiveSource(readFileSync(SOURCE_FILE, "utf8").normalize("NFC"));
const NQ = "Nghị quyết số 05-NQ/HU ngày 20/3/2024 của Ban Chấp hành Đảng bộ huyện về chuyển đổi số";
const bin = join(__dirname, "..", "..", "bin", "ketluan.js");

/** The district People's Committee's plan implementing the resolution: one section per item, in its own words. */
const FULL_PLAN: Draft = {
  name: "ubnd-luc-nam",
  description: "UBND huyện Lục Nam: kế hoạch thực hiện Nghị quyết 05-NQ/HU, đủ năm mục",
  kind: "plan",
  profile: "state",
  issuer: ["UBND TỈNH BẮC GIANG", "ỦY BAN NHÂN DÂN HUYỆN LỤC NAM", "Số: 97/KH-UBND"],
  place: "Lục Nam",
  date: [15, 4, 2024],
  summary: `thực hiện ${NQ} huyện Lục Nam đến năm 2025, định hướng đến năm 2030`,
  signer: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Bình"],
  sections: [
    { heading: "I. MỤC ĐÍCH, YÊU CẦU", paragraphs: [`Cụ thể hóa ${NQ} thành nhiệm vụ của các cơ quan, địa phương.`] },
    { heading: "II. NHIỆM VỤ, GIẢI PHÁP", paragraphs: [] },
    {
      heading: "1. Nâng cao nhận thức về chuyển đổi số",
      paragraphs: [
        "Thủ trưởng các cơ quan, Chủ tịch UBND các xã, thị trấn trực tiếp chỉ đạo và chịu trách nhiệm về kết quả chuyển đổi số của cơ quan, địa phương mình. Phòng Văn hóa và Thông tin tuyên truyền lợi ích của chuyển đổi số trên đài truyền thanh; các Tổ công nghệ số cộng đồng ở thôn, tổ dân phố hướng dẫn người dân cài đặt, sử dụng các ứng dụng số.",
      ],
    },
    {
      heading: "2. Phát triển hạ tầng số",
      paragraphs: [
        "Phối hợp với Viettel, VNPT phủ sóng di động 4G, 5G và kéo cáp quang đến 100% thôn, bản, ưu tiên các thôn vùng đồng bào dân tộc thiểu số; nâng cấp mạng diện rộng và hệ thống hội nghị truyền hình trực tuyến đến các xã, thị trấn; trang bị máy tính, máy quét cho bộ phận tiếp nhận và trả kết quả cấp xã.",
      ],
    },
    {
      heading: "3. Xây dựng chính quyền số",
      paragraphs: [
        "Cung cấp dịch vụ công trực tuyến toàn trình; số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; phấn đấu năm 2025 trên 80% hồ sơ được giải quyết trực tuyến. 100% văn bản đi được ký số, gửi, nhận qua hệ thống quản lý văn bản và điều hành; khai thác cơ sở dữ liệu quốc gia về dân cư khi giải quyết thủ tục.",
      ],
    },
    {
      heading: "4. Phát triển kinh tế số",
      paragraphs: [
        "Phòng Kinh tế và Hạ tầng phối hợp với Bưu điện huyện đưa sản phẩm OCOP, vải thiều, na, gà đồi Lục Nam lên sàn thương mại điện tử Postmart, Voso; gắn mã QR truy xuất nguồn gốc. Trường học, Trung tâm Y tế thu học phí, viện phí không dùng tiền mặt; vận động tiểu thương tại chợ thanh toán bằng mã QR.",
      ],
    },
    {
      heading: "5. Bảo đảm an toàn thông tin, phát triển nhân lực",
      paragraphs: [
        "Phê duyệt cấp độ an toàn hệ thống thông tin cho các hệ thống của huyện; giám sát, ngăn chặn tấn công mạng, cảnh báo lừa đảo qua mạng. Phòng Nội vụ bố trí cán bộ chuyên trách hoặc kiêm nhiệm công nghệ thông tin ở các phòng, ban và UBND các xã, thị trấn; tổ chức bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức.",
      ],
    },
    {
      heading: "III. TỔ CHỨC THỰC HIỆN",
      paragraphs: [
        "Các cơ quan, đơn vị định kỳ hằng năm báo cáo kết quả về UBND huyện để tổng hợp, báo cáo Ban Thường vụ Huyện ủy.",
      ],
    },
  ],
  expected: {},
};

/** A commune Party committee's plan on the resolution that answers awareness and digital government only. */
const PARTIAL_PLAN: Draft = {
  name: "dang-uy-bao-dai",
  description: "Đảng ủy xã Bảo Đài: kế hoạch thực hiện Nghị quyết 05-NQ/HU, chỉ mục 1 và 3",
  kind: "plan",
  profile: "party",
  issuer: ["ĐẢNG BỘ HUYỆN LỤC NAM", "ĐẢNG ỦY XÃ BẢO ĐÀI", "Số 41-KH/ĐU"],
  place: "Bảo Đài",
  date: [2, 5, 2024],
  summary: `thực hiện ${NQ} huyện Lục Nam đến năm 2025, định hướng đến năm 2030`,
  signer: ["T/M ĐẢNG ỦY", "BÍ THƯ", "Lê Thị Hoa"],
  sections: [
    { heading: "I. MỤC ĐÍCH, YÊU CẦU", paragraphs: [`Quán triệt, triển khai ${NQ} đến cán bộ, đảng viên.`] },
    { heading: "II. NHIỆM VỤ, GIẢI PHÁP", paragraphs: [] },
    {
      heading: "1. Về nhận thức",
      paragraphs: [
        "Bí thư các chi bộ, trưởng thôn trực tiếp chỉ đạo công tác chuyển đổi số ở thôn; Tổ công nghệ số cộng đồng của 14 thôn hướng dẫn người dân cài đặt, sử dụng các ứng dụng số, tuyên truyền lợi ích của chuyển đổi số trên loa truyền thanh của xã.",
      ],
    },
    {
      heading: "2. Về chính quyền số",
      paragraphs: [
        "Bộ phận tiếp nhận và trả kết quả của xã hướng dẫn người dân nộp hồ sơ dịch vụ công trực tuyến toàn trình; số hóa kết quả giải quyết thủ tục hành chính; cán bộ, công chức xã dùng chữ ký số và hệ thống quản lý văn bản và điều hành.",
      ],
    },
    {
      heading: "III. TỔ CHỨC THỰC HIỆN",
      paragraphs: ["Văn phòng Đảng ủy theo dõi, đôn đốc, định kỳ báo cáo Ban Thường vụ Huyện ủy."],
    },
  ],
  expected: {},
};

/** The seed's own district plan (socio-economic conclusion 125-KL/TU): nothing to do with this resolution. */
const UNRELATED = DRAFTS.find((d) => d.name === "d01-party-plan-in-order")!;

const LAYOUT: Record<string, Draft> = {
  "dang-uy/bao-dai.docx": PARTIAL_PLAN,
  "huyen-uy/luc-nam-kt-xh.docx": UNRELATED,
  "ubnd/luc-nam.docx": FULL_PLAN,
};

const root = mkdtempSync(join(tmpdir(), "ketluan-matrix-source-"));

function writeLayout(dir: string, copies: number): string[] {
  const files: string[] = [];
  for (let k = 0; k < copies; k++) {
    for (const [file, draft] of Object.entries(LAYOUT)) {
      const path = join(dir, copies === 1 ? "" : `ky-${k + 1}`, file);
      mkdirSync(join(path, ".."), { recursive: true });
      if (k === 0) writeFileSync(path, buildDocxFromSpec(draftSpec(draft)));
      else copyFileSync(join(dir, "ky-1", file), path);
      files.push(path);
    }
  }
  return files;
}

/** `ketluan check --source` of one draft: item → status ({} when the draft does not implement the source). */
async function checkStatuses(path: string): Promise<Record<string, string>> {
  const r = await runCli(["check", "--format", "json", "--source", SOURCE_FILE, path]);
  expect(r.err).toBe("");
  const [res] = JSON.parse(r.out) as { coverage: { item: string; status: string }[] }[];
  return Object.fromEntries(res!.coverage.map((c) => [c.item, c.status]));
}

const cellStatuses = (row: MatrixJson["rows"][number]): Record<string, string> =>
  Object.fromEntries(Object.entries(row.cells).map(([item, cell]) => [item, cell.status]));

function runMatrix(dir: string, out: string, ...extra: string[]) {
  return spawnSync(process.execPath, [bin, "matrix", dir, "--out", out, "--source", SOURCE_FILE, ...extra], {
    encoding: "utf8",
  });
}

describe("ketluan matrix --source", () => {
  const dir = join(root, "mot-ky");
  writeLayout(dir, 1);
  const out = join(root, "ma-tran");
  const r = runMatrix(dir, out, "--format", "html,csv,json");
  const json = JSON.parse(readFileSync(`${out}.json`, "utf8")) as MatrixJson;

  it("has the source's five items as columns, titled by that source, and no item of the seed", () => {
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(SOURCE.items.map((i) => i.number)).toEqual(["1", "2", "3", "4", "5"]);
    expect(json.source.title).toBe(SOURCE.title);
    expect(json.source.title).toMatch(/^Nghị quyết của Ban Chấp hành Đảng bộ huyện về chuyển đổi số huyện Lục Nam/);
    expect(json.source.items).toEqual(SOURCE.items.map((i) => ({ item: i.number, title: i.title })));
    // item 5 titled from its own words, not the seed's topic list ("Giáo dục và đào tạo")
    expect(json.source.items[4]!.title).toMatch(/an toàn, an ninh mạng/);
    const seedItems = defaultDirectiveSource().items.map((i) => i.number);
    for (const row of json.rows) expect(Object.keys(row.cells).filter((k) => seedItems.includes(k))).toEqual([]);
    const csvHeader = readFileSync(`${out}.csv`, "utf8")
      .replace(/^\ufeff/, "")
      .split("\r\n")[0]!;
    expect(csvHeader).toBe("file,issuer,number,date,type,errors,tasks-without-owner-or-deadline,1,2,3,4,5,unreadable");
    const html = readFileSync(`${out}.html`, "utf8");
    expect(html).toContain(`<h1>Ma trận thực hiện: ${SOURCE.title}</h1>`);
    expect(html).toContain("văn bản có đối chiếu với Nghị quyết;");
    expect(html).toContain(SOURCE.items[3]!.title);
    expect(html).not.toContain(defaultDirectiveSource().items[0]!.title);
  });

  it("gives each draft the statuses `ketluan check --source` gives it", async () => {
    expect(json.rows.map((x) => x.file)).toEqual(Object.keys(LAYOUT));
    for (const row of json.rows) expect(cellStatuses(row)).toEqual(await checkStatuses(join(dir, row.file)));
    const byFile = Object.fromEntries(json.rows.map((x) => [x.file, cellStatuses(x)]));
    // the drafts that implement the resolution are compared on all five items; the unrelated plan on none
    expect(Object.keys(byFile["ubnd/luc-nam.docx"]!)).toEqual(["1", "2", "3", "4", "5"]);
    expect(Object.values(byFile["ubnd/luc-nam.docx"]!)).toEqual([
      "covered",
      "covered",
      "covered",
      "covered",
      "covered",
    ]);
    expect(Object.keys(byFile["dang-uy/bao-dai.docx"]!)).toEqual(["1", "2", "3", "4", "5"]);
    expect(byFile["dang-uy/bao-dai.docx"]!["4"]).toBe("missing");
    expect(byFile["huyen-uy/luc-nam-kt-xh.docx"]).toEqual({});
  });

  it("takes --not-applicable as check does", async () => {
    const na = join(root, "khong-ap-dung");
    expect(runMatrix(dir, na, "--format", "json", "--not-applicable", "4,5").status).toBe(0);
    const rows = (JSON.parse(readFileSync(`${na}.json`, "utf8")) as MatrixJson).rows;
    const partial = rows.find((x) => x.file === "dang-uy/bao-dai.docx")!;
    expect(cellStatuses(partial)).toMatchObject({ "4": "not-applicable", "5": "not-applicable" });
    const checked = await runCli([
      "check",
      "--format",
      "json",
      "--source",
      SOURCE_FILE,
      "--not-applicable",
      "4,5",
      join(dir, partial.file),
    ]);
    const [res] = JSON.parse(checked.out) as { coverage: { item: string; status: string }[] }[];
    expect(cellStatuses(partial)).toEqual(Object.fromEntries(res!.coverage.map((c) => [c.item, c.status])));
  });

  it("says when the previous report was made against another source", () => {
    const seedRun = join(root, "theo-ket-luan");
    const first = spawnSync(process.execPath, [bin, "matrix", dir, "--out", seedRun, "--format", "json"], {
      encoding: "utf8",
    });
    expect(first.status).toBe(0);
    const seedJson = JSON.parse(readFileSync(`${seedRun}.json`, "utf8")) as MatrixJson;
    expect(seedJson.source.items.map((i) => i.item)).toEqual(defaultDirectiveSource().items.map((i) => i.number));
    const next = runMatrix(dir, join(root, "sau"), "--format", "json", "--previous", `${seedRun}.json`);
    expect(next.status).toBe(0);
    expect(next.stdout).toContain(`Lưu ý: kỳ trước đối chiếu với nguồn khác: ${defaultDirectiveSource().title}`);
  });

  it("refuses a source it cannot read, or one without numbered items, with exit 2", () => {
    const none = spawnSync(
      process.execPath,
      [bin, "matrix", dir, "--out", join(root, "x"), "--source", join(root, "khong-co.txt")],
      { encoding: "utf8" },
    );
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/Không đọc được tệp nguồn nhiệm vụ/);
    const plain = join(root, "khong-danh-so.txt");
    writeFileSync(plain, "NGHỊ QUYẾT\nvề chuyển đổi số\nkhông có mục nào được đánh số\n");
    const empty = spawnSync(process.execPath, [bin, "matrix", dir, "--out", join(root, "x"), "--source", plain], {
      encoding: "utf8",
    });
    expect(empty.status).toBe(2);
    expect(empty.stderr).toMatch(/Không tìm thấy mục nhiệm vụ đánh số nào/);
    const badItem = runMatrix(dir, join(root, "x"), "--not-applicable", "bốn");
    expect(badItem.status).toBe(2);
    expect(badItem.stderr).toMatch(/--not-applicable nhận số mục/);
  });
});

describe("ketluan matrix --source over worker threads (twelve files)", () => {
  it("checks every copy against the source, as in one thread", async () => {
    const dir = join(root, "bon-ky");
    writeLayout(dir, 4);
    const out = join(root, "ma-tran-12");
    const r = runMatrix(dir, out, "--format", "json");
    expect(r.status).toBe(0);
    const json = JSON.parse(readFileSync(`${out}.json`, "utf8")) as MatrixJson;
    expect(json.rows).toHaveLength(12);
    expect(json.source.items.map((i) => i.item)).toEqual(["1", "2", "3", "4", "5"]);
    const expected = new Map<string, Record<string, string>>();
    for (const file of Object.keys(LAYOUT)) expected.set(file, await checkStatuses(join(dir, "ky-1", file)));
    for (const row of json.rows) {
      const file = row.file.replace(/^ky-\d\//, "");
      expect([row.file, cellStatuses(row)]).toEqual([row.file, expected.get(file)]);
    }
  });
});
