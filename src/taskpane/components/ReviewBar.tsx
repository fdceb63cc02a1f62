import { Button, Caption1, MessageBar, MessageBarBody, Subtitle2, Switch } from "@fluentui/react-components";
import { REVIEW_NEEDS_WORD } from "../../app/actions";
import { useCheckStyles } from "./checkStyles";

/** Word's side of the review loop: how Sửa edits (tracked or not) and what it can do with comments. */
export interface ReviewState {
  /** WordApi 1.4: the add-in can see and set change tracking and write comments. */
  supported: boolean;
  /** Whether the document tracked changes when it was read. */
  changeTracking: "on" | "off" | "unknown";
  /** «Sửa có theo dõi thay đổi», as stored in the pane's settings. */
  trackFixes: boolean;
  onTrackFixes: (value: boolean) => void;
}

export interface ReviewBarProps {
  review?: ReviewState;
  onCommentAll?: () => void;
  onRemoveComments?: () => void;
  /** The browser page: download the chosen file with the findings as comments. */
  onDownloadAnnotated?: () => void;
  busy: boolean;
}

export const TRACKING_ON_NOTE =
  "Tài liệu đang bật Theo dõi thay đổi: mỗi chỗ Sửa hiện trong thẻ Xem lại (Review) để chấp nhận hoặc từ chối.";
export const TRACK_SWITCH_HINT =
  "Bật thì Sửa và Sửa tất cả bật Theo dõi thay đổi của tài liệu (và để bật) trước khi sửa, để người duyệt thấy từng chỗ sửa.";
export const REVIEW_UNSUPPORTED_NOTE =
  "Phiên bản Word này chưa cho phần bổ trợ dùng Theo dõi thay đổi và nhận xét (cần WordApi 1.4): Sửa ghi thẳng vào " +
  "tài liệu sau khi bạn đồng ý; để có nhận xét, hãy cập nhật Office hoặc dùng ketluan check --annotate.";

/**
 * «Xem lại»: in Word, whether Sửa makes tracked changes (the document's own tracking, or the switch «Sửa có theo dõi
 * thay đổi»), «Ghi nhận xét tất cả» and «Xóa nhận xét của ketluan»; in the browser page, why these need Word and the
 * annotated copy instead.
 */
export default function ReviewBar({
  review,
  onCommentAll,
  onRemoveComments,
  onDownloadAnnotated,
  busy,
}: ReviewBarProps) {
  const styles = useCheckStyles();
  if (review === undefined && onDownloadAnnotated === undefined) return null;
  return (
    <section aria-label="Xem lại" className={styles.root}>
      <Subtitle2 as="h2">Xem lại</Subtitle2>
      {review !== undefined && !review.supported && (
        <MessageBar intent="warning">
          <MessageBarBody>{REVIEW_UNSUPPORTED_NOTE}</MessageBarBody>
        </MessageBar>
      )}
      {review?.supported && review.changeTracking === "on" && <Caption1>{TRACKING_ON_NOTE}</Caption1>}
      {review?.supported && review.changeTracking !== "on" && (
        <div>
          <Switch
            label="Sửa có theo dõi thay đổi"
            checked={review.trackFixes}
            disabled={busy}
            onChange={(_e, d) => review.onTrackFixes(d.checked)}
          />
          <Caption1 as="p">{TRACK_SWITCH_HINT}</Caption1>
        </div>
      )}
      {(onCommentAll ?? onRemoveComments) && (
        <div className={styles.actions}>
          {onCommentAll && (
            <Button size="small" disabled={busy} onClick={onCommentAll}>
              Ghi nhận xét tất cả
            </Button>
          )}
          {onRemoveComments && (
            <Button size="small" disabled={busy} onClick={onRemoveComments}>
              Xóa nhận xét của ketluan
            </Button>
          )}
        </div>
      )}
      {onDownloadAnnotated && (
        <>
          <MessageBar intent="info">
            <MessageBarBody>{REVIEW_NEEDS_WORD}</MessageBarBody>
          </MessageBar>
          <div className={styles.actions}>
            <Button size="small" disabled={busy} onClick={onDownloadAnnotated}>
              Tải bản có nhận xét (.docx)
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
