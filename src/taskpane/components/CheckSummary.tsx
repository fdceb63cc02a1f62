import type { ReactNode } from "react";
import { Badge, Caption1, Subtitle2 } from "@fluentui/react-components";
import { checkedAs } from "../../app/profileNames";
import type { CheckView } from "../../app/session";
import { useCheckStyles } from "./checkStyles";

/**
 * The counts of a check (errors, warnings, items answered and missing) and what the document was taken for; then
 * `children` (the drafter's decisions: «N phát hiện đã bỏ qua»).
 */
export default function CheckSummary({ view, children }: { view: CheckView; children?: ReactNode }) {
  const styles = useCheckStyles();
  return (
    <section aria-label="Tóm tắt kết quả">
      <Subtitle2 as="h2">Kết quả</Subtitle2>
      <ul className={styles.summary}>
        <li>
          <Badge color="danger" appearance="tint">{`${view.summary.errors} lỗi`}</Badge>
        </li>
        <li>
          <Badge color="warning" appearance="tint">{`${view.summary.warnings} cảnh báo`}</Badge>
        </li>
        {view.coverage !== undefined && (
          <li>
            <Badge color="success" appearance="tint">
              {`${view.summary.covered}/${view.summary.items} mục đã đáp ứng`}
            </Badge>
          </li>
        )}
        {view.summary.missing > 0 && (
          <li>
            <Badge color="danger" appearance="tint">{`${view.summary.missing} mục còn thiếu`}</Badge>
          </li>
        )}
      </ul>
      <Caption1>{checkedAs(view.result)}</Caption1>
      {children}
    </section>
  );
}
