/**
 * Usage text of the commands: plain strings, kept apart so that a command loads only its own code. A usage error
 * prints the block of its command ({@link FIX_USAGE}, {@link DRAFT_USAGE}) or, for check and matrix, the whole text.
 */
export const USAGE_HEADING = "Cách dùng / usage:";

const CHECK_USAGE = `  ketluan check TỆP.docx... [--format text|json] [--profile auto|party|state] [--type auto|plan|report|other]
                [--not-applicable 2.4,2.7] [--source KET-LUAN.txt]
                [--conclusion-number 125-KL/TU --conclusion-date 2023-09-05] [--implements] [--annotate RA.docx]
                [--show-ignored] [--config ketluan.config.json]

  --format             text (mặc định) hoặc json
  --profile            auto (mặc định: nhận diện từ tiêu đề), party (văn bản của Đảng), state (văn bản hành chính)
  --type               auto (mặc định: theo tên loại văn bản), plan (kế hoạch), report (báo cáo), other
  --not-applicable     các mục nhiệm vụ không áp dụng cho đơn vị (không bị báo là thiếu)
  --source             văn bản kết luận/nghị quyết khác làm nguồn nhiệm vụ (mặc định: Kết luận trong seeds/)
  --conclusion-number, --conclusion-date   số và ngày của Kết luận, để đối chiếu mọi lần trích dẫn trong dự thảo
  --implements         văn bản thực hiện Kết luận dù không trích dẫn nó (mặc định: chỉ văn bản có trích dẫn Kết luận
                       mới được đối chiếu nhiệm vụ, nơi nhận bắt buộc và trích dẫn)
  --annotate           ghi thêm một bản sao của tệp (chỉ một tệp) với mỗi phát hiện là một nhận xét (comment) của
                       Word trên đoạn liên quan, và danh sách nhiệm vụ còn thiếu trên dòng tên loại văn bản;
                       tệp gốc giữ nguyên
  --config             tệp quy định riêng của cơ quan (mặc định: ketluan.config.json cạnh văn bản, nếu có): quy tắc tắt
                       hay hạ thành cảnh báo, giá trị dung sai của hồ sơ, ký hiệu cơ quan, mục không áp dụng, nguồn
                       nhiệm vụ; cũng dùng được với fix, matrix, draft
  --show-ignored       liệt kê cả các phát hiện đã bỏ qua theo quyết định lưu trong văn bản (ketluan decide, thẻ
                       Kiểm tra trong Word), kèm lý do`;

export const DECIDE_USAGE = `  ketluan decide TỆP.docx -o TỆP_MỚI.docx [--ignore quy-tắc@đoạn[:lý do]]... [--rule-off quy-tắc]...
                [--not-applicable 2.4[:lý do]]... [--clear] [--in-place] | ketluan decide TỆP.docx --list
             ghi các quyết định vào chính văn bản (đi cùng tệp; check, fix, matrix và Word đều đọc): bỏ qua một phát
             hiện ở một đoạn (nhớ theo nội dung đoạn, không theo số thứ tự), tắt một quy tắc cho văn bản này, mục
             nhiệm vụ không áp dụng kèm lý do; --clear xóa hết quyết định cũ; --list in các quyết định đã lưu`;
export const FIX_USAGE = `  ketluan fix TỆP.docx -o TỆP_MỚI.docx [--rules id,id] [--in-place] [--track-changes] [--profile auto|party|state]
             [--conclusion-number 125-KL/TU] [--conclusion-date 05/9/2023]
             sửa tự động các lỗi sửa được an toàn (phông, cỡ chữ, căn lề, số 0 trong ngày tháng, dấu câu nơi nhận...)
             vào một bản sao; --in-place ghi đè lên tệp gốc; --track-changes ghi các sửa đổi dưới dạng theo dõi thay
             đổi (tác giả "ketluan") để chấp nhận hay từ chối từng sửa đổi trong Word`;

export const DRAFT_USAGE = `  ketluan draft --type plan|report --profile party|state --issuer "HUYỆN ỦY LỤC NAM"
        --superior "ĐẢNG BỘ TỈNH BẮC GIANG" --place "Lục Nam" --number 85 --date 2023-09-15
        --signer "Nguyễn Văn An" --conclusion-number 125-KL/TU --conclusion-date 2023-09-05
        [--items 2.1,2.3,...] [--recipients-file TỆP.txt] -o RA.docx

  --number, --date      để trống ("") khi chưa có số, ngày: in dạng chờ điền "Số     -KH/HU", "ngày    tháng    năm 20.."
  --superior            bắt buộc với văn bản của Đảng; có thể bỏ với văn bản nhà nước
  --issuer-short        tên gọi tắt trong câu văn (mặc định suy ra: "Huyện ủy", "UBND huyện")
  --issuer-code         ký hiệu cơ quan trong số văn bản (mặc định suy ra: HU, UBND)
  --signer-authority    thẩm quyền ký (mặc định T/M BAN THƯỜNG VỤ / TM. ỦY BAN NHÂN DÂN)
  --signer-position     chức vụ người ký (mặc định BÍ THƯ / CHỦ TỊCH)
  --items               các mục chỉ đạo đưa vào (mặc định: tất cả)
  --recipients-file     nơi nhận, mỗi dòng một nơi (mặc định theo quy định gửi Văn phòng Tỉnh ủy)`;

const MATRIX_USAGE = `  ketluan matrix THƯ_MỤC... --out TIỀN_TỐ [--format html,csv,json,xlsx] [--previous KY-TRUOC.json]
               [--source KET-LUAN.txt] [--not-applicable 2.4,2.7]
             ma trận đáp ứng các nhiệm vụ của Kết luận của mọi tệp .docx trong các thư mục (kể cả thư mục con):
             TIỀN_TỐ.html (biểu đồ, bộ lọc), TIỀN_TỐ.csv (UTF-8, mở được bằng Excel), TIỀN_TỐ.json (dữ liệu, để so
             kỳ sau); xlsx chỉ khi ghi trong --format (mặc định: html,csv,json)

  --previous           TIỀN_TỐ.json của kỳ trước: đánh dấu ô tiến bộ ▲, thụt lùi ▼, văn bản mới và văn bản không còn
  --source             văn bản kết luận/nghị quyết khác làm nguồn nhiệm vụ, như với check: các cột là các mục của văn bản đó
  --not-applicable     các mục nhiệm vụ không áp dụng cho mọi văn bản trong lần lập này`;

const EXIT_CODES =
  "Mã thoát / exit codes: 0 không có lỗi, 1 có lỗi thể thức, 2 sai cú pháp lệnh hoặc không đọc được tệp.";

/** `ketluan --help`: every command. */
export const USAGE = `${USAGE_HEADING}\n${CHECK_USAGE}\n\n${FIX_USAGE}\n\n${DECIDE_USAGE}\n\n${DRAFT_USAGE}\n\n${MATRIX_USAGE}\n\n${EXIT_CODES}`;
