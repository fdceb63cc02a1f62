/**
 * Second labelled set, source B: Chỉ thị số 32-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng
 * đối với công tác phòng, chống thiên tai và tìm kiếm cứu nạn (test/directives/sources/provincial-disaster-directive.txt),
 * six numbered items written as running duties (no headings): 1 leadership and awareness ("bốn tại chỗ"), 2 plans,
 * hazard maps, relocation, drills, 3 dykes, reservoirs and early warning, 4 command boards, shock forces, supplies,
 * 5 recovery and the disaster fund, 6 inspection and violations (dyke corridors, illegal sand mining).
 *
 * Labels decided while writing each draft, before running the matcher, with the same rule as the first set:
 * "covered" = most of the item's duties carried out; "partial" = one or a few; "missing" = nothing, or only a passing
 * mention (every draft says "phòng, chống thiên tai" in every section: the subject of the whole directive is no item's
 * substance); "not-applicable" = marked so by the drafter. Each label has its one-line reason.
 */
import type { LabelledDraft } from "./types";
import { SEED_PLAN_SECTIONS } from "./shared";

const CT = "Chỉ thị số 32-CT/TU ngày 18/4/2024 của Ban Thường vụ Tỉnh ủy";
const SUMMARY = `thực hiện ${CT} về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống thiên tai và tìm kiếm cứu nạn`;

// ---------------------------------------------------------------------------------------------------------------
// T1: a district People's Committee plan, one section per item, with its own headings.

const T1_SECTIONS = {
  awareness: {
    heading: "1. Nâng cao nhận thức, trách nhiệm trong phòng, chống thiên tai",
    paragraphs: [
      "Chủ tịch UBND các xã, thị trấn trực tiếp chịu trách nhiệm trước Chủ tịch UBND huyện về công tác phòng, chống thiên tai trên địa bàn; đưa nhiệm vụ phòng, chống thiên tai vào chương trình công tác hằng năm của chính quyền các cấp.",
      'Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Thông tin và Thể thao huyện đổi mới hình thức tuyên truyền trên hệ thống loa truyền thanh cơ sở, mạng xã hội; phổ biến kỹ năng phòng tránh lũ quét, sạt lở đất cho người dân các thôn vùng núi. Phòng Giáo dục và Đào tạo lồng ghép kiến thức phòng, chống thiên tai vào hoạt động ngoại khóa ở trường học. Các xã quán triệt phương châm "bốn tại chỗ", chủ động chỉ huy, lực lượng, vật tư, hậu cần tại chỗ.',
    ],
  },
  plans: {
    heading: "2. Kế hoạch, phương án ứng phó và di dời dân cư",
    paragraphs: [
      "Phòng Nông nghiệp và Phát triển nông thôn chủ trì rà soát, cập nhật kế hoạch phòng, chống thiên tai của huyện giai đoạn 2024-2025 và phương án ứng phó theo từng cấp độ rủi ro thiên tai; hướng dẫn 100% xã, thị trấn cập nhật phương án trước ngày 31/5/2024.",
      "Phòng Tài nguyên và Môi trường phối hợp với UBND các xã rà soát, lập bản đồ khu vực có nguy cơ cao xảy ra lũ quét, sạt lở đất; xây dựng phương án di dời 126 hộ dân ở khu vực nguy cơ rất cao tại các xã An Lạc, Vân Sơn, Hữu Sản, hoàn thành trước mùa mưa bão năm 2025. Ban Chỉ huy Quân sự huyện tham mưu tổ chức diễn tập phòng, chống thiên tai và tìm kiếm cứu nạn cấp xã tại xã Thanh Luận năm 2024.",
    ],
  },
  works: {
    heading: "3. Đầu tư công trình, hệ thống cảnh báo sớm",
    paragraphs: [
      "Phòng Tài chính - Kế hoạch ưu tiên bố trí vốn sửa chữa, nâng cấp các hồ chứa nước xung yếu (hồ Khe Chão, hồ Đồng Cốc), kè chống sạt lở bờ sông Lục Nam đoạn qua thị trấn An Châu. Phòng Nông nghiệp và Phát triển nông thôn đôn đốc chủ đập hoàn thành kiểm định an toàn đập, hồ chứa nước, xây dựng quy trình vận hành hồ chứa.",
      "Đề nghị Sở Nông nghiệp và Phát triển nông thôn lắp đặt thêm 8 trạm đo mưa tự động và hệ thống cảnh báo sớm lũ quét tại các xã vùng cao; lồng ghép yêu cầu phòng, chống thiên tai trong quy hoạch xây dựng và các dự án xây dựng nông thôn mới.",
    ],
  },
  forces: {
    heading: "4. Lực lượng, vật tư, phương tiện ứng cứu",
    paragraphs: [
      "Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện và cấp xã ngay sau khi có thay đổi nhân sự; củng cố đội xung kích phòng, chống thiên tai cấp xã, lấy dân quân tự vệ làm nòng cốt, mỗi xã ít nhất 30 người.",
      "Ban Chỉ huy Quân sự huyện, Công an huyện xây dựng phương án phối hợp ứng cứu, sơ tán người dân khi có tình huống; chuẩn bị áo phao, nhà bạt, xuồng máy, lương thực, thuốc men dự trữ tại các xã xung yếu; duy trì chế độ trực ban 24/24 giờ trong mùa mưa bão.",
    ],
  },
  recovery: {
    heading: "5. Khắc phục hậu quả thiên tai",
    paragraphs: [
      "Khi thiên tai xảy ra, UBND các xã thống kê thiệt hại, hỗ trợ ngay lương thực, nơi ở tạm cho hộ dân bị thiệt hại, không để người dân bị đói, rét; Phòng Giáo dục và Đào tạo, Trung tâm Y tế huyện khắc phục nhanh trường học, trạm y tế bị hư hỏng, tổ chức vệ sinh môi trường, phòng dịch bệnh sau lũ.",
      "Phòng Nông nghiệp và Phát triển nông thôn đề xuất hỗ trợ giống cây trồng, vật nuôi để khôi phục sản xuất. Thu Quỹ phòng, chống thiên tai năm 2024 đạt 100% kế hoạch, quản lý, sử dụng Quỹ đúng mục đích, công khai.",
    ],
  },
  inspection: {
    heading: "6. Kiểm tra, xử lý vi phạm",
    paragraphs: [
      "Thanh tra huyện đưa nội dung phòng, chống thiên tai vào kế hoạch thanh tra, kiểm tra năm 2025. Phòng Tài nguyên và Môi trường, Công an huyện xử lý nghiêm các trường hợp khai thác cát, sỏi trái phép trên sông Lục Nam, lấn chiếm bãi sông, vi phạm hành lang bảo vệ đê điều, xây dựng nhà ở trong khu vực cấm.",
      "Kiểm điểm, làm rõ trách nhiệm của người đứng đầu cơ quan, đơn vị, xã để xảy ra thiệt hại về người do chủ quan, thiếu trách nhiệm trong chỉ đạo ứng phó.",
    ],
  },
};

export const DISASTER_DRAFTS: LabelledDraft[] = [
  {
    name: "t01-district-state-plan-in-order",
    description: "District People's Committee plan implementing the directive, one section per item, own headings",
    kind: "plan",
    profile: "state",
    issuer: ["UBND TỈNH BẮC GIANG", "ỦY BAN NHÂN DÂN HUYỆN SƠN ĐỘNG", "Số: 96/KH-UBND"],
    place: "Sơn Động",
    date: [10, 5, 2024],
    summary: SUMMARY,
    signer: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hoàng Văn Minh"],
    sections: [
      {
        heading: "I. MỤC ĐÍCH, YÊU CẦU",
        paragraphs: [
          `Cụ thể hóa ${CT} thành nhiệm vụ của chính quyền các cấp trên địa bàn huyện; phân công rõ cơ quan chủ trì, thời hạn hoàn thành.`,
        ],
      },
      { heading: "II. NHIỆM VỤ, GIẢI PHÁP", paragraphs: [] },
      T1_SECTIONS.awareness,
      T1_SECTIONS.plans,
      T1_SECTIONS.works,
      T1_SECTIONS.forces,
      T1_SECTIONS.recovery,
      T1_SECTIONS.inspection,
      {
        heading: "III. TỔ CHỨC THỰC HIỆN",
        paragraphs: [
          "Các cơ quan, đơn vị và UBND các xã, thị trấn căn cứ Kế hoạch này triển khai thực hiện; định kỳ trước ngày 15/11 hằng năm báo cáo kết quả về UBND huyện (qua Phòng Nông nghiệp và Phát triển nông thôn) để tổng hợp.",
        ],
      },
    ],
    expected: { "1": "covered", "2": "covered", "3": "covered", "4": "covered", "5": "covered", "6": "covered" },
    reasons: {
      "1": "chairmen's responsibility, new forms of propaganda, skills for mountain villages, schools, «bốn tại chỗ»",
      "2": "plan and response by risk level updated, hazard map, relocation of 126 households, commune drill",
      "3": "reservoirs and embankment repaired, dam safety inspection, rain gauges and early warning, planning",
      "4": "command boards, shock teams on the militia, army and police evacuation, stocks, 24/24 duty",
      "5": "relief for households, schools and health stations, hygiene, seed support, the disaster fund",
      "6": "inspection plan, sand mining, river banks, dyke corridors, responsibility of heads",
    },
  },

  // T2: a district Party committee's one-year report: results with figures; recovery only in part; no inspection.
  {
    name: "t02-party-report-one-year",
    description: "District Party committee's report after one year: results with figures, headed by areas of work",
    kind: "report",
    profile: "party",
    issuer: ["ĐẢNG BỘ TỈNH BẮC GIANG", "HUYỆN ỦY LỤC NGẠN", "Số 412-BC/HU"],
    place: "Lục Ngạn",
    date: [20, 3, 2025],
    summary: `kết quả một năm thực hiện ${CT}`,
    signer: ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Trần Quang Huy"],
    sections: [
      {
        heading: "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TUYÊN TRUYỀN",
        paragraphs: [
          "Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 215-KH/HU ngày 15/5/2024 thực hiện Chỉ thị; 100% chi, đảng bộ cơ sở tổ chức quán triệt. Người đứng đầu cấp ủy, chính quyền các xã đã trực tiếp chỉ đạo công tác phòng, chống thiên tai, gắn trách nhiệm cá nhân với kết quả ứng phó.",
          'Đài Truyền thanh huyện đã phát 240 tin, bài về kỹ năng phòng tránh lũ quét, sạt lở đất; tổ chức 18 buổi tập huấn cho người dân các thôn vùng cao; 100% trường học lồng ghép nội dung phòng, chống thiên tai vào giờ sinh hoạt ngoại khóa. Phương châm "bốn tại chỗ" được các xã thực hiện nghiêm.',
        ],
      },
      { heading: "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", paragraphs: [] },
      {
        heading: "1. Về phương án ứng phó và sắp xếp dân cư",
        paragraphs: [
          "Đã cập nhật kế hoạch phòng, chống thiên tai và phương án ứng phó theo cấp độ rủi ro thiên tai ở huyện và 29/29 xã; hoàn thành bản đồ khu vực có nguy cơ cao lũ quét, sạt lở đất; đã di dời 58/74 hộ dân khỏi vùng nguy hiểm ở các xã Sa Lý, Phong Minh. Tổ chức thành công diễn tập phòng, chống thiên tai và tìm kiếm cứu nạn tại xã Tân Sơn.",
        ],
      },
      {
        heading: "2. Về công trình phòng, chống thiên tai",
        paragraphs: [
          "Đã đầu tư 32 tỷ đồng sửa chữa, nâng cấp 6 hồ chứa nước xung yếu; 41/45 đập, hồ chứa được kiểm định an toàn; lắp đặt mới 5 trạm đo mưa tự động và 12 cụm loa cảnh báo sớm lũ quét tại các xã vùng cao.",
        ],
      },
      {
        heading: "3. Về lực lượng, phương tiện",
        paragraphs: [
          "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện và các xã được kiện toàn; 29 đội xung kích với 870 đội viên, nòng cốt là dân quân tự vệ. Đã mua sắm bổ sung 2 xuồng máy, 300 áo phao, 40 nhà bạt; lực lượng quân sự, công an đã sơ tán 215 người dân khỏi vùng ngập trong đợt mưa lũ tháng 9/2024.",
        ],
      },
      {
        heading: "4. Về khắc phục hậu quả",
        paragraphs: [
          "Sau bão số 3, huyện đã hỗ trợ kịp thời gạo, nhu yếu phẩm cho 1.320 hộ bị thiệt hại, không có hộ nào thiếu đói, thiếu nơi ở.",
        ],
      },
      {
        heading: "III. HẠN CHẾ VÀ PHƯƠNG HƯỚNG",
        paragraphs: [
          "Việc di dời dân cư còn chậm do thiếu quỹ đất tái định cư. Năm 2025, tiếp tục hoàn thành di dời các hộ còn lại, nâng cao chất lượng công tác phòng, chống thiên tai.",
        ],
      },
    ],
    expected: { "1": "covered", "2": "covered", "3": "covered", "4": "covered", "5": "partial", "6": "missing" },
    reasons: {
      "1": "heads of committees in charge, 240 broadcasts, training, schools, «bốn tại chỗ»",
      "2": "plans and response updated, hazard map, 58 households relocated, drill",
      "3": "reservoirs repaired, dam safety inspection, rain gauges and warning loudspeakers",
      "4": "command boards, shock teams on the militia, boats and tents, evacuation by army and police",
      "5": "relief to households only: no schools, hygiene, production or fund",
      "6": "nothing on inspection or violations",
    },
  },

  // T3: the propaganda department's plan: item 1 in depth; the other items only as subjects of propaganda.
  {
    name: "t03-propaganda-department-plan",
    description: "Plan of a district propaganda department: awareness in depth, other items named as topics only",
    kind: "plan",
    profile: "party",
    issuer: ["HUYỆN ỦY YÊN THẾ", "BAN TUYÊN GIÁO", "Số 27-KH/BTGHU"],
    place: "Yên Thế",
    date: [6, 5, 2024],
    summary: `tuyên truyền ${CT}`,
    signer: ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Lương Thị Hạnh"],
    sections: [
      {
        heading: "I. MỤC ĐÍCH, YÊU CẦU",
        paragraphs: [
          "Nâng cao nhận thức, trách nhiệm của cấp ủy, chính quyền, cán bộ, đảng viên và Nhân dân về công tác phòng, chống thiên tai; tạo sự đồng thuận trong triển khai các nhiệm vụ của Chỉ thị.",
        ],
      },
      {
        heading: "II. NỘI DUNG TUYÊN TRUYỀN",
        paragraphs: [
          'Tuyên truyền sâu rộng nội dung Chỉ thị; trách nhiệm của người đứng đầu cấp ủy, chính quyền trong công tác phòng, chống thiên tai; phương châm "bốn tại chỗ" và gương người tốt, việc tốt trong ứng cứu người dân.',
          "Phổ biến kiến thức, kỹ năng phòng tránh thiên tai cho người dân, nhất là nhận biết dấu hiệu lũ quét, sạt lở đất ở vùng núi; vận động các hộ dân ở vùng nguy hiểm đồng thuận với chủ trương của tỉnh.",
        ],
      },
      {
        heading: "III. HÌNH THỨC TUYÊN TRUYỀN",
        paragraphs: [
          "Đổi mới hình thức tuyên truyền: biên soạn tài liệu hỏi - đáp, tờ gấp; phát trên hệ thống loa truyền thanh cơ sở; đăng tải trên trang thông tin điện tử và các nhóm Zalo của thôn, tổ dân phố; phối hợp với Phòng Giáo dục và Đào tạo tổ chức cuộc thi tìm hiểu kỹ năng phòng tránh thiên tai trong trường học.",
        ],
      },
      {
        heading: "IV. TỔ CHỨC THỰC HIỆN",
        paragraphs: [
          "Trung tâm Chính trị huyện đưa nội dung Chỉ thị vào chương trình bồi dưỡng lý luận chính trị. Ban Tuyên giáo Huyện ủy theo dõi, định kỳ báo cáo Ban Thường vụ Huyện ủy.",
        ],
      },
    ],
    expected: { "1": "covered", "2": "missing", "3": "missing", "4": "missing", "5": "missing", "6": "missing" },
    reasons: {
      "1": "heads' responsibility, new forms of propaganda, skills for mountain villages, schools, «bốn tại chỗ»",
      "2": "only 'households in dangerous areas' as a subject of persuasion: no plan, map, relocation or drill",
      "3": "nothing on works or warning systems",
      "4": "'ứng cứu người dân' as a model to praise: no forces, boards or supplies",
      "5": "nothing on recovery or the fund",
      "6": "nothing on inspection or violations",
    },
  },

  // T4: the provincial police's plan: forces and evacuation, sand mining; works and recovery marked not applicable.
  {
    name: "t04-police-plan-not-applicable",
    description: "Provincial police plan: rescue forces, order in the disaster zone, illegal sand mining; 3 and 5 N/A",
    kind: "plan",
    profile: "state",
    issuer: ["UBND TỈNH BẮC GIANG", "CÔNG AN TỈNH", "Số: 58/KH-CAT-PV01"],
    place: "Bắc Giang",
    date: [14, 5, 2024],
    summary: `thực hiện ${CT} trong lực lượng Công an tỉnh`,
    signer: ["GIÁM ĐỐC", "(Đã ký)", "Đại tá Nguyễn Quốc Toản"],
    notApplicable: ["3", "5"],
    sections: [
      {
        heading: "I. MỤC ĐÍCH, YÊU CẦU",
        paragraphs: [
          "Quán triệt Chỉ thị đến toàn thể cán bộ, chiến sĩ; xác định nhiệm vụ cứu nạn, cứu hộ khi thiên tai xảy ra là nhiệm vụ chính trị của lực lượng Công an tỉnh.",
        ],
      },
      {
        heading: "II. NHIỆM VỤ CỤ THỂ",
        paragraphs: [
          "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ chủ trì xây dựng phương án huy động lực lượng, phương tiện của Công an tỉnh tham gia ứng cứu, sơ tán Nhân dân khi có tình huống; phối hợp với Bộ Chỉ huy Quân sự tỉnh theo Quy chế phối hợp; kiện toàn tổ cứu nạn, cứu hộ tại Công an các huyện; bảo đảm xuồng, ca nô, áo phao, thiết bị thông tin liên lạc; duy trì trực ban, trực chỉ huy 24/24 giờ trong mùa mưa bão.",
          "Công an các huyện, thành phố bảo đảm an ninh, trật tự tại khu vực bị thiên tai và nơi sơ tán dân; bảo vệ tài sản của người dân, phòng ngừa trộm cắp.",
          "Phòng Cảnh sát phòng, chống tội phạm về môi trường phối hợp với Sở Tài nguyên và Môi trường đấu tranh, xử lý nghiêm hành vi khai thác cát, sỏi trái phép trên sông Cầu, sông Thương, sông Lục Nam.",
        ],
      },
      {
        heading: "III. TỔ CHỨC THỰC HIỆN",
        paragraphs: [
          "Các đơn vị căn cứ Kế hoạch này xây dựng phương án cụ thể; Phòng Tham mưu tổng hợp kết quả, báo cáo Giám đốc Công an tỉnh trước ngày 30/11 hằng năm.",
        ],
      },
    ],
    expected: {
      "1": "missing",
      "2": "missing",
      "3": "not-applicable",
      "4": "covered",
      "5": "not-applicable",
      "6": "partial",
    },
    reasons: {
      "1": "only briefing its own officers: no awareness of the people, heads' responsibility or «bốn tại chỗ»",
      "2": "an evacuation plan is item 4's; no response plan by risk level, map, relocation or drill",
      "3": "marked not applicable by the drafter",
      "4": "rescue teams, army coordination, evacuation, boats and equipment, 24/24 duty",
      "5": "marked not applicable by the drafter",
      "6": "illegal sand mining only: no inspection, dyke corridors or responsibility",
    },
  },

  // T5: an unrelated plan: the seed's district plan (implementing the provincial conclusion) read against the directive.
  {
    name: "t05-unrelated-seed-plan",
    description: "The first set's district plan d01 (socio-economic conclusion) read against the disaster directive",
    kind: "plan",
    profile: "party",
    issuer: ["ĐẢNG BỘ TỈNH BẮC GIANG", "HUYỆN ỦY LỤC NAM", "Số 85-KH/HU"],
    place: "Lục Nam",
    date: [15, 9, 2023],
    summary: "thực hiện Kết luận số 125-KL/TU ngày 05/9/2023 của Ban Chấp hành Đảng bộ tỉnh",
    signer: ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn An"],
    sections: SEED_PLAN_SECTIONS,
    expected: { "1": "missing", "2": "missing", "3": "missing", "4": "missing", "5": "missing", "6": "missing" },
    reasons: {
      "1": "about the conclusion's propaganda and leadership, not disasters",
      "2": "'diễn tập khu vực phòng thủ' is a defence drill, not a disaster drill",
      "3": "infrastructure is roads and industry: no dykes, reservoirs or warning",
      "4": "'quốc phòng, quân sự địa phương' is defence, not rescue forces",
      "5": "nothing on recovery",
      "6": "'kiểm tra, giám sát, thi hành kỷ luật đảng' is Party discipline, not disaster violations",
    },
  },

  // T6: a commune's plan: what a commune can do; dykes and the fund in passing, no inspection.
  {
    name: "t06-commune-plan-partial",
    description: "Commune People's Committee plan: awareness, relocation, shock team; works and fund only in passing",
    kind: "plan",
    profile: "state",
    issuer: ["UBND HUYỆN LỤC NAM", "ỦY BAN NHÂN DÂN XÃ LỤC SƠN", "Số: 34/KH-UBND"],
    place: "Lục Sơn",
    date: [22, 5, 2024],
    summary: `triển khai ${CT} trên địa bàn xã`,
    signer: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đinh Văn Lợi"],
    sections: [
      {
        heading: "I. MỤC ĐÍCH, YÊU CẦU",
        paragraphs: [
          "Chủ động phòng ngừa, ứng phó kịp thời với thiên tai, hạn chế thấp nhất thiệt hại về người và tài sản của Nhân dân trên địa bàn xã.",
        ],
      },
      {
        heading: "II. NHIỆM VỤ CỤ THỂ",
        paragraphs: [
          'Chủ tịch UBND xã trực tiếp chỉ đạo công tác phòng, chống thiên tai; trưởng thôn chịu trách nhiệm tại thôn. Công chức Văn hóa - Xã hội tuyên truyền trên loa truyền thanh xã về kỹ năng phòng tránh lũ quét, sạt lở đất cho người dân các thôn Đồng Cao, Khuôn Thần; thực hiện phương châm "bốn tại chỗ".',
          "Cập nhật phương án ứng phó thiên tai của xã theo cấp độ rủi ro; rà soát các điểm có nguy cơ sạt lở đất, lũ quét; vận động 12 hộ dân thôn Đồng Cao di dời đến nơi ở mới trước tháng 6/2025.",
          "Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã; củng cố đội xung kích 35 người do dân quân làm nòng cốt; chuẩn bị lương thực, áo phao, đèn pin, thuốc men tại nhà văn hóa các thôn; trực ban 24/24 giờ khi có mưa lớn, kể cả tại khu vực tràn xả lũ của hồ chứa nước trên địa bàn.",
          "Thu Quỹ phòng, chống thiên tai đúng đối tượng, đúng mức.",
        ],
      },
      {
        heading: "III. TỔ CHỨC THỰC HIỆN",
        paragraphs: [
          "Các ban, ngành, đoàn thể xã và trưởng các thôn căn cứ Kế hoạch này triển khai thực hiện; Văn phòng - Thống kê xã tổng hợp, báo cáo UBND huyện.",
        ],
      },
    ],
    expected: { "1": "covered", "2": "covered", "3": "missing", "4": "covered", "5": "partial", "6": "missing" },
    reasons: {
      "1": "chairman in charge, loudspeaker propaganda of skills, «bốn tại chỗ»",
      "2": "response plan by risk level, landslide points, relocation of 12 households (no drill)",
      "3": "a reservoir's spillway only as a place of duty: no works, inspection or warning",
      "4": "command board, shock team on the militia, stocks, 24/24 duty",
      "5": "the fund only: no relief, repair or production",
      "6": "nothing on inspection or violations",
    },
  },
];
