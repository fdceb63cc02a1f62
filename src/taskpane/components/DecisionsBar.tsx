import { useState } from "react";
import { Button, Caption1, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { CheckView } from "../../app/session";
import type { IgnoredFinding } from "../../decisions";
import { useCheckStyles } from "./checkStyles";

export interface DecisionsBarProps {
  view: CheckView;
  onUndoIgnore?: (decision: IgnoredFinding) => void;
  onRuleOff?: (rule: string, off: boolean) => void;
  /** The browser page: the chosen file with the decisions stored in it. */
  onDownloadDecisions?: () => void;
  /** Where the decisions are kept when it is not the document (Word without WordApi 1.4). */
  note?: string;
  busy: boolean;
}

/**
 * The drafter's decisions under the summary: «N phát hiện đã bỏ qua» with a way to see them and to bring one back,
 * the rules turned off for this document with «Bật lại», and (browser page) the copy with the decisions.
 */
export default function DecisionsBar({
  view,
  onUndoIgnore,
  onRuleOff,
  onDownloadDecisions,
  note,
  busy,
}: DecisionsBarProps) {
  const styles = useCheckStyles();
  const [open, setOpen] = useState(false);
  const ignored = view.ignored;
  const hasAny = ignored.length > 0 || view.rulesOff.length > 0;
  if (!hasAny && note === undefined) return null;
  return (
    <section aria-label="Quyết định" className={styles.root}>
      {note !== undefined && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      )}
      {ignored.length > 0 && (
        <div className={styles.actions}>
          <Text>{`${ignored.length} phát hiện đã bỏ qua`}</Text>
          <Button size="small" appearance="subtle" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? "Ẩn" : "Xem"}
          </Button>
        </div>
      )}
      {open && ignored.length > 0 && (
        <ul className={styles.list} aria-label="Phát hiện đã bỏ qua">
          {ignored.map((x) => (
            <li key={x.key} className={styles.finding}>
              <Text>{x.finding.message}</Text>
              {x.finding.excerpt && <Caption1 className={styles.excerpt}>«{x.finding.excerpt}»</Caption1>}
              {x.decision.reason !== undefined && <Caption1>{`Lý do: ${x.decision.reason}`}</Caption1>}
              {onUndoIgnore && (
                <div className={styles.actions}>
                  <Button
                    size="small"
                    disabled={busy}
                    aria-label={`Hiện lại: ${x.finding.message}`}
                    onClick={() => onUndoIgnore(x.decision)}
                  >
                    Hiện lại
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {view.rulesOff.length > 0 && (
        <ul className={styles.list} aria-label="Quy tắc đã tắt cho văn bản">
          {view.rulesOff.map((rule) => (
            <li key={rule} className={styles.actions}>
              <Caption1>{`Đã tắt quy tắc ${rule} cho văn bản này`}</Caption1>
              {onRuleOff && (
                <Button size="small" disabled={busy} onClick={() => onRuleOff(rule, false)}>
                  {`Bật lại ${rule}`}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {onDownloadDecisions && hasAny && (
        <div className={styles.actions}>
          <Button size="small" disabled={busy} onClick={onDownloadDecisions}>
            Tải bản có quyết định (.docx)
          </Button>
        </div>
      )}
    </section>
  );
}
