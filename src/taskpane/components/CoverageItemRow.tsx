import { useState } from "react";
import { Badge, Button, Caption1, Checkbox, Input, Link, Text } from "@fluentui/react-components";
import type { CoverageItem } from "../../check";
import { COVERAGE_LABELS } from "../../app/session";
import { useCheckStyles } from "./checkStyles";

/** Evidence paragraphs shown per item before "Xem thêm". */
const EVIDENCE_SHOWN = 2;

const COVERAGE_BADGE: Record<CoverageItem["status"], "success" | "warning" | "danger" | "subtle"> = {
  covered: "success",
  partial: "warning",
  missing: "danger",
  "not-applicable": "subtle",
};

export interface CoverageItemRowProps {
  item: CoverageItem;
  /** Word only: the evidence paragraphs are links to them. */
  onGoTo?: (paragraph: number, excerpt?: string) => void;
  /** Word only: insert the standard section of a missing item. */
  onInsertItem?: (item: string) => void;
  /** «Không áp dụng», with the drafter's reason when given: a decision stored with the document. */
  onNotApplicable: (item: string, value: boolean, reason?: string) => void;
  notApplicable: boolean;
  /** Every evidence paragraph shown (after "Xem thêm"), not only the first ones. */
  expanded: boolean;
  onExpand: () => void;
  busy: boolean;
}

/** One directive item of the checklist: its status, the paragraphs that answer it, and what can be done about it. */
export default function CoverageItemRow(props: CoverageItemRowProps) {
  const styles = useCheckStyles();
  const { item: c, busy } = props;
  const [reason, setReason] = useState("");
  return (
    <li className={styles.finding} data-item={c.item} data-status={c.status}>
      <div className={styles.head}>
        <Badge className={styles.badge} color={COVERAGE_BADGE[c.status]} appearance="filled" shape="rounded">
          {COVERAGE_LABELS[c.status]}
        </Badge>
        <Text weight="semibold">{`${c.item}. ${c.title}`}</Text>
      </div>
      {c.status === "not-applicable" && c.reason !== undefined && <Caption1>{`Lý do: ${c.reason}`}</Caption1>}
      {c.evidence.length > 0 && (
        <ul className={styles.list} aria-label={`Căn cứ cho mục ${c.item}`}>
          {(props.expanded ? c.evidence : c.evidence.slice(0, EVIDENCE_SHOWN)).map((ev) => (
            <li key={ev.paragraph}>
              {props.onGoTo ? (
                <Link as="button" onClick={() => props.onGoTo?.(ev.paragraph, ev.excerpt)}>
                  {`Đoạn ${ev.paragraph}: «${ev.excerpt}»`}
                </Link>
              ) : (
                <Caption1>{`Đoạn ${ev.paragraph}: «${ev.excerpt}»`}</Caption1>
              )}
            </li>
          ))}
          {c.evidence.length > EVIDENCE_SHOWN && !props.expanded && (
            <li>
              <Link
                as="button"
                aria-label={`Xem thêm ${c.evidence.length - EVIDENCE_SHOWN} đoạn căn cứ cho mục ${c.item}`}
                onClick={props.onExpand}
              >
                {`Xem thêm ${c.evidence.length - EVIDENCE_SHOWN} đoạn…`}
              </Link>
            </li>
          )}
        </ul>
      )}
      <div className={styles.actions}>
        {props.onInsertItem && c.status === "missing" && (
          <Button
            size="small"
            disabled={busy}
            aria-label={`Chèn đoạn mẫu cho mục ${c.item}`}
            onClick={() => props.onInsertItem?.(c.item)}
          >
            Chèn đoạn mẫu
          </Button>
        )}
        <Checkbox
          label="Không áp dụng"
          aria-label={`Mục ${c.item}: không áp dụng`}
          checked={props.notApplicable}
          disabled={busy}
          onChange={(_e, d) => props.onNotApplicable(c.item, d.checked === true)}
        />
      </div>
      {props.notApplicable && c.reason === undefined && (
        <div className={styles.actions}>
          <Input
            size="small"
            aria-label={`Lý do mục ${c.item} không áp dụng`}
            placeholder="Lý do (không bắt buộc)"
            value={reason}
            disabled={busy}
            onChange={(_e, d) => setReason(d.value)}
          />
          <Button
            size="small"
            disabled={busy || reason.trim() === ""}
            onClick={() => props.onNotApplicable(c.item, true, reason)}
          >
            Ghi lý do
          </Button>
        </div>
      )}
    </li>
  );
}
