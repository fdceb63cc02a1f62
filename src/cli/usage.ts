/** Usage text of the commands, kept apart so `ketluan check` does not load the fix and draft code. */
export const FIX_USAGE = `  ketluan fix TỆP.docx -o TỆP_MỚI.docx [--rules id,id] [--in-place] [--profile auto|party|state]
             [--conclusion-number 125-KL/TU] [--conclusion-date 05/9/2023]
             sửa tự động các lỗi sửa được an toàn (phông, cỡ chữ, căn lề, số 0 trong ngày tháng, dấu câu nơi nhận...)
             vào một bản sao; --in-place ghi đè lên tệp gốc`;

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
