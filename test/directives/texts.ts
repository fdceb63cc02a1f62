/**
 * Conclusion- and resolution-like texts other than the seed, written for the parser tests: different numbering
 * (Roman sections, "1.", "a)", bullets), headings on their own line, page-break debris, another issuer.
 */

/** A district resolution: Roman sections, numbered tasks with headings, lettered sub-items, bullets, a page break. */
export const RESOLUTION_TEXT = `ĐẢNG BỘ TỈNH BẮC GIANG
HUYỆN ỦY LỤC NGẠN
*
Số 15-NQ/HU

ĐẢNG CỘNG SẢN VIỆT NAM
Lục Ngạn, ngày 12 tháng 10 năm 2023

NGHỊ QUYẾT
CỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN
về phát triển nông nghiệp hàng hóa và xây dựng nông thôn mới giai đoạn 2023-2025
-----

Căn cứ Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045; Ban Chấp hành Đảng bộ huyện quyết nghị:

I. TÌNH HÌNH, KẾT QUẢ THỰC HIỆN

Giai đoạn 2020-2023, sản xuất nông nghiệp của huyện phát triển khá; giá trị sản xuất bình quân trên 1 ha đất trồng trọt đạt 180 triệu đồng. Tuy nhiên, liên kết sản xuất còn lỏng lẻo, tiêu thụ sản phẩm còn phụ thuộc thương lái.

II. MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP

1. Về phát triển sản xuất nông nghiệp hàng hóa

Tập trung phát triển vùng sản xuất vải thiều, cây ăn quả có múi theo tiêu chuẩn VietGAP, GlobalGAP; mở rộng diện tích được cấp mã số vùng trồng.

a) Đẩy mạnh ứng dụng khoa học, công nghệ cao trong trồng trọt, chăn nuôi; khuyến khích doanh nghiệp đầu tư vào nông nghiệp.

b) Phát triển kinh tế tập thể, hợp tác xã gắn với chuỗi liên kết sản xuất, tiêu thụ sản phẩm.

2. Về xây dựng nông thôn mới

- Phấn đấu đến năm 2025 có thêm 8 xã đạt chuẩn nông thôn mới nâng cao, 3 xã đạt chuẩn nông thôn mới kiểu mẫu.
- Huy động các nguồn lực đầu tư hạ tầng giao thông nông thôn, thủy lợi, nước sạch; thực hiện có hiệu quả
12
chương trình mỗi xã một sản phẩm (OCOP).

3. Về bảo vệ môi trường nông thôn

Tăng cường quản lý chất thải rắn, bao gói thuốc bảo vệ thực vật sau sử dụng¹; xử lý dứt điểm các điểm ô nhiễm môi trường trong khu dân cư.

¹ Theo Hướng dẫn của Sở Tài nguyên và Môi trường.

III. TỔ CHỨC THỰC HIỆN

Giao Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với các cơ quan liên quan theo dõi, đôn đốc việc thực hiện Nghị quyết này.

Nơi nhận:
- Ban Thường vụ Tỉnh ủy (b/c),
- Lưu Văn phòng Huyện ủy.

T/M HUYỆN ỦY
BÍ THƯ
`;

/** A notice of conclusions: a flat list whose second point announces lettered tasks, bullets inside them. */
export const NOTICE_TEXT = `THÔNG BÁO KẾT LUẬN
của Thường trực Thành ủy về công tác bảo đảm trật tự đô thị và cải cách hành chính

Ngày 05/3/2024, Thường trực Thành ủy họp nghe Ủy ban nhân dân thành phố báo cáo tình hình trật tự đô thị. Sau khi nghe báo cáo và ý kiến thảo luận, Thường trực Thành ủy kết luận như sau:

1. Thời gian qua, công tác quản lý trật tự đô thị có chuyển biến tích cực; nhiều tuyến phố được chỉnh trang, lòng đường, vỉa hè thông thoáng hơn.

2. Để tiếp tục nâng cao hiệu quả công tác quản lý đô thị, đề nghị các cơ quan, đơn vị tập trung thực hiện tốt một số nhiệm vụ sau:

a) Ủy ban nhân dân thành phố chỉ đạo ra quân lập lại trật tự lòng đường, vỉa hè trên các tuyến phố chính; xử lý nghiêm các trường hợp lấn chiếm, xây dựng trái phép.
- Hoàn thành việc di chuyển các hộ kinh doanh ra khỏi hành lang an toàn giao thông trước ngày 30/6/2024.

b) Đẩy mạnh cải cách hành chính, nhất là thủ tục cấp phép xây dựng, cấp giấy chứng nhận quyền sử dụng đất; thực hiện nghiêm Chỉ thị số 05-CT/TU ngày 12 tháng 4 năm 2023 của Ban Thường vụ Tỉnh ủy.

c) Tăng cường công tác tuyên truyền để Nhân dân đồng thuận, chung tay xây dựng nếp sống văn minh đô thị theo tinh thần "Thành phố sạch, đẹp, văn minh".

Giao Văn phòng Thành ủy theo dõi, đôn đốc việc thực hiện Thông báo kết luận này.
`;

/** A directive with top-level numbered points only (no announcing section), page number debris between pages. */
export const DIRECTIVE_TEXT = `CHỈ THỊ
của Ban Thường vụ Huyện ủy về tăng cường công tác phòng cháy, chữa cháy

Thời gian qua, tình hình cháy, nổ trên địa bàn huyện diễn biến phức tạp. Để chủ động phòng ngừa, Ban Thường vụ Huyện ủy yêu cầu:

1. Các cấp ủy, chính quyền tăng cường lãnh đạo, chỉ đạo công tác phòng cháy, chữa cháy; xác định đây là nhiệm vụ thường xuyên của cả hệ thống chính trị.

2. Công an huyện tổ chức kiểm tra an toàn phòng cháy tại các cơ sở kinh doanh karaoke, nhà trọ, chợ; xử lý nghiêm các vi phạm.

- 2 -

3. Đẩy mạnh tuyên truyền kỹ năng thoát nạn cho Nhân dân, nhất là ở khu dân cư đông người.

Văn phòng Huyện ủy theo dõi, đôn đốc việc thực hiện Chỉ thị này.
`;
