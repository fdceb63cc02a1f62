import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from "@fluentui/react-components";
import type { CheckState } from "../../app/session";

export interface CheckStatusProps {
  state: CheckState;
  /** Word: «Kiểm tra» reads the open document; browser: the user chooses a file. */
  readsOpenDocument: boolean;
}

/** Where the check is before a result: what to do first, the progress, or why it failed. */
export default function CheckStatus({ state, readsOpenDocument }: CheckStatusProps) {
  return (
    <>
      {state.status === "working" && <Spinner size="small" label="Đang kiểm tra văn bản…" aria-live="polite" />}

      {state.status === "idle" && (
        <Text as="p">
          {readsOpenDocument
            ? "Bấm «Kiểm tra» để rà soát thể thức, nơi nhận, trích dẫn, câu chữ và mức độ đáp ứng các nhiệm vụ của Kết luận."
            : "Chọn một tệp .docx (kế hoạch hoặc báo cáo) trên máy; tệp được đọc ngay trong trình duyệt, không gửi đi đâu."}
        </Text>
      )}

      {state.status === "error" && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Không kiểm tra được</MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
