import { useState } from "react";
import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { Fix } from "../../model/fix";
import type { ActionMessage } from "../../app/actions";
import type { CheckState, FindingView } from "../../app/session";
import type { IgnoredFinding } from "../../decisions";
import ActionMessageBar from "./ActionMessageBar";
import CheckStatus from "./CheckStatus";
import CheckSummary from "./CheckSummary";
import CoverageChecklist from "./CoverageChecklist";
import DecisionsBar from "./DecisionsBar";
import FilePicker from "./FilePicker";
import FindingsList from "./FindingsList";
import ReviewBar, { type ReviewState } from "./ReviewBar";
import { useCheckStyles } from "./checkStyles";

/** A question asked before an action: the action happens only on its button. */
export interface Confirmation {
  text: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export interface CheckTabProps {
  state: CheckState;
  /** Word: "Kiểm tra" reads the open document. Browser: undefined (the file input is the action). */
  onCheck?: () => void;
  /** The browser page's file input. */
  onFile?: (file: File) => void;
  fileName?: string;
  onGoTo?: (paragraph: number, excerpt?: string) => void;
  onFix?: (fixes: Fix[], label: string) => void;
  onInsertItem?: (item: string) => void;
  /** «Không áp dụng» on a directive item, with an optional reason: a decision stored with the document. */
  onNotApplicable: (item: string, value: boolean, reason?: string) => void;
  /** «Bỏ qua» on a finding: a decision stored with the document (keyed by rule and the paragraph's text). */
  onIgnore?: (finding: FindingView, reason?: string) => void;
  /** Undo a «Bỏ qua»: the finding comes back. */
  onUndoIgnore?: (decision: IgnoredFinding) => void;
  /** «Tắt quy tắc này cho văn bản» (off = true), and «Bật lại» (off = false). */
  onRuleOff?: (rule: string, off: boolean) => void;
  /** The browser page: «Tải bản có quyết định (.docx)». */
  onDownloadDecisions?: () => void;
  /** Why the decisions do not travel with the file (Word without WordApi 1.4). */
  decisionsNote?: string;
  /** "Văn bản này thực hiện Kết luận": sets the setting to true and re-checks. */
  onImplements?: () => void;
  notApplicable: readonly string[];
  /** A result of the last action (fix, insert, go to), or its error. */
  actionMessage?: ActionMessage;
  /** A question the next action waits on (Sửa where Word cannot track the edits). */
  confirmation?: Confirmation;
  /** Word: how Sửa edits (tracked changes) — see ReviewBar. */
  review?: ReviewState;
  /** Word (WordApi 1.4): «Ghi nhận xét» on one finding, «Ghi nhận xét tất cả», «Xóa nhận xét của ketluan». */
  onComment?: (finding: FindingView) => void;
  onCommentAll?: () => void;
  onRemoveComments?: () => void;
  /** The browser page: «Tải bản có nhận xét (.docx)». */
  onDownloadAnnotated?: () => void;
  busy: boolean;
}

/**
 * The Kiểm tra tab: the way to the document (the «Kiểm tra» button or the file picker), the check's progress, the
 * last action's outcome, and the result: summary, findings, checklist. The open groups and the expanded evidence
 * lists live here, so that a re-check (after a fix) keeps them.
 */
export default function CheckTab(props: CheckTabProps) {
  const styles = useCheckStyles();
  const { state, busy } = props;
  const [openGroups, setOpenGroups] = useState<string[] | undefined>(undefined);
  const [expanded, setExpanded] = useState<string[]>([]);

  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        {props.onCheck && (
          <Button appearance="primary" onClick={props.onCheck} disabled={busy}>
            Kiểm tra
          </Button>
        )}
        {props.onFile && <FilePicker onFile={props.onFile} busy={busy} />}
      </div>

      <CheckStatus state={state} readsOpenDocument={props.onCheck !== undefined} />

      {props.actionMessage && <ActionMessageBar message={props.actionMessage} />}

      {props.confirmation && (
        <MessageBar intent="warning" layout="multiline" role="alertdialog" aria-label="Xác nhận">
          <MessageBarBody>{props.confirmation.text}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" onClick={props.confirmation.onConfirm}>
              {props.confirmation.confirmLabel}
            </Button>
            <Button size="small" onClick={props.confirmation.onCancel}>
              Hủy
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      {state.status === "done" && (
        <>
          {props.fileName && <Caption1>Tệp: {props.fileName}</Caption1>}
          {state.notes.map((n) => (
            <MessageBar key={n} intent="warning">
              <MessageBarBody>{n}</MessageBarBody>
            </MessageBar>
          ))}
          <CheckSummary view={state.view}>
            <DecisionsBar
              view={state.view}
              onUndoIgnore={props.onUndoIgnore}
              onRuleOff={props.onRuleOff}
              onDownloadDecisions={props.onDownloadDecisions}
              note={props.decisionsNote}
              busy={busy}
            />
          </CheckSummary>
          <ReviewBar
            review={props.review}
            onCommentAll={props.onCommentAll}
            onRemoveComments={props.onRemoveComments}
            onDownloadAnnotated={props.onDownloadAnnotated}
            busy={busy}
          />
          <FindingsList
            view={state.view}
            onGoTo={props.onGoTo}
            onFix={props.onFix}
            onComment={props.onComment}
            onIgnore={props.onIgnore}
            onRuleOff={props.onRuleOff}
            busy={busy}
            openGroups={openGroups}
            onOpenGroupsChange={setOpenGroups}
          />
          <CoverageChecklist
            view={state.view}
            onGoTo={props.onGoTo}
            onInsertItem={props.onInsertItem}
            onNotApplicable={props.onNotApplicable}
            onImplements={props.onImplements}
            notApplicable={props.notApplicable}
            expanded={expanded}
            onExpand={(item) => setExpanded([...expanded, item])}
            busy={busy}
          />
        </>
      )}
    </div>
  );
}
