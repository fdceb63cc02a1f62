/**
 * The labelled evaluation set for coverage: plans and reports, Party and State, written by hand the way district
 * offices write them, with the expected status of every directive item 2.1–2.8 decided while writing each draft
 * (before the matcher was written). Variants of the first plan reorder, rename, merge, drop and flatten its sections.
 *
 * Labelling rule: "covered" = the draft has content that carries out most of the item's duties; "partial" = only
 * one or a few of them; "missing" = nothing, or only a passing mention inside another item's text;
 * "not-applicable" = marked so by the drafter (a department's plan).
 */
import type { Draft, Section } from "./build";

const KL = "Kết luận số 125-KL/TU ngày 05/9/2023 của Ban Chấp hành Đảng bộ tỉnh";

// ---------------------------------------------------------------------------------------------------------------
// D1: a district Party plan that follows the conclusion's order, one section per item.

const P1 = {
  purpose: {
    heading: "I. MỤC ĐÍCH, YÊU CẦU",
    paragraphs: [
      `Quán triệt sâu sắc, triển khai thực hiện nghiêm túc, hiệu quả ${KL}; xác định rõ nhiệm vụ, giải pháp trọng tâm cần tập trung lãnh đạo, chỉ đạo từ nay đến hết nhiệm kỳ.`,
      "Việc triển khai phải gắn với trách nhiệm của từng cơ quan, đơn vị; bảo đảm thiết thực, tránh hình thức.",
    ],
  },
  tasksHeading: { heading: "II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM", paragraphs: [] as string[] },
  s21: {
    heading: "1. Bám sát sự lãnh đạo, chỉ đạo của cấp trên, phấn đấu hoàn thành các chỉ tiêu Nghị quyết Đại hội",
    paragraphs: [
      "Tiếp tục bám sát các chủ trương, nghị quyết của Đảng, chính sách, pháp luật của Nhà nước, sự chỉ đạo của Tỉnh ủy; gắn thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIII với Nghị quyết số 11-NQ/TW ngày 10/02/2022 của Bộ Chính trị. Phấn đấu hoàn thành và hoàn thành vượt mức 100% chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020-2025, góp phần đưa tỉnh vào nhóm 12 tỉnh, thành phố đứng đầu cả nước về quy mô GRDP.",
      'Thực hiện tốt quan điểm "Phát triển kinh tế là trung tâm; xây dựng Đảng là then chốt; phát triển văn hóa là nền tảng tinh thần; bảo đảm quốc phòng, an ninh là trọng yếu, thường xuyên" và phương châm "Đoàn kết - Kỷ cương - Dân chủ - Sáng tạo"; phát huy nội lực, nhân tố con người để tạo đột phá trong phát triển.',
    ],
  },
  s22: {
    heading: "2. Giữ vững đoàn kết, thống nhất; tăng cường kỷ luật, kỷ cương",
    paragraphs: [
      "Các cấp ủy, tổ chức đảng, cơ quan, đơn vị giữ vững đoàn kết, thống nhất; thực hiện nghiêm nguyên tắc tập trung dân chủ, tự phê bình và phê bình, quy chế làm việc; siết chặt kỷ luật, kỷ cương hành chính, đổi mới lề lối, tác phong làm việc.",
      'Đề cao trách nhiệm người đứng đầu; tăng cường phối hợp giữa các cơ quan, đơn vị, địa phương. Cán bộ, đảng viên thực hiện nghiêm phương châm "3 đảm", "3 hơn", "5 rõ" theo Chỉ thị số 26-CT/TU ngày 02/6/2023 của Ban Thường vụ Tỉnh ủy, với tinh thần "kết quả năm sau phải cao hơn năm trước".',
    ],
  },
  s23: {
    heading: "3. Tập trung phát triển kinh tế - xã hội",
    paragraphs: [
      "Tập trung chỉ đạo quyết liệt các chỉ tiêu đạt thấp, nhất là thu ngân sách; thực hiện tốt các đột phá chiến lược về thể chế, hạ tầng, nguồn nhân lực. Thành lập tổ công tác tháo gỡ khó khăn, vướng mắc trong bồi thường, giải phóng mặt bằng các dự án trọng điểm; phấn đấu năm 2024 giải phóng mặt bằng trên 300 ha. Triển khai Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050 trên địa bàn huyện.",
      "Phát triển công nghiệp theo hướng bền vững, hoàn thiện hạ tầng Cụm công nghiệp Nghĩa Phương, thu hút các dự án chế biến, chế tạo. Cơ cấu lại ngành nông nghiệp theo hướng sản xuất hàng hóa tập trung, ứng dụng công nghệ cao; phát triển vùng trồng cây ăn quả có múi. Phát triển dịch vụ thương mại, du lịch sinh thái, dịch vụ logistics gắn với tuyến đường vành đai. Đầu tư kết cấu hạ tầng giao thông, đô thị; cải thiện môi trường đầu tư, kinh doanh, nâng cao chỉ số năng lực cạnh tranh cấp huyện; thu hút nhà đầu tư có năng lực vào các khu, cụm công nghiệp.",
      "Nâng cao chất lượng giáo dục và đào tạo, giáo dục nghề nghiệp; đầu tư Trung tâm Y tế huyện theo hướng hiện đại; đẩy mạnh chuyển đổi số trong các cơ quan nhà nước. Phát triển văn hóa, thể thao quần chúng; thực hiện đầy đủ chính sách an sinh xã hội, chính sách dân tộc, tôn giáo; phấn đấu giảm tỷ lệ hộ nghèo bình quân 1,5%/năm.",
    ],
  },
  s24: {
    heading: "4. Bảo đảm quốc phòng, an ninh; tiếp công dân, giải quyết khiếu nại, tố cáo; đối ngoại",
    paragraphs: [
      "Lãnh đạo thực hiện tốt nhiệm vụ quốc phòng, quân sự địa phương; giữ vững an ninh chính trị, trật tự an toàn xã hội, không để hình thành điểm nóng. Chuẩn bị chu đáo, tham gia diễn tập khu vực phòng thủ tỉnh năm 2023 đạt kết quả tốt.",
      "Nâng cao chất lượng tiếp công dân, giải quyết đơn, thư khiếu nại, tố cáo ngay từ cơ sở; giải quyết dứt điểm các vụ việc phức tạp, kéo dài; người đứng đầu cấp ủy, chính quyền tiếp công dân định kỳ theo quy định. Mở rộng quan hệ hợp tác với các huyện giáp ranh, tăng cường thông tin đối ngoại, quảng bá hình ảnh của huyện.",
    ],
  },
  s25: {
    heading: "5. Nâng cao hiệu lực, hiệu quả hoạt động của chính quyền; sắp xếp đơn vị hành chính",
    paragraphs: [
      "Nâng cao hiệu lực, hiệu quả hoạt động của chính quyền các cấp. Hoàn thành sắp xếp đơn vị hành chính cấp xã giai đoạn 2023-2025 theo Kết luận số 48-KL/TW ngày 03/01/2023 của Bộ Chính trị và Nghị quyết số 233-NQ/TU ngày 25/7/2022 của Tỉnh ủy. Đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội.",
    ],
  },
  s26: {
    heading: "6. Xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh",
    paragraphs: [
      "Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh, trọng tâm là tổ chức cơ sở đảng. Tăng cường giáo dục chính trị, tư tưởng; đấu tranh phản bác các quan điểm sai trái, thù địch, bảo vệ nền tảng tư tưởng của Đảng.",
      "Rà soát, bổ sung quy hoạch, luân chuyển cán bộ, chuẩn bị nhân sự đại hội đảng bộ các cấp nhiệm kỳ 2025-2030. Tăng cường kiểm tra, giám sát, thi hành kỷ luật đảng; phòng, chống tham nhũng, tiêu cực. Đổi mới công tác dân vận, thực hiện tốt Quy chế dân chủ ở cơ sở.",
    ],
  },
  s27: {
    heading: "7. Biểu dương, khen thưởng và xử lý né tránh trách nhiệm",
    paragraphs: [
      "Kịp thời biểu dương, khen thưởng tập thể, cá nhân có thành tích xuất sắc, nhân rộng các điển hình tiên tiến; xem xét, điều chuyển công tác đối với cán bộ né tránh, đùn đẩy trách nhiệm, làm việc cầm chừng.",
    ],
  },
  s28: {
    heading: "8. Quán triệt, cụ thể hóa Kết luận",
    paragraphs: [
      "Tổ chức quán triệt Kết luận đến 100% cán bộ, đảng viên; các chi, đảng bộ cơ sở cụ thể hóa bằng kế hoạch, chương trình hành động phù hợp với điều kiện của cơ quan, đơn vị, địa phương.",
    ],
  },
  org: {
    heading: "III. TỔ CHỨC THỰC HIỆN",
    paragraphs: [
      "Các chi, đảng bộ cơ sở căn cứ Kế hoạch này xây dựng kế hoạch thực hiện, hoàn thành trước ngày 30/10/2023.",
      "Văn phòng Huyện ủy theo dõi, đôn đốc, định kỳ tổng hợp báo cáo Ban Thường vụ Huyện ủy và Văn phòng Tỉnh ủy.",
    ],
  },
};

const partyPlanBase = {
  kind: "plan" as const,
  profile: "party" as const,
  issuer: ["ĐẢNG BỘ TỈNH BẮC GIANG", "HUYỆN ỦY LỤC NAM", "Số 85-KH/HU"] as [string, string, string],
  place: "Lục Nam",
  date: [15, 9, 2023] as [number, number, number],
  summary: `thực hiện ${KL}`,
  signer: ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn An"] as [string, string, string],
};

const ALL_COVERED = {
  "2.1": "covered",
  "2.2": "covered",
  "2.3": "covered",
  "2.4": "covered",
  "2.5": "covered",
  "2.6": "covered",
  "2.7": "covered",
  "2.8": "covered",
} as const;

/** Renumbers the heading of a section ("4. ..." → "1. ..."), or renames it. */
function renamed(s: Section, heading: string): Section {
  return { ...s, heading };
}

export const DRAFTS: Draft[] = [
  {
    ...partyPlanBase,
    name: "d01-party-plan-in-order",
    description: "Party plan of a district, one section per item in the conclusion's order",
    sections: [P1.purpose, P1.tasksHeading, P1.s21, P1.s22, P1.s23, P1.s24, P1.s25, P1.s26, P1.s27, P1.s28, P1.org],
    expected: { ...ALL_COVERED },
  },

  // D2: a State report with results in the past tense and figures, 2.2 and 2.7 merged, no Party building.
  {
    name: "d02-state-report-results",
    description: "State report of a district People's Committee: results with figures; no Party building section",
    kind: "report",
    profile: "state",
    issuer: ["ỦY BAN NHÂN DÂN", "HUYỆN VIỆT YÊN", "Số: 418/BC-UBND"],
    place: "Việt Yên",
    date: [20, 12, 2023],
    summary: `kết quả thực hiện ${KL} năm 2023`,
    signer: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Bình"],
    sections: [
      {
        heading: "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO",
        paragraphs: [
          "Ngay sau khi Kết luận được ban hành, UBND huyện đã ban hành Kế hoạch số 312/KH-UBND ngày 20/9/2023 cụ thể hóa các nhiệm vụ thuộc trách nhiệm của chính quyền; tổ chức hội nghị quán triệt tới 100% cán bộ, công chức, viên chức khối nhà nước.",
          "UBND huyện đã bám sát các chủ trương, nghị quyết của Đảng, chính sách, pháp luật của Nhà nước, sự chỉ đạo của Tỉnh ủy, UBND tỉnh và Huyện ủy, gắn với Nghị quyết số 11-NQ/TW ngày 10/02/2022 của Bộ Chính trị; đã thực hiện tốt quan điểm phát triển kinh tế là trung tâm.",
        ],
      },
      {
        heading: "II. KẾT QUẢ THỰC HIỆN",
        paragraphs: [],
      },
      {
        heading: "1. Kết quả thực hiện các chỉ tiêu và phát triển kinh tế",
        paragraphs: [
          "Năm 2023, tổng giá trị sản xuất trên địa bàn ước đạt 182.500 tỷ đồng, tăng 11,2%; 27/28 chỉ tiêu chủ yếu theo Nghị quyết Đại hội Đảng bộ huyện đạt và vượt kế hoạch; huyện đóng góp khoảng 32% quy mô GRDP của tỉnh.",
          "Công tác bồi thường, giải phóng mặt bằng được tập trung chỉ đạo quyết liệt: đã giải phóng mặt bằng 215 ha, đạt 105% kế hoạch, bàn giao mặt bằng sạch cho Khu công nghiệp Quang Châu mở rộng; đã tháo gỡ dứt điểm 18/21 vướng mắc kéo dài.",
          "Sản xuất công nghiệp tăng trưởng khá, giá trị sản xuất công nghiệp đạt 168.000 tỷ đồng, tăng 12,5%; thu hút mới 26 dự án đầu tư với tổng vốn 780 triệu USD, chủ yếu là các dự án chế biến, chế tạo điện tử. Môi trường đầu tư, kinh doanh được cải thiện, chỉ số năng lực cạnh tranh cấp huyện đứng thứ 2 của tỉnh.",
          "Nông nghiệp chuyển dịch theo hướng sản xuất hàng hóa: đã hình thành 12 vùng sản xuất tập trung với tổng diện tích 1.450 ha, 6 mô hình ứng dụng công nghệ cao. Dịch vụ thương mại, logistics phát triển nhanh; tổng mức bán lẻ hàng hóa đạt 9.800 tỷ đồng, tăng 15%. Đã hoàn thành đưa vào sử dụng 14 km đường tỉnh 298B và 32 km đường giao thông nông thôn.",
        ],
      },
      {
        heading: "2. Văn hóa - xã hội",
        paragraphs: [
          "Chất lượng giáo dục được nâng lên, tỷ lệ trường đạt chuẩn quốc gia đạt 92,3%; 2.100 lao động được đào tạo nghề. Trung tâm Y tế huyện được đầu tư máy chụp cắt lớp, 100% trạm y tế xã đạt chuẩn. 100% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến, chuyển đổi số được đẩy mạnh.",
          "Đã chi trả đầy đủ, kịp thời chế độ cho 3.215 đối tượng bảo trợ xã hội, các chính sách an sinh xã hội được thực hiện tốt; tỷ lệ hộ nghèo giảm còn 1,12%.",
        ],
      },
      {
        heading: "3. Quốc phòng, an ninh",
        paragraphs: [
          "Hoàn thành 100% chỉ tiêu tuyển quân; tổ chức thành công diễn tập khu vực phòng thủ huyện Việt Yên năm 2023, được Bộ Tư lệnh Quân khu 1 đánh giá đạt loại giỏi. An ninh chính trị, trật tự an toàn xã hội được giữ vững; tội phạm về trật tự xã hội giảm 12% so với cùng kỳ.",
          "Đã tiếp 412 lượt công dân; tiếp nhận 356 đơn, thư khiếu nại, tố cáo, kiến nghị, đã giải quyết 341/356 đơn thuộc thẩm quyền, đạt 95,8%; không phát sinh điểm nóng. Chủ tịch UBND huyện tiếp công dân định kỳ đúng quy định.",
        ],
      },
      {
        heading: "4. Xây dựng chính quyền, sắp xếp đơn vị hành chính",
        paragraphs: [
          "Hiệu lực, hiệu quả quản lý của chính quyền các cấp được nâng lên. Đã hoàn thành Đề án thành lập thị xã Việt Yên và các phường thuộc thị xã; sắp xếp 2 đơn vị hành chính cấp xã theo Kết luận số 48-KL/TW ngày 03/01/2023 của Bộ Chính trị. Đã phối hợp với Ủy ban Mặt trận Tổ quốc và các đoàn thể tổ chức giám sát, phản biện xã hội.",
        ],
      },
      {
        heading: "5. Kỷ luật, kỷ cương và thi đua, khen thưởng",
        paragraphs: [
          "Kỷ luật, kỷ cương hành chính được siết chặt; người đứng đầu các cơ quan chuyên môn chịu trách nhiệm trước Chủ tịch UBND huyện về kết quả thực hiện nhiệm vụ; việc phối hợp giữa các phòng, ban và UBND các xã chặt chẽ, hiệu quả hơn.",
          "Đã khen thưởng 45 tập thể, 120 cá nhân có thành tích xuất sắc, nhân rộng 16 điển hình tiên tiến; điều chuyển công tác 3 công chức né tránh, đùn đẩy trách nhiệm.",
        ],
      },
      {
        heading: "III. HẠN CHẾ VÀ NHIỆM VỤ THỜI GIAN TỚI",
        paragraphs: [
          "Một số dự án còn chậm do vướng mắc về đất đai; thu ngân sách từ đất chưa đạt dự toán. Thời gian tới, UBND huyện tập trung hoàn thành các chỉ tiêu năm 2024, đẩy nhanh tiến độ các dự án trọng điểm.",
        ],
      },
    ],
    expected: { ...ALL_COVERED, "2.6": "missing" },
  },

  // D3: D1 reordered and renamed: security first, Party building second.
  {
    ...partyPlanBase,
    name: "d03-party-plan-reordered-renamed",
    description: "D1's sections in another order under other headings",
    sections: [
      P1.purpose,
      P1.tasksHeading,
      renamed(P1.s24, "1. Về quốc phòng, an ninh và công tác tiếp dân"),
      renamed(P1.s26, "2. Về công tác xây dựng Đảng"),
      renamed(P1.s23, "3. Về kinh tế, văn hóa, xã hội"),
      renamed(P1.s25, "4. Về xây dựng chính quyền"),
      renamed(P1.s21, "5. Về thực hiện Nghị quyết Đại hội"),
      renamed(P1.s22, "6. Về đoàn kết, kỷ cương"),
      renamed(P1.s28, "7. Về quán triệt Kết luận"),
      renamed(P1.s27, "8. Về thi đua, khen thưởng"),
      P1.org,
    ],
    expected: { ...ALL_COVERED },
  },

  // D4: D1 without 2.4 and 2.7; defence and security still appear in passing (the 2.1 slogan, an industrial-zone
  // sentence in the economy section).
  {
    ...partyPlanBase,
    name: "d04-party-plan-two-items-removed",
    description: "D1 without the defence/security and the commendation sections; security mentioned in passing",
    sections: [
      P1.purpose,
      P1.tasksHeading,
      P1.s21,
      P1.s22,
      {
        ...P1.s23,
        paragraphs: [
          ...P1.s23.paragraphs.slice(0, 2),
          "Bảo đảm an ninh, trật tự tại các khu, cụm công nghiệp để tạo môi trường thuận lợi cho nhà đầu tư. " +
            P1.s23.paragraphs[2],
        ],
      },
      renamed(P1.s25, "4. Nâng cao hiệu lực, hiệu quả hoạt động của chính quyền"),
      renamed(P1.s26, "5. Xây dựng Đảng và hệ thống chính trị"),
      renamed(P1.s28, "6. Quán triệt, cụ thể hóa Kết luận"),
      P1.org,
    ],
    expected: { ...ALL_COVERED, "2.4": "missing", "2.7": "missing" },
  },

  // D5: a State plan with merged sections and no 2.1 / 2.6.
  {
    name: "d05-state-plan-merged",
    description: "State plan: defence, security and government merged in one section; discipline and awards merged",
    kind: "plan",
    profile: "state",
    issuer: ["ỦY BAN NHÂN DÂN", "HUYỆN LẠNG GIANG", "Số: 275/KH-UBND"],
    place: "Lạng Giang",
    date: [2, 10, 2023],
    summary: `triển khai thực hiện ${KL}`,
    signer: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Thị Hoa"],
    sections: [
      {
        heading: "I. MỤC ĐÍCH, YÊU CẦU",
        paragraphs: [
          "Cụ thể hóa các nội dung của Kết luận thành nhiệm vụ của UBND huyện; phân công rõ cơ quan chủ trì, thời hạn hoàn thành. Tổ chức quán triệt Kết luận tới cán bộ, công chức, viên chức các cơ quan chuyên môn.",
        ],
      },
      { heading: "II. NHIỆM VỤ, GIẢI PHÁP", paragraphs: [] },
      {
        heading: "1. Phát triển kinh tế, văn hóa - xã hội",
        paragraphs: [
          "Phòng Tài chính - Kế hoạch chủ trì theo dõi các chỉ tiêu phát triển kinh tế - xã hội, tham mưu biện pháp với các chỉ tiêu có nguy cơ không đạt. Ban Quản lý dự án và UBND các xã, thị trấn tập trung tháo gỡ vướng mắc, đẩy nhanh bồi thường, giải phóng mặt bằng Khu công nghiệp Song Khê - Nội Hoàng mở rộng và tuyến đường vành đai IV.",
          "Phòng Kinh tế và Hạ tầng tham mưu thu hút đầu tư vào các cụm công nghiệp, phát triển dịch vụ logistics, thương mại; đầu tư hạ tầng giao thông, đô thị theo Quy hoạch tỉnh. Phòng Nông nghiệp và PTNT chỉ đạo sản xuất nông nghiệp hàng hóa, ứng dụng công nghệ cao, xây dựng nông thôn mới nâng cao. Cải cách thủ tục hành chính, cải thiện môi trường đầu tư, kinh doanh.",
          "Phòng Giáo dục và Đào tạo nâng cao chất lượng giáo dục, xây dựng trường chuẩn quốc gia; Trung tâm Y tế nâng cao chất lượng khám, chữa bệnh. Đẩy mạnh chuyển đổi số, chính quyền số. Phòng Văn hóa và Thông tin phát triển phong trào thể thao quần chúng. Phòng Lao động - Thương binh và Xã hội thực hiện đầy đủ chính sách an sinh xã hội, giảm nghèo bền vững; Phòng Dân tộc thực hiện chính sách dân tộc, tôn giáo.",
        ],
      },
      {
        heading: "2. Quốc phòng, an ninh và xây dựng chính quyền",
        paragraphs: [
          "Ban Chỉ huy Quân sự huyện thực hiện tốt công tác quân sự địa phương, tham gia diễn tập khu vực phòng thủ; Công an huyện giữ vững an ninh chính trị, trật tự an toàn xã hội, chủ động phòng ngừa, không để hình thành điểm nóng. Thanh tra huyện tham mưu giải quyết khiếu nại, tố cáo ngay từ cơ sở; Chủ tịch UBND huyện tiếp công dân định kỳ; tăng cường quan hệ hợp tác với các địa phương giáp ranh.",
          "Nâng cao hiệu lực, hiệu quả hoạt động của chính quyền các cấp; Phòng Nội vụ xây dựng phương án sắp xếp đơn vị hành chính cấp xã giai đoạn 2023-2025 theo Kết luận số 48-KL/TW và Nghị quyết số 233-NQ/TU, phối hợp với Ủy ban Mặt trận Tổ quốc huyện tuyên truyền, lấy ý kiến cử tri.",
        ],
      },
      {
        heading: "3. Kỷ luật, kỷ cương hành chính; thi đua, khen thưởng",
        paragraphs: [
          "Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm người đứng đầu về kết quả thực hiện nhiệm vụ; siết chặt kỷ luật, kỷ cương hành chính, đổi mới lề lối làm việc; tăng cường phối hợp giữa các phòng, ban và UBND cấp xã. Kịp thời khen thưởng, nhân rộng điển hình tiên tiến; xem xét điều chuyển công tác đối với công chức né tránh, đùn đẩy trách nhiệm.",
        ],
      },
      {
        heading: "III. TỔ CHỨC THỰC HIỆN",
        paragraphs: [
          "Các cơ quan, đơn vị căn cứ nhiệm vụ được giao xây dựng kế hoạch thực hiện; định kỳ 6 tháng, năm báo cáo kết quả về UBND huyện (qua Văn phòng HĐND và UBND huyện) để tổng hợp.",
        ],
      },
    ],
    expected: { ...ALL_COVERED, "2.1": "missing", "2.6": "missing" },
  },

  // D6: a department's plan: only what concerns agriculture; 2.4-2.6 marked not applicable.
  {
    name: "d06-department-plan-not-applicable",
    description: "Plan of the provincial Department of Agriculture: items 2.4–2.6 marked not applicable",
    kind: "plan",
    profile: "state",
    issuer: ["UBND TỈNH BẮC GIANG", "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "Số: 1520/KH-SNN"],
    place: "Bắc Giang",
    date: [28, 9, 2023],
    summary: `thực hiện ${KL} trong ngành nông nghiệp`,
    signer: ["GIÁM ĐỐC", "(Đã ký)", "Phạm Văn Dũng"],
    notApplicable: ["2.4", "2.5", "2.6"],
    sections: [
      {
        heading: "I. MỤC ĐÍCH, YÊU CẦU",
        paragraphs: [
          "Quán triệt Kết luận tới toàn thể công chức, viên chức, người lao động trong ngành; cụ thể hóa các nhiệm vụ thuộc lĩnh vực nông nghiệp và phát triển nông thôn thành chương trình công tác của Sở và các đơn vị trực thuộc.",
        ],
      },
      {
        heading: "II. NHIỆM VỤ TRỌNG TÂM",
        paragraphs: [
          "Đẩy mạnh cơ cấu lại ngành nông nghiệp theo hướng sản xuất hàng hóa tập trung, quy mô lớn, ứng dụng công nghệ cao; phát triển vùng vải thiều, cây ăn quả có múi đạt tiêu chuẩn VietGAP, mở rộng mã số vùng trồng phục vụ xuất khẩu.",
          "Phối hợp với các huyện tháo gỡ vướng mắc về đất đai để thu hút doanh nghiệp đầu tư vào nông nghiệp; ứng dụng chuyển đổi số trong quản lý ngành và truy xuất nguồn gốc nông sản. Lồng ghép các chương trình hỗ trợ sản xuất với mục tiêu giảm nghèo bền vững ở các xã vùng đồng bào dân tộc thiểu số.",
          "Giám đốc Sở và người đứng đầu các đơn vị trực thuộc chịu trách nhiệm về kết quả thực hiện nhiệm vụ được giao; siết chặt kỷ luật, kỷ cương hành chính, đoàn kết, phối hợp chặt chẽ giữa các phòng, đơn vị.",
          "Kịp thời khen thưởng tập thể, cá nhân có thành tích, nhân rộng mô hình sản xuất hiệu quả; xử lý nghiêm công chức, viên chức né tránh, đùn đẩy, chậm thực hiện nhiệm vụ.",
        ],
      },
      {
        heading: "III. TỔ CHỨC THỰC HIỆN",
        paragraphs: [
          "Các phòng, đơn vị thuộc Sở xây dựng kế hoạch chi tiết; Văn phòng Sở tổng hợp kết quả, báo cáo UBND tỉnh và Văn phòng Tỉnh ủy trước ngày 15/12 hằng năm.",
        ],
      },
    ],
    expected: {
      "2.1": "missing",
      "2.2": "covered",
      "2.3": "partial",
      "2.4": "not-applicable",
      "2.5": "not-applicable",
      "2.6": "not-applicable",
      "2.7": "covered",
      "2.8": "covered",
    },
  },

  // D7: a district Party report, renamed sections, past tense; 2.7 only commendations (partial).
  {
    name: "d07-party-report-renamed",
    description: "Party report of a district committee: results by area under its own headings",
    kind: "report",
    profile: "party",
    issuer: ["ĐẢNG BỘ TỈNH BẮC GIANG", "HUYỆN ỦY TÂN YÊN", "Số 210-BC/HU"],
    place: "Tân Yên",
    date: [5, 12, 2023],
    summary: `kết quả 03 tháng thực hiện ${KL}`,
    signer: ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Hoàng Văn Cường"],
    sections: [
      {
        heading: "I. VIỆC QUÁN TRIỆT, TRIỂN KHAI",
        paragraphs: [
          "Ban Thường vụ Huyện ủy đã tổ chức hội nghị quán triệt Kết luận tới 1.250 cán bộ chủ chốt; 100% chi, đảng bộ cơ sở đã xây dựng kế hoạch cụ thể hóa Kết luận phù hợp với đặc điểm của cơ quan, đơn vị, địa phương.",
        ],
      },
      { heading: "II. KẾT QUẢ ĐẠT ĐƯỢC", paragraphs: [] },
      {
        heading: "1. Lãnh đạo thực hiện Nghị quyết Đại hội",
        paragraphs: [
          "Huyện ủy đã bám sát chủ trương, nghị quyết của Đảng, chính sách, pháp luật của Nhà nước và sự chỉ đạo của Tỉnh ủy; đến nay đã có 22/26 chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện đạt và vượt theo tiến độ. Các cấp ủy đã quán triệt quan điểm phát triển kinh tế là trung tâm, xây dựng Đảng là then chốt, phát huy nội lực, đoàn kết, sáng tạo.",
        ],
      },
      {
        heading: "2. Tinh thần đoàn kết, kỷ luật, kỷ cương",
        paragraphs: [
          'Đoàn kết, thống nhất trong cấp ủy được giữ vững, nguyên tắc tập trung dân chủ được thực hiện nghiêm; kỷ luật, kỷ cương hành chính chuyển biến rõ. Người đứng đầu các cơ quan, đơn vị đã nêu cao trách nhiệm; việc phối hợp giữa các ngành chặt chẽ hơn; công tác tuyên truyền phương châm "3 đảm", "3 hơn", "5 rõ" được đẩy mạnh.',
        ],
      },
      {
        heading: "3. Kinh tế tăng trưởng khá, đời sống Nhân dân được nâng lên",
        paragraphs: [
          "Tốc độ tăng trưởng giá trị sản xuất đạt 13,5%; giá trị sản xuất công nghiệp tăng 18%, Cụm công nghiệp Việt Nhật đã thu hút 9 dự án chế biến, chế tạo. Đã giải phóng mặt bằng 96 ha, đạt 87% kế hoạch; tháo gỡ vướng mắc cho 7 dự án chậm tiến độ. Các dự án hạ tầng giao thông được đẩy nhanh theo Quy hoạch tỉnh.",
          "Sản xuất nông nghiệp theo hướng hàng hóa, diện tích lạc, rau chế biến ứng dụng công nghệ cao đạt 650 ha; dịch vụ thương mại, du lịch phát triển. Môi trường đầu tư, kinh doanh tiếp tục được cải thiện.",
          "Chất lượng giáo dục toàn diện được nâng lên, 85% trường đạt chuẩn quốc gia; y tế cơ sở được củng cố; 100% xã đã triển khai chuyển đổi số. Các chính sách an sinh xã hội được thực hiện đầy đủ, tỷ lệ hộ nghèo giảm còn 2,1%; phong trào văn hóa, thể thao quần chúng phát triển.",
        ],
      },
      {
        heading: "4. Quốc phòng, an ninh được bảo đảm",
        paragraphs: [
          "Hoàn thành nhiệm vụ quốc phòng, quân sự địa phương, giao quân đạt 100% chỉ tiêu; tham gia diễn tập khu vực phòng thủ tỉnh đạt loại giỏi. An ninh chính trị, trật tự an toàn xã hội ổn định, không có điểm nóng. Đã giải quyết 118/124 đơn, thư khiếu nại, tố cáo thuộc thẩm quyền; Bí thư Huyện ủy tiếp công dân định kỳ hằng tháng.",
        ],
      },
      {
        heading: "5. Hoạt động của chính quyền, Mặt trận và các đoàn thể",
        paragraphs: [
          "Hiệu lực, hiệu quả hoạt động của chính quyền các cấp được nâng lên; đã xây dựng xong phương án sắp xếp đơn vị hành chính cấp xã, sáp nhập xã Ngọc Châu và xã Ngọc Vân. Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội đổi mới phương thức hoạt động, hướng về cơ sở.",
        ],
      },
      {
        heading: "6. Công tác xây dựng Đảng",
        paragraphs: [
          "Công tác giáo dục chính trị, tư tưởng được chú trọng; đã kết nạp 215 đảng viên mới. Đã hoàn thành rà soát, bổ sung quy hoạch cán bộ nhiệm kỳ 2025-2030, luân chuyển 12 cán bộ. Ủy ban Kiểm tra các cấp đã kiểm tra, giám sát 86 tổ chức đảng, thi hành kỷ luật 9 đảng viên; công tác phòng, chống tham nhũng, tiêu cực, công tác dân vận và thực hiện Quy chế dân chủ ở cơ sở có nhiều chuyển biến.",
        ],
      },
      {
        heading: "7. Công tác thi đua, khen thưởng",
        paragraphs: [
          "Ban Thường vụ Huyện ủy đã khen thưởng 32 tập thể, 76 cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ chính trị năm 2023.",
        ],
      },
    ],
    expected: { ...ALL_COVERED, "2.7": "partial" },
  },

  // D8: a short commune plan that names the items it answers ("nhiệm vụ 2.3", "mục 2.6 Kết luận").
  {
    name: "d08-commune-plan-explicit-references",
    description: "Commune Party plan with terse sections that cite the item numbers; a range mention in the preamble",
    kind: "plan",
    profile: "party",
    issuer: ["ĐẢNG BỘ HUYỆN YÊN DŨNG", "ĐẢNG ỦY XÃ TIẾN DŨNG", "Số 42-KH/ĐU"],
    place: "Tiến Dũng",
    date: [10, 10, 2023],
    summary: `thực hiện ${KL}`,
    signer: ["T/M ĐẢNG ỦY", "BÍ THƯ", "Vũ Thị Lan"],
    sections: [
      {
        paragraphs: [
          "Kết luận đề ra 08 nhóm nhiệm vụ, giải pháp (từ mục 2.1 đến mục 2.8). Căn cứ tình hình thực tế của địa phương, Đảng ủy xã xác định các nhiệm vụ trọng tâm như sau:",
        ],
      },
      {
        heading: "1. Thực hiện nhiệm vụ 2.3 của Kết luận",
        paragraphs: [
          "Phấn đấu thu ngân sách xã đạt 12 tỷ đồng; hoàn thành bàn giao mặt bằng tuyến đường vành đai IV qua địa bàn xã trong quý I năm 2024.",
        ],
      },
      {
        heading: "2. Thực hiện mục 2.5 Kết luận",
        paragraphs: ["Chuẩn bị các điều kiện để sáp nhập thôn Đông và thôn Đoài, kiện toàn bộ máy sau sắp xếp."],
      },
      {
        heading: "3. Nhiệm vụ xây dựng Đảng (mục 2.6 Kết luận)",
        paragraphs: [
          "Kết nạp ít nhất 8 đảng viên mới; chuẩn bị nhân sự Đại hội Đảng bộ xã nhiệm kỳ 2025-2030; Ủy ban Kiểm tra Đảng ủy kiểm tra 3 chi bộ.",
        ],
      },
      {
        heading: "4. Tổ chức thực hiện",
        paragraphs: [
          "Đảng ủy xã tổ chức quán triệt Kết luận tới toàn thể cán bộ, đảng viên; các chi bộ cụ thể hóa thành nghị quyết chuyên đề của chi bộ.",
        ],
      },
    ],
    expected: {
      "2.1": "missing",
      "2.2": "missing",
      "2.3": "covered",
      "2.4": "missing",
      "2.5": "covered",
      "2.6": "covered",
      "2.7": "missing",
      "2.8": "covered",
    },
  },

  // D9: a minimal plan: a purpose section and one sentence of economic tasks.
  {
    ...partyPlanBase,
    name: "d09-minimal-plan",
    description: "Thin plan: dissemination and two economic tasks only",
    issuer: ["ĐẢNG BỘ TỈNH BẮC GIANG", "ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH", "Số 31-KH/ĐU"],
    place: "Bắc Giang",
    signer: ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Đỗ Văn Khánh"],
    sections: [
      {
        heading: "I. MỤC ĐÍCH, YÊU CẦU",
        paragraphs: [
          "Quán triệt Kết luận tới cán bộ, đảng viên trong Đảng bộ Khối; các tổ chức cơ sở đảng cụ thể hóa vào chương trình công tác năm 2024.",
        ],
      },
      {
        heading: "II. NHIỆM VỤ",
        paragraphs: [
          "Lãnh đạo các doanh nghiệp đẩy mạnh sản xuất, kinh doanh, phấn đấu doanh thu năm 2024 tăng 10%; tích cực tham gia thu hút đầu tư, phát triển dịch vụ logistics trên địa bàn tỉnh.",
        ],
      },
      {
        heading: "III. TỔ CHỨC THỰC HIỆN",
        paragraphs: ["Văn phòng Đảng ủy Khối theo dõi, tổng hợp, báo cáo kết quả thực hiện theo quy định."],
      },
    ],
    expected: {
      "2.1": "missing",
      "2.2": "missing",
      "2.3": "partial",
      "2.4": "missing",
      "2.5": "missing",
      "2.6": "missing",
      "2.7": "missing",
      "2.8": "covered",
    },
  },

  // D10: a city Party report written in paraphrase (synonyms common in reports), no section on 2.7.
  {
    name: "d10-party-report-paraphrased",
    description: "City Party report in its own wording: ổn định chính trị, đơn thư, cải cách hành chính...",
    kind: "report",
    profile: "party",
    issuer: ["ĐẢNG BỘ TỈNH BẮC GIANG", "THÀNH ỦY BẮC GIANG", "Số 305-BC/TU"],
    place: "Bắc Giang",
    date: [15, 6, 2024],
    summary: `sơ kết 6 tháng thực hiện ${KL}`,
    signer: ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Ngô Thị Minh"],
    sections: [
      {
        heading: "I. CÔNG TÁC QUÁN TRIỆT VÀ CỤ THỂ HÓA",
        paragraphs: [
          "Ngay sau khi Kết luận được ban hành, Ban Thường vụ Thành ủy đã ban hành Kế hoạch thực hiện, tổ chức quán triệt sâu rộng tới cán bộ, đảng viên; 42/42 tổ chức cơ sở đảng đã cụ thể hóa Kết luận bằng chương trình hành động.",
        ],
      },
      { heading: "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP", paragraphs: [] },
      {
        heading: "1. Việc bám sát chủ trương của Trung ương, của Tỉnh",
        paragraphs: [
          'Thành ủy đã chỉ đạo bám sát các chủ trương, nghị quyết của Đảng, chính sách, pháp luật của Nhà nước, gắn với Nghị quyết số 11-NQ/TW ngày 10/02/2022 của Bộ Chính trị; 6 tháng đầu năm, 9/11 nhóm chỉ tiêu Nghị quyết Đại hội đạt tiến độ, đóng góp quan trọng vào tăng trưởng GRDP của tỉnh. Thực hiện phương châm "Đoàn kết - Kỷ cương - Dân chủ - Sáng tạo", phát huy nội lực, nhân tố con người.',
        ],
      },
      {
        heading: "2. Sự đoàn kết và kỷ cương trong hệ thống chính trị",
        paragraphs: [
          "Sự đoàn kết, thống nhất trong Ban Chấp hành Đảng bộ thành phố được giữ vững; nguyên tắc tập trung dân chủ, tự phê bình và phê bình được thực hiện nghiêm. Kỷ cương hành chính được chấn chỉnh; vai trò người đứng đầu được đề cao; các phòng, ban, đoàn thể phối hợp nhịp nhàng; công tác tuyên truyền được đẩy mạnh.",
        ],
      },
      {
        heading: "3. Đô thị và kinh tế - xã hội",
        paragraphs: [
          "Giá trị sản xuất thương mại, dịch vụ tăng 14,2%; chợ đầu mối nông sản và trung tâm logistics phía Nam thành phố đã đi vào hoạt động. Thành phố đã bàn giao 48 ha mặt bằng sạch cho các dự án khu đô thị, tháo gỡ 11 vướng mắc về đền bù. Chỉnh trang hạ tầng đô thị, giao thông theo Quy hoạch tỉnh; môi trường kinh doanh được cải thiện, thu hút 5 nhà đầu tư chiến lược.",
          "Giáo dục thành phố tiếp tục dẫn đầu tỉnh; hệ thống y tế được đầu tư; các dịch vụ công trực tuyến toàn trình đạt 78%. Các chính sách đối với người có công, bảo trợ xã hội được thực hiện kịp thời; không còn hộ nghèo theo chuẩn mới; các hoạt động văn hóa, thể dục thể thao sôi nổi.",
        ],
      },
      {
        heading: "4. Giữ vững ổn định chính trị, trật tự xã hội",
        paragraphs: [
          "Tình hình chính trị ổn định, trật tự xã hội được bảo đảm; công tác quân sự địa phương hoàn thành tốt, lực lượng dân quân tự vệ được củng cố; thành phố đã diễn tập khu vực phòng thủ thành công. Đơn thư được giải quyết kịp thời, 96% vụ việc được giải quyết dứt điểm; lãnh đạo thành phố tiếp dân định kỳ. Quan hệ hợp tác với các đối tác Hàn Quốc, Nhật Bản được mở rộng.",
        ],
      },
      {
        heading: "5. Bộ máy chính quyền và sắp xếp địa giới",
        paragraphs: [
          "Chính quyền thành phố hoạt động hiệu lực, hiệu quả; cải cách hành chính đạt kết quả tốt. Đã hoàn thành sắp xếp đơn vị hành chính, nhập xã Song Khê vào phường Đồng Sơn theo Kết luận số 48-KL/TW; Mặt trận Tổ quốc và các đoàn thể đồng hành trong giám sát, phản biện.",
        ],
      },
      {
        heading: "6. Xây dựng Đảng bộ trong sạch, vững mạnh",
        paragraphs: [
          "Công tác tư tưởng, chính trị được chú trọng, kịp thời đấu tranh với thông tin xấu, độc. Công tác cán bộ, chuẩn bị nhân sự đại hội nhiệm kỳ 2025-2030 được triển khai bài bản. Công tác kiểm tra, giám sát được tăng cường, thi hành kỷ luật 6 đảng viên vi phạm; phòng, chống tham nhũng, tiêu cực được đẩy mạnh; công tác dân vận chính quyền, dân chủ cơ sở có chuyển biến.",
        ],
      },
    ],
    expected: { ...ALL_COVERED, "2.7": "missing" },
  },

  // D11: a police report: security in depth, the economy only in passing.
  {
    name: "d11-police-report",
    description: "Report of a district police force: 2.4 in depth, the economy mentioned in passing",
    kind: "report",
    profile: "state",
    issuer: ["CÔNG AN TỈNH BẮC GIANG", "CÔNG AN HUYỆN HIỆP HÒA", "Số: 96/BC-CAH"],
    place: "Hiệp Hòa",
    date: [18, 12, 2023],
    summary: `kết quả thực hiện ${KL}`,
    signer: ["TRƯỞNG CÔNG AN HUYỆN", "(Đã ký)", "Thượng tá Đinh Văn Phúc"],
    sections: [
      {
        heading: "I. CÔNG TÁC TRIỂN KHAI",
        paragraphs: [
          "Công an huyện đã tổ chức quán triệt Kết luận tới 100% cán bộ, chiến sĩ; cụ thể hóa bằng kế hoạch công tác của đơn vị.",
        ],
      },
      {
        heading: "II. KẾT QUẢ",
        paragraphs: [
          "Công an huyện đã chủ động nắm chắc tình hình, giữ vững an ninh chính trị, trật tự an toàn xã hội trên địa bàn; xử lý kịp thời 4 vụ tụ tập đông người, không để hình thành điểm nóng, góp phần tạo môi trường thuận lợi cho phát triển kinh tế - xã hội và thu hút đầu tư.",
          "Tội phạm về trật tự xã hội giảm 9,5%; đã điều tra, làm rõ 92% số vụ án, triệt phá 6 đường dây ma túy. Công an huyện phối hợp với Ban Chỉ huy Quân sự huyện tham gia diễn tập khu vực phòng thủ huyện, hoàn thành nhiệm vụ quốc phòng được giao.",
          "Đã tiếp 135 lượt công dân, giải quyết 58/60 đơn, thư khiếu nại, tố cáo thuộc thẩm quyền; Trưởng Công an huyện trực tiếp tiếp công dân định kỳ.",
          "Kỷ luật, kỷ cương trong lực lượng được siết chặt, đề cao trách nhiệm người đứng đầu; đoàn kết nội bộ được giữ vững; phối hợp chặt chẽ với các ngành, địa phương. Đơn vị đã được khen thưởng 3 tập thể, 14 cá nhân.",
        ],
      },
    ],
    expected: {
      "2.1": "missing",
      "2.2": "covered",
      "2.3": "missing",
      "2.4": "covered",
      "2.5": "missing",
      "2.6": "missing",
      "2.7": "partial",
      "2.8": "covered",
    },
  },

  // D12: D1 flattened: no item headings, the duties as a list in another order, 2.2 dropped.
  {
    ...partyPlanBase,
    name: "d12-party-plan-flat-list",
    description:
      "D1 without numbered item headings, paragraphs shuffled into one list, the unity/discipline item dropped",
    sections: [
      P1.purpose,
      {
        heading: "II. NHIỆM VỤ, GIẢI PHÁP",
        paragraphs: [
          ...P1.s23.paragraphs.map((p) => `- ${p}`),
          ...P1.s26.paragraphs.map((p) => `- ${p}`),
          ...P1.s21.paragraphs.map((p) => `- ${p}`),
          ...P1.s24.paragraphs.map((p) => `- ${p}`),
          ...P1.s27.paragraphs.map((p) => `- ${p}`),
          ...P1.s25.paragraphs.map((p) => `- ${p}`),
          ...P1.s28.paragraphs.map((p) => `- ${p}`),
        ],
      },
      P1.org,
    ],
    expected: { ...ALL_COVERED, "2.2": "missing" },
  },

  // D13: a Party plan whose duties are assigned in a table (task, lead body, deadline); 2.5 and 2.7 absent.
  {
    ...partyPlanBase,
    name: "d13-party-plan-task-table",
    description: "Plan with a short body and a task assignment table; no government or commendation rows",
    issuer: ["ĐẢNG BỘ TỈNH BẮC GIANG", "HUYỆN ỦY SƠN ĐỘNG", "Số 97-KH/HU"],
    place: "Sơn Động",
    signer: ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Lâm Văn Sơn"],
    sections: [
      {
        heading: "I. MỤC ĐÍCH, YÊU CẦU",
        paragraphs: [
          "Quán triệt đầy đủ Kết luận tới cán bộ, đảng viên; cụ thể hóa thành các nhiệm vụ có địa chỉ, thời hạn, người chịu trách nhiệm.",
        ],
      },
      {
        heading: "II. PHÂN CÔNG NHIỆM VỤ",
        paragraphs: ["Ban Thường vụ Huyện ủy phân công thực hiện các nhiệm vụ như sau:"],
        table: [
          ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"],
          [
            "1",
            'Bám sát chủ trương, nghị quyết của Đảng, chính sách, pháp luật của Nhà nước; phấn đấu hoàn thành các chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện; thực hiện phương châm "Đoàn kết - Kỷ cương - Dân chủ - Sáng tạo", phát huy nội lực',
            "Các cấp ủy",
            "Thường xuyên",
          ],
          [
            "2",
            "Giữ vững đoàn kết, thống nhất, nguyên tắc tập trung dân chủ; siết chặt kỷ luật, kỷ cương hành chính; đề cao trách nhiệm người đứng đầu, phối hợp giữa các cơ quan",
            "Các cấp ủy, cơ quan, đơn vị",
            "Thường xuyên",
          ],
          [
            "3",
            "Tháo gỡ vướng mắc, đẩy nhanh giải phóng mặt bằng dự án đường tỉnh 293 và hồ Khe Rỗ; phát triển nông nghiệp hàng hóa, du lịch sinh thái; cải thiện môi trường đầu tư, thu hút nhà đầu tư vào cụm công nghiệp; đầu tư hạ tầng giao thông",
            "UBND huyện",
            "Năm 2024",
          ],
          [
            "4",
            "Nâng cao chất lượng giáo dục, y tế; chuyển đổi số; thực hiện chính sách an sinh xã hội, chính sách dân tộc, tôn giáo; giảm nghèo bền vững ở các xã đặc biệt khó khăn",
            "UBND huyện",
            "2024-2025",
          ],
          [
            "5",
            "Thực hiện nhiệm vụ quốc phòng, quân sự địa phương; giữ vững an ninh chính trị, trật tự an toàn xã hội vùng đồng bào dân tộc; tiếp công dân, giải quyết khiếu nại, tố cáo từ cơ sở; hợp tác với các huyện giáp ranh",
            "Ban Chỉ huy Quân sự, Công an huyện",
            "Thường xuyên",
          ],
          [
            "6",
            "Xây dựng Đảng, hệ thống chính trị trong sạch, vững mạnh; giáo dục chính trị, tư tưởng; chuẩn bị nhân sự đại hội nhiệm kỳ 2025-2030; kiểm tra, giám sát, phòng, chống tham nhũng; công tác dân vận",
            "Các ban xây dựng Đảng",
            "2024-2025",
          ],
        ],
      },
      {
        heading: "III. TỔ CHỨC THỰC HIỆN",
        paragraphs: ["Văn phòng Huyện ủy theo dõi, đôn đốc, báo cáo Ban Thường vụ Huyện ủy."],
      },
    ],
    expected: { ...ALL_COVERED, "2.5": "missing", "2.7": "missing" },
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Held-out drafts: written after the matcher was developed on the ones above; nothing was tuned on them.

DRAFTS.push(
  // H1: a Party propaganda department's plan; economy, security and government marked not applicable.
  {
    name: "h01-propaganda-department-plan",
    description: "Plan of the district propaganda department: ideology and dissemination in depth",
    set: "held-out",
    kind: "plan",
    profile: "party",
    issuer: ["HUYỆN ỦY YÊN THẾ", "BAN TUYÊN GIÁO", "Số 18-KH/BTGHU"],
    place: "Yên Thế",
    date: [25, 9, 2023],
    summary: `tuyên truyền, quán triệt ${KL}`,
    signer: ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Thị Thu"],
    notApplicable: ["2.3", "2.4", "2.5"],
    sections: [
      {
        heading: "I. MỤC ĐÍCH, YÊU CẦU",
        paragraphs: [
          "Tạo sự thống nhất nhận thức và hành động trong Đảng bộ huyện về các nhiệm vụ, giải pháp trọng tâm của Kết luận; nội dung tuyên truyền bảo đảm chính xác, kịp thời, phù hợp với từng đối tượng.",
        ],
      },
      {
        heading: "II. NỘI DUNG VÀ HÌNH THỨC",
        paragraphs: [
          "1. Tổ chức học tập, quán triệt Kết luận cho cán bộ chủ chốt của huyện trong tháng 10/2023; các chi, đảng bộ cơ sở quán triệt tới 100% đảng viên, cụ thể hóa vào nghị quyết sinh hoạt chi bộ hằng tháng.",
          '2. Tuyên truyền sâu rộng phương châm "3 đảm", "3 hơn", "5 rõ" và tinh thần "kết quả năm sau phải cao hơn năm trước"; nêu cao trách nhiệm người đứng đầu, củng cố khối đoàn kết, thống nhất trong cấp ủy.',
          "3. Chủ động nắm bắt tư tưởng cán bộ, đảng viên và Nhân dân; tăng cường giáo dục chính trị, tư tưởng, đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng, bảo vệ nền tảng tư tưởng của Đảng. Phối hợp với Ban Dân vận Huyện ủy thực hiện tốt công tác dân vận, Quy chế dân chủ ở cơ sở.",
          "4. Phát hiện, biểu dương, nhân rộng các điển hình tiên tiến, mô hình hay, cách làm sáng tạo trên các phương tiện thông tin đại chúng; phản ánh, phê phán những biểu hiện né tránh, đùn đẩy trách nhiệm.",
        ],
      },
      {
        heading: "III. TỔ CHỨC THỰC HIỆN",
        paragraphs: [
          "Các chi, đảng bộ cơ sở báo cáo kết quả tuyên truyền về Ban Tuyên giáo Huyện ủy trước ngày 15/12/2023.",
        ],
      },
    ],
    expected: {
      "2.1": "missing",
      "2.2": "covered",
      "2.3": "not-applicable",
      "2.4": "not-applicable",
      "2.5": "not-applicable",
      "2.6": "partial",
      "2.7": "covered",
      "2.8": "covered",
    },
  },

  // H2: a short State report in two parts (results, next tasks), old-style tone marks (hòa, thủy, ủy).
  {
    name: "h02-state-report-two-parts",
    description: "Short State report: results then next tasks, each part touching economy, security and government",
    set: "held-out",
    kind: "report",
    profile: "state",
    issuer: ["ỦY BAN NHÂN DÂN", "HUYỆN LỤC NGẠN", "Số: 512/BC-UBND"],
    place: "Lục Ngạn",
    date: [22, 12, 2023],
    summary: `kết quả thực hiện ${KL} năm 2023`,
    signer: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Phó Chủ tịch Hà Văn Thủy"],
    sections: [
      {
        heading: "Phần thứ nhất: KẾT QUẢ THỰC HIỆN",
        paragraphs: [
          "Kinh tế của huyện tiếp tục tăng trưởng: sản lượng vải thiều đạt 185.000 tấn, doanh thu trên 6.000 tỷ đồng; diện tích cây ăn quả có múi ứng dụng công nghệ cao đạt 2.300 ha. Đã hoàn thành bồi thường, giải phóng mặt bằng 62 ha cho dự án đường cao tốc; thu hút 4 dự án đầu tư vào Cụm công nghiệp Nam Dương. Tỷ lệ hộ nghèo giảm 2,3%; 100% trường học được kết nối Internet, triển khai học bạ số.",
          "Tình hình an ninh chính trị, trật tự an toàn xã hội ổn định; đã hoàn thành diễn tập khu vực phòng thủ huyện; giải quyết 97% đơn thư thuộc thẩm quyền, không có khiếu kiện đông người vượt cấp. Ủy ban nhân dân huyện đã xây dựng Đề án sắp xếp 3 đơn vị hành chính cấp xã, hoàn thành lấy ý kiến cử tri; phối hợp với Ủy ban Mặt trận Tổ quốc huyện vận động Nhân dân đồng thuận.",
        ],
      },
      {
        heading: "Phần thứ hai: NHIỆM VỤ NĂM 2024",
        paragraphs: [
          "Tập trung xúc tiến tiêu thụ vải thiều, phát triển du lịch gắn với mùa vải; đẩy nhanh giải phóng mặt bằng các dự án hạ tầng giao thông; cải thiện môi trường đầu tư. Giữ vững an ninh nông thôn, giải quyết dứt điểm các vụ việc khiếu nại kéo dài; hoàn thành sắp xếp đơn vị hành chính cấp xã trước ngày 30/6/2024.",
        ],
      },
    ],
    expected: {
      "2.1": "missing",
      "2.2": "missing",
      "2.3": "covered",
      "2.4": "covered",
      "2.5": "covered",
      "2.6": "missing",
      "2.7": "missing",
      "2.8": "missing",
    },
  },

  // H3: a Party plan without headings: "Một là, ... Hai là, ..." paragraphs; commendation only as a yardstick.
  {
    name: "h03-party-plan-ordinal-paragraphs",
    description: "Plan whose duties are unheaded paragraphs 'Một là... Năm là'; commendation mentioned only in passing",
    set: "held-out",
    kind: "plan",
    profile: "party",
    issuer: ["ĐẢNG BỘ TỈNH BẮC GIANG", "HUYỆN ỦY HIỆP HÒA", "Số 120-KH/HU"],
    place: "Hiệp Hòa",
    date: [20, 9, 2023],
    summary: `thực hiện ${KL}`,
    signer: ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Trịnh Văn Hòa"],
    sections: [
      {
        paragraphs: [
          "Để thực hiện thắng lợi các mục tiêu của Kết luận, Ban Thường vụ Huyện ủy yêu cầu các cấp ủy, tổ chức đảng tập trung lãnh đạo thực hiện tốt các nhiệm vụ sau:",
          "Một là, bám sát chủ trương, nghị quyết của Đảng, chính sách, pháp luật của Nhà nước; quyết tâm hoàn thành toàn bộ chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện, nhất là các chỉ tiêu về thu ngân sách, đô thị hóa; phát huy nội lực, tinh thần tự lực, tự cường.",
          "Hai là, phát triển công nghiệp, đô thị theo Quy hoạch tỉnh; tập trung bồi thường, giải phóng mặt bằng Khu công nghiệp Hòa Phú mở rộng; cải thiện môi trường đầu tư, kinh doanh. Chuyển đổi cơ cấu cây trồng, phát triển nông nghiệp hàng hóa; phát triển thương mại, dịch vụ. Nâng cao chất lượng giáo dục, y tế; đẩy mạnh chuyển đổi số; thực hiện tốt chính sách an sinh xã hội, giảm nghèo bền vững.",
          "Ba là, củng cố quốc phòng, quân sự địa phương; giữ vững an ninh chính trị, trật tự an toàn xã hội, nhất là tại các khu công nghiệp; làm tốt công tác tiếp công dân, giải quyết khiếu nại, tố cáo; tham gia diễn tập khu vực phòng thủ.",
          "Bốn là, xây dựng Đảng bộ trong sạch, vững mạnh; làm tốt công tác chính trị, tư tưởng; chuẩn bị nhân sự đại hội nhiệm kỳ 2025-2030; tăng cường kiểm tra, giám sát, phòng, chống tham nhũng, tiêu cực.",
          "Năm là, tổ chức quán triệt Kết luận tới toàn thể cán bộ, đảng viên; các chi, đảng bộ cơ sở cụ thể hóa bằng kế hoạch của cơ quan, đơn vị.",
          "Kết quả thực hiện Kế hoạch này là căn cứ để đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên và bình xét thi đua, khen thưởng cuối năm.",
        ],
      },
    ],
    expected: {
      "2.1": "covered",
      "2.2": "missing",
      "2.3": "covered",
      "2.4": "covered",
      "2.5": "missing",
      "2.6": "covered",
      "2.7": "missing",
      "2.8": "covered",
    },
  },
);

DRAFTS.push(
  // H4: a department's plan without any item marked not applicable: education only.
  {
    name: "h04-education-department-plan",
    description: "State plan of the district education office: only education and digital transformation",
    set: "held-out",
    kind: "plan",
    profile: "state",
    issuer: ["UBND HUYỆN TÂN YÊN", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "Số: 88/KH-PGDĐT"],
    place: "Tân Yên",
    date: [6, 10, 2023],
    summary: `thực hiện ${KL} trong ngành giáo dục`,
    signer: ["TRƯỞNG PHÒNG", "(Đã ký)", "Dương Thị Hạnh"],
    sections: [
      {
        heading: "I. MỤC ĐÍCH, YÊU CẦU",
        paragraphs: [
          "Quán triệt Kết luận tới cán bộ quản lý, giáo viên, nhân viên các trường học; cụ thể hóa thành nhiệm vụ năm học 2023-2024 của ngành.",
        ],
      },
      {
        heading: "II. NHIỆM VỤ",
        paragraphs: [
          "1. Đổi mới, nâng cao chất lượng giáo dục toàn diện; thực hiện Chương trình giáo dục phổ thông 2018; phấn đấu thêm 4 trường đạt chuẩn quốc gia; phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên phân luồng học sinh sau trung học cơ sở.",
          "2. Đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong dạy học và quản lý: 100% trường sử dụng học bạ số, sổ điểm điện tử.",
          "3. Hiệu trưởng các trường chịu trách nhiệm người đứng đầu về kết quả thực hiện; siết chặt kỷ luật, kỷ cương trong nhà trường; tăng cường phối hợp giữa nhà trường, gia đình và chính quyền địa phương.",
        ],
      },
      {
        heading: "III. TỔ CHỨC THỰC HIỆN",
        paragraphs: [
          "Các trường xây dựng kế hoạch, báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 20/12 hằng năm.",
        ],
      },
    ],
    expected: {
      "2.1": "missing",
      "2.2": "covered",
      "2.3": "partial",
      "2.4": "missing",
      "2.5": "missing",
      "2.6": "missing",
      "2.7": "missing",
      "2.8": "covered",
    },
  },

  // H5: a Party report of a bloc committee: Party building in depth; the Front mentioned in passing.
  {
    name: "h05-party-bloc-report",
    description: "Report of the provincial agencies' Party committee: Party building in depth, no economy or security",
    set: "held-out",
    kind: "report",
    profile: "party",
    issuer: ["ĐẢNG BỘ TỈNH BẮC GIANG", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "Số 145-BC/ĐUK"],
    place: "Bắc Giang",
    date: [10, 6, 2024],
    summary: `kết quả thực hiện ${KL}`,
    signer: ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Lục Văn Thắng"],
    sections: [
      {
        heading: "I. CÔNG TÁC QUÁN TRIỆT",
        paragraphs: [
          "Ban Thường vụ Đảng ủy Khối đã tổ chức quán triệt Kết luận tới 100% tổ chức cơ sở đảng; các đảng bộ, chi bộ cơ sở đã cụ thể hóa trong nghị quyết lãnh đạo thực hiện nhiệm vụ chính trị năm 2024.",
        ],
      },
      {
        heading: "II. KẾT QUẢ",
        paragraphs: [
          '1. Các tổ chức đảng giữ vững đoàn kết, thống nhất, thực hiện nghiêm nguyên tắc tập trung dân chủ; kỷ luật, kỷ cương hành chính được chấn chỉnh; người đứng đầu cơ quan gương mẫu; công tác tuyên truyền phương châm "3 đảm", "3 hơn", "5 rõ" được triển khai sâu rộng.',
          "2. Công tác xây dựng Đảng được chú trọng: 96% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ; đã kết nạp 134 đảng viên. Công tác giáo dục chính trị, tư tưởng, đấu tranh bảo vệ nền tảng tư tưởng của Đảng được đẩy mạnh. Đã rà soát quy hoạch cán bộ, chuẩn bị nhân sự đại hội nhiệm kỳ 2025-2030. Ủy ban Kiểm tra các cấp kiểm tra 42 tổ chức đảng, 85 đảng viên; thi hành kỷ luật 7 đảng viên; công tác phòng, chống tham nhũng, tiêu cực được tăng cường. Công tác dân vận, thực hiện Quy chế dân chủ ở cơ sở tiếp tục đổi mới; các tổ chức đoàn thể trong Khối phối hợp chặt chẽ.",
          "3. Đảng ủy Khối đã biểu dương, khen thưởng 28 tập thể, 96 cá nhân tiêu biểu; chỉ đạo xem xét trách nhiệm 2 cán bộ chậm trễ, né tránh trong thực thi công vụ.",
        ],
      },
    ],
    expected: {
      "2.1": "missing",
      "2.2": "covered",
      "2.3": "missing",
      "2.4": "missing",
      "2.5": "missing",
      "2.6": "covered",
      "2.7": "covered",
      "2.8": "covered",
    },
  },

  // H6: a plan that mirrors the conclusion's numbering (2.1., 2.2. ...) and copies its wording nearly verbatim.
  {
    name: "h06-plan-copying-the-conclusion",
    description: "Plan with sections numbered 2.1.–2.8. like the conclusion, wording copied from it; 2.5 left out",
    set: "held-out",
    kind: "plan",
    profile: "party",
    issuer: ["ĐẢNG BỘ TỈNH BẮC GIANG", "HUYỆN ỦY LẠNG GIANG", "Số 72-KH/HU"],
    place: "Lạng Giang",
    date: [18, 9, 2023],
    summary: `thực hiện ${KL}`,
    signer: ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Mai Văn Lộc"],
    sections: [
      { heading: "I. NHIỆM VỤ, GIẢI PHÁP", paragraphs: [] },
      {
        heading: "2.1. Bám sát, triển khai nghiêm túc các chủ trương, nghị quyết",
        paragraphs: [
          'Bám sát và triển khai thực hiện nghiêm túc, có hiệu quả các chủ trương, nghị quyết của Đảng, chính sách, pháp luật của Nhà nước; phấn đấu hoàn thành và hoàn thành vượt mức các chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện; thực hiện tốt phương châm "Đoàn kết - Kỷ cương - Dân chủ - Sáng tạo".',
        ],
      },
      {
        heading: "2.2. Đoàn kết, kỷ cương",
        paragraphs: [
          "Các cấp ủy, tổ chức đảng, cơ quan, đơn vị thật sự đoàn kết, thống nhất, chấp hành tốt quy chế làm việc, nguyên tắc tập trung dân chủ; tăng cường kỷ luật, kỷ cương hành chính; phát huy trách nhiệm người đứng đầu.",
        ],
      },
      {
        heading: "2.3. Phát triển kinh tế - xã hội",
        paragraphs: [
          "Tháo gỡ khó khăn, vướng mắc, nhất là trong công tác bồi thường, giải phóng mặt bằng; phát triển công nghiệp, cơ cấu lại ngành nông nghiệp, phát triển dịch vụ vận tải, logistics; cải thiện môi trường đầu tư, kinh doanh, thu hút đầu tư. Phát triển giáo dục, y tế, văn hóa; đẩy mạnh chuyển đổi số; thực hiện tốt các chính sách an sinh xã hội, giảm nghèo bền vững.",
        ],
      },
      {
        heading: "2.4. Quốc phòng, an ninh",
        paragraphs: [
          "Thực hiện tốt các nhiệm vụ quốc phòng, quân sự địa phương, giữ vững an ninh chính trị, trật tự an toàn xã hội; tổ chức thành công diễn tập khu vực phòng thủ huyện; nâng cao chất lượng giải quyết đơn, thư khiếu nại, tố cáo; thực hiện nghiêm chế độ tiếp công dân của người đứng đầu.",
        ],
      },
      {
        heading: "2.6. Xây dựng Đảng",
        paragraphs: [
          "Chú trọng công tác xây dựng Đảng, xây dựng hệ thống chính trị trong sạch, vững mạnh; làm tốt công tác tổ chức, cán bộ; tăng cường kiểm tra, giám sát, thi hành kỷ luật đảng, phòng, chống tham nhũng, tiêu cực; đổi mới công tác dân vận.",
        ],
      },
      {
        heading: "2.7. Khen thưởng và xử lý",
        paragraphs: [
          "Kịp thời biểu dương, khen thưởng, nhân rộng điển hình tiên tiến; kiên quyết xử lý, điều chuyển công tác đối với cá nhân né tránh trách nhiệm, đùn đẩy công việc.",
        ],
      },
      {
        heading: "2.8. Quán triệt Kết luận",
        paragraphs: [
          "Quán triệt sâu rộng tinh thần Kết luận tới toàn thể cán bộ, đảng viên; cụ thể hóa trong chương trình công tác.",
        ],
      },
    ],
    expected: { ...ALL_COVERED, "2.5": "missing" },
  },
);
