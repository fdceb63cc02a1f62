/**
 * Second labelled set, source A: Nghị quyết số 09-NQ/HU của Ban Chấp hành Đảng bộ huyện về chuyển đổi số
 * (test/directives/sources/district-digital-resolution-b.txt), items 1–5 under "III. NHIỆM VỤ, GIẢI PHÁP", each with
 * a heading line: 1 awareness and heads' responsibility, 2 digital infrastructure, 3 digital government, 4 digital
 * economy (OCOP products on e-commerce platforms, cashless payment), 5 cyber security and IT staff.
 *
 * Labels decided while writing each draft, before running the matcher, with the same rule as the first set (see
 * drafts-disaster.ts). "chuyển đổi số" is the subject of the whole resolution: saying it is no item's substance, nor
 * is "thương mại, dịch vụ" item 4's (e-commerce platforms, cashless payment).
 */
import type { LabelledDraft } from "./types";
import { SEED_PLAN_SECTIONS } from "./shared";

const NQ = "Nghị quyết số 09-NQ/HU ngày 20/3/2024 của Ban Chấp hành Đảng bộ huyện về chuyển đổi số";

export const DIGITAL_DRAFTS: LabelledDraft[] = [
  // G1: the scenario: the district People's Committee's plan implementing the resolution, own headings.
  {
    name: "g01-district-state-plan",
    description: "District People's Committee plan implementing the resolution: one section per item, own headings",
    kind: "plan",
    profile: "state",
    issuer: ["UBND TỈNH BẮC GIANG", "ỦY BAN NHÂN DÂN HUYỆN TÂN YÊN", "Số: 88/KH-UBND"],
    place: "Tân Yên",
    date: [12, 4, 2024],
    summary: `triển khai thực hiện ${NQ} huyện Tân Yên đến năm 2025, định hướng đến năm 2030`,
    signer: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Hùng"],
    sections: [
      {
        heading: "I. MỤC ĐÍCH, YÊU CẦU",
        paragraphs: [
          `Cụ thể hóa ${NQ} thành các nhiệm vụ của chính quyền; phân công cơ quan chủ trì, thời hạn hoàn thành, bảo đảm khả thi.`,
        ],
      },
      { heading: "II. NHIỆM VỤ, GIẢI PHÁP", paragraphs: [] },
      {
        heading: "1. Về nâng cao nhận thức",
        paragraphs: [
          "Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, thị trấn trực tiếp chỉ đạo, chịu trách nhiệm về kết quả chuyển đổi số của cơ quan, địa phương mình. Phòng Văn hóa và Thông tin tuyên truyền về lợi ích của chuyển đổi số trên loa truyền thanh, trang thông tin điện tử; duy trì 156 tổ công nghệ số cộng đồng, hướng dẫn người dân kích hoạt tài khoản định danh điện tử, cài đặt ứng dụng VNeID.",
        ],
      },
      {
        heading: "2. Về hạ tầng số",
        paragraphs: [
          'Phối hợp với Viettel, VNPT phủ sóng 4G, cáp quang đến 12 thôn còn "vùng lõm" sóng ở các xã Phúc Sơn, Lam Cốt; nâng cấp mạng nội bộ, máy tính của các phòng, ban. Công an huyện phối hợp lắp đặt camera giám sát an ninh, trật tự tại 20 nút giao thông. Văn phòng HĐND và UBND huyện xây dựng cơ sở dữ liệu dùng chung của huyện, kết nối với Nền tảng tích hợp, chia sẻ dữ liệu của tỉnh.',
        ],
      },
      {
        heading: "3. Về chính quyền số",
        paragraphs: [
          "Bộ phận Một cửa huyện, xã hướng dẫn người dân nộp hồ sơ trực tuyến toàn trình; số hóa 100% kết quả giải quyết thủ tục hành chính còn hiệu lực. 100% văn bản đi được ký số, gửi, nhận qua phần mềm quản lý văn bản; tổ chức họp trực tuyến đến 24 xã, thị trấn; vận hành Trung tâm điều hành thông minh của huyện.",
        ],
      },
      {
        heading: "4. Về kinh tế số",
        paragraphs: [
          "Phòng Kinh tế và Hạ tầng phối hợp với Bưu điện huyện đưa 38 sản phẩm OCOP của huyện lên sàn thương mại điện tử Postmart, Voso; hỗ trợ hợp tác xã mở gian hàng trực tuyến, in tem truy xuất nguồn gốc bằng mã QR. Phòng Giáo dục và Đào tạo, Trung tâm Y tế thu học phí, viện phí không dùng tiền mặt; vận động tiểu thương chợ Cao Thượng, chợ Nhã Nam thanh toán bằng mã QR.",
        ],
      },
      {
        heading: "5. Về an toàn thông tin và nhân lực",
        paragraphs: [
          "Phê duyệt hồ sơ cấp độ an toàn hệ thống thông tin cho các hệ thống của huyện; phối hợp với Sở Thông tin và Truyền thông giám sát, phòng chống mã độc, tấn công mạng. Phòng Nội vụ bố trí cán bộ phụ trách công nghệ thông tin ở các phòng, ban và UBND xã; mở 4 lớp bồi dưỡng kỹ năng số cho cán bộ, công chức.",
        ],
      },
      {
        heading: "III. TỔ CHỨC THỰC HIỆN",
        paragraphs: [
          "Các cơ quan, đơn vị căn cứ nhiệm vụ được giao xây dựng kế hoạch chi tiết; định kỳ 6 tháng, năm báo cáo kết quả về UBND huyện (qua Phòng Văn hóa và Thông tin) để tổng hợp, báo cáo Ban Thường vụ Huyện ủy.",
        ],
      },
    ],
    expected: { "1": "covered", "2": "covered", "3": "covered", "4": "covered", "5": "covered" },
    reasons: {
      "1": "heads in charge, propaganda of the benefits, community digital teams, e-identity accounts",
      "2": "4G and fibre to the «vùng lõm», internal networks, cameras, shared database",
      "3": "online public services, digitised results, digital signatures, online meetings, operations centre",
      "4": "38 OCOP products on Postmart/Voso, QR traceability, cashless fees and market stalls",
      "5": "security levels of systems, malware monitoring, IT staff, digital skills courses",
    },
  },

  // G2: the district Party committee's one-year report: digital economy only in its payment part.
  {
    name: "g02-party-report-one-year",
    description: "District Party committee's one-year report: results by area; digital economy only in payments",
    kind: "report",
    profile: "party",
    issuer: ["ĐẢNG BỘ TỈNH BẮC GIANG", "HUYỆN ỦY TÂN YÊN", "Số 356-BC/HU"],
    place: "Tân Yên",
    date: [15, 3, 2025],
    summary: `kết quả một năm thực hiện ${NQ}`,
    signer: ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Đỗ Thị Lan"],
    sections: [
      {
        heading: "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO",
        paragraphs: [
          "Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 120-KH/HU thực hiện Nghị quyết; 100% chi, đảng bộ cơ sở đã quán triệt. Người đứng đầu cấp ủy, chính quyền các xã trực tiếp làm trưởng ban chỉ đạo chuyển đổi số. Các tổ công nghệ số cộng đồng đã hướng dẫn 41.000 người dân kích hoạt tài khoản định danh điện tử; công tác tuyên truyền được đẩy mạnh trên các nền tảng số.",
        ],
      },
      { heading: "II. KẾT QUẢ ĐẠT ĐƯỢC", paragraphs: [] },
      {
        heading: "1. Hạ tầng số",
        paragraphs: [
          'Đã phủ sóng 4G, cáp quang tới 100% thôn, tổ dân phố; xóa 9 "vùng lõm" sóng. 24/24 xã có mạng nội bộ kết nối mạng truyền số liệu chuyên dùng; lắp đặt 46 camera giám sát an ninh, trật tự; cơ sở dữ liệu dùng chung của huyện đã kết nối với tỉnh.',
        ],
      },
      {
        heading: "2. Chính quyền số",
        paragraphs: [
          "Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến toàn trình đạt 76%; đã số hóa 92% kết quả giải quyết thủ tục hành chính. 100% văn bản được ký số, gửi, nhận điện tử; 100% cuộc họp của UBND huyện với các xã được tổ chức trực tuyến.",
        ],
      },
      {
        heading: "3. Kinh tế số",
        paragraphs: [
          "Thanh toán không dùng tiền mặt được mở rộng: 100% trường học, Trung tâm Y tế huyện thu học phí, viện phí qua ngân hàng; 60% tiểu thương tại các chợ có mã QR thanh toán.",
        ],
      },
      {
        heading: "4. An toàn thông tin, nhân lực",
        paragraphs: [
          "Các hệ thống thông tin của huyện được phê duyệt cấp độ an toàn thông tin; không để xảy ra sự cố mất an toàn, tấn công mạng. Mỗi cơ quan, đơn vị đã có cán bộ phụ trách công nghệ thông tin; 320 cán bộ, công chức được bồi dưỡng kỹ năng số.",
        ],
      },
      {
        heading: "III. HẠN CHẾ VÀ NHIỆM VỤ NĂM 2025",
        paragraphs: [
          "Việc đưa sản phẩm của hợp tác xã lên môi trường số còn chậm; kỹ năng số của một bộ phận người dân còn hạn chế. Năm 2025 tập trung hoàn thành các chỉ tiêu của Nghị quyết.",
        ],
      },
    ],
    expected: { "1": "covered", "2": "covered", "3": "covered", "4": "partial", "5": "covered" },
    reasons: {
      "1": "heads lead the steering boards, community teams, 41,000 e-identity accounts, propaganda",
      "2": "4G and fibre everywhere, internal network, 46 cameras, shared database",
      "3": "76% online, 92% digitised, digital signatures, online meetings",
      "4": "cashless payment only; e-commerce named only as a shortcoming ('lên môi trường số còn chậm')",
      "5": "security levels approved, no attacks, IT staff, skills courses",
    },
  },

  // G3: the district Women's Union: propaganda and e-commerce for members; infrastructure and government N/A.
  {
    name: "g03-womens-union-plan",
    description: "District Women's Union plan: members' digital skills and online sales; items 2 and 3 marked N/A",
    kind: "plan",
    profile: "party",
    issuer: ["HUYỆN ỦY TÂN YÊN", "HỘI LIÊN HIỆP PHỤ NỮ HUYỆN", "Số 21-KH/HPN"],
    place: "Tân Yên",
    date: [25, 4, 2024],
    summary: `thực hiện ${NQ} trong các cấp Hội`,
    signer: ["T/M BAN THƯỜNG VỤ", "CHỦ TỊCH", "Ngô Thị Thu"],
    notApplicable: ["2", "3"],
    sections: [
      {
        heading: "I. MỤC ĐÍCH, YÊU CẦU",
        paragraphs: [
          "Nâng cao nhận thức, kỹ năng số của cán bộ, hội viên phụ nữ; phát huy vai trò của Hội trong xây dựng xã hội số tại cộng đồng.",
        ],
      },
      {
        heading: "II. NỘI DUNG THỰC HIỆN",
        paragraphs: [
          "Chủ tịch Hội các cấp trực tiếp chỉ đạo, chịu trách nhiệm về kết quả thực hiện Kế hoạch. Tuyên truyền cho hội viên về lợi ích của chuyển đổi số qua sinh hoạt chi hội, nhóm Zalo; mỗi chi hội cử ít nhất 1 hội viên tham gia tổ công nghệ số cộng đồng, hướng dẫn chị em kích hoạt tài khoản định danh điện tử.",
          "Hỗ trợ hội viên là chủ hộ kinh doanh, thành viên hợp tác xã đưa sản phẩm OCOP (mật ong, gà đồi, rượu làng Vân) lên sàn thương mại điện tử, bán hàng qua livestream; vận động chị em tiểu thương tại chợ sử dụng mã QR, thanh toán không dùng tiền mặt.",
        ],
      },
      {
        heading: "III. TỔ CHỨC THỰC HIỆN",
        paragraphs: [
          "Ban Thường vụ Hội Liên hiệp Phụ nữ huyện hướng dẫn cơ sở Hội triển khai; định kỳ báo cáo Ban Thường vụ Huyện ủy.",
        ],
      },
    ],
    expected: { "1": "covered", "2": "not-applicable", "3": "not-applicable", "4": "covered", "5": "missing" },
    reasons: {
      "1": "chairwomen in charge, propaganda in branch meetings, community teams, e-identity",
      "2": "marked not applicable by the drafter",
      "3": "marked not applicable by the drafter",
      "4": "OCOP products on e-commerce platforms, livestream, QR and cashless payment at markets",
      "5": "nothing on security or IT staff",
    },
  },

  // G4: the unrelated plan: the seed's district plan read against the digital resolution.
  {
    name: "g04-unrelated-seed-plan",
    description: "The first set's district plan d01 (socio-economic conclusion) read against the digital resolution",
    kind: "plan",
    profile: "party",
    issuer: ["ĐẢNG BỘ TỈNH BẮC GIANG", "HUYỆN ỦY LỤC NAM", "Số 85-KH/HU"],
    place: "Lục Nam",
    date: [15, 9, 2023],
    summary: "thực hiện Kết luận số 125-KL/TU ngày 05/9/2023 của Ban Chấp hành Đảng bộ tỉnh",
    signer: ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn An"],
    sections: SEED_PLAN_SECTIONS,
    expected: { "1": "missing", "2": "missing", "3": "missing", "4": "missing", "5": "missing" },
    reasons: {
      "1": "propaganda of the conclusion, not of digital transformation",
      "2": "'hạ tầng giao thông, đô thị' is roads and towns, not telecoms or data",
      "3": "'đẩy mạnh chuyển đổi số trong các cơ quan nhà nước' is one passing phrase",
      "4": "'dịch vụ thương mại, du lịch' is trade in general: no e-commerce platform, no cashless payment",
      "5": "'giáo dục nghề nghiệp' is vocational training, not IT staff or cyber security",
    },
  },

  // G5: a plan on digital government only: infrastructure and security in part; the economy in passing.
  {
    name: "g05-digital-government-plan",
    description: "District plan on digital government for 2024: items 2 and 5 in part, item 4 only in passing",
    kind: "plan",
    profile: "state",
    issuer: ["UBND TỈNH BẮC GIANG", "ỦY BAN NHÂN DÂN HUYỆN HIỆP HÒA", "Số: 142/KH-UBND"],
    place: "Hiệp Hòa",
    date: [8, 5, 2024],
    summary: `xây dựng chính quyền số năm 2024, thực hiện ${NQ}`,
    signer: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Dương Văn Tú"],
    sections: [
      {
        heading: "I. MỤC TIÊU",
        paragraphs: [
          "Xây dựng chính quyền số hướng tới phục vụ người dân, doanh nghiệp, góp phần cải thiện môi trường kinh doanh, thúc đẩy thương mại, dịch vụ và chuyển đổi số trên địa bàn huyện.",
        ],
      },
      {
        heading: "II. NHIỆM VỤ",
        paragraphs: [
          "Cung cấp 100% dịch vụ công trực tuyến toàn trình đủ điều kiện; tái cấu trúc quy trình, số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa các cấp.",
          "100% văn bản đi của UBND huyện, các phòng, ban và UBND xã được ký số, gửi, nhận trên phần mềm quản lý văn bản và hồ sơ công việc; tổ chức họp trực tuyến giữa huyện và xã.",
          "Nâng cấp mạng nội bộ, thay thế 60 máy tính cũ tại Bộ phận Một cửa các xã.",
          "Bảo đảm an toàn thông tin cho phần mềm một cửa điện tử, sao lưu dữ liệu định kỳ; phòng chống mã độc trên máy tính của cán bộ, công chức.",
        ],
      },
      {
        heading: "III. TỔ CHỨC THỰC HIỆN",
        paragraphs: [
          "Văn phòng HĐND và UBND huyện chủ trì, phối hợp với Phòng Văn hóa và Thông tin theo dõi, đôn đốc, báo cáo kết quả trước ngày 15/12/2024.",
        ],
      },
    ],
    expected: { "1": "missing", "2": "partial", "3": "covered", "4": "missing", "5": "partial" },
    reasons: {
      "1": "no propaganda, no heads' responsibility",
      "2": "internal network and computers only: no telecoms coverage, cameras or shared database",
      "3": "online public services, digitisation, digital signatures, online meetings",
      "4": "'thúc đẩy thương mại, dịch vụ và chuyển đổi số' in the aim only: no e-commerce, no cashless payment",
      "5": "security of one system only: no IT staff or skills",
    },
  },

  // G6: a plan on OCOP products: the distinctive word of item 4 everywhere, e-commerce in one sentence.
  {
    name: "g06-ocop-plan-near-miss",
    description: "Department plan on OCOP products: OCOP throughout, online sales in one sentence, no payments",
    kind: "plan",
    profile: "state",
    issuer: ["UBND HUYỆN TÂN YÊN", "PHÒNG NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "Số: 35/KH-NN"],
    place: "Tân Yên",
    date: [2, 5, 2024],
    summary: "phát triển sản phẩm OCOP huyện Tân Yên năm 2024",
    signer: ["TRƯỞNG PHÒNG", "(Đã ký)", "Vũ Đình Khoa"],
    sections: [
      {
        heading: "I. MỤC TIÊU",
        paragraphs: [
          "Năm 2024 có thêm 10 sản phẩm được công nhận đạt chuẩn OCOP từ 3 sao trở lên; 2 sản phẩm đề nghị công nhận 4 sao cấp tỉnh.",
        ],
      },
      {
        heading: "II. NHIỆM VỤ, GIẢI PHÁP",
        paragraphs: [
          "Rà soát, hỗ trợ các hợp tác xã, hộ sản xuất hoàn thiện hồ sơ, tiêu chuẩn cơ sở, bao bì, nhãn mác, đăng ký nhãn hiệu cho sản phẩm; tổ chức đánh giá, phân hạng sản phẩm OCOP cấp huyện trong quý III.",
          "Hỗ trợ chủ thể OCOP tham gia hội chợ, triển lãm, điểm giới thiệu sản phẩm OCOP của tỉnh; giới thiệu sản phẩm trên sàn thương mại điện tử.",
          "Lồng ghép nguồn vốn chương trình xây dựng nông thôn mới hỗ trợ máy móc, thiết bị chế biến, bảo quản cho các chủ thể OCOP.",
        ],
      },
      {
        heading: "III. TỔ CHỨC THỰC HIỆN",
        paragraphs: [
          "Phòng Nông nghiệp và Phát triển nông thôn chủ trì, báo cáo UBND huyện kết quả trước ngày 30/11/2024.",
        ],
      },
    ],
    expected: { "1": "missing", "2": "missing", "3": "missing", "4": "partial", "5": "missing" },
    reasons: {
      "1": "nothing on awareness or responsibility",
      "2": "nothing on infrastructure",
      "3": "nothing on digital government",
      "4": "one sentence on e-commerce platforms for OCOP products; no cashless payment",
      "5": "nothing on security or IT staff",
    },
  },
];
