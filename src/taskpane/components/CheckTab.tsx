import { useRef, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  Checkbox,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { CoverageItem } from "../../check";
import type { Fix } from "../../model/fix";
import { COVERAGE_LABELS, SEVERITY_LABELS, type CheckView, type FindingView } from "../../app/session";

const useStyles = makeStyles({
  root: { position: "relative", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "4px",
  },
  summary: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "4px",
    margin: 0,
    padding: 0,
    listStyle: "none",
  },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  finding: {
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  head: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalXS },
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
  hiddenInput: { position: "absolute", width: "1px", height: "1px", opacity: 0, overflow: "hidden" },
  basis: { color: tokens.colorNeutralForeground3 },
  excerpt: { fontStyle: "italic", color: tokens.colorNeutralForeground2 },
});

const SEVERITY_BADGE = {
  error: { color: "danger", icon: "✖" },
  warning: { color: "warning", icon: "⚠" },
  info: { color: "informative", icon: "ℹ" },
} as const;

/** Evidence paragraphs shown per item before "Xem thêm". */
const EVIDENCE_SHOWN = 2;

const COVERAGE_BADGE: Record<CoverageItem["status"], "success" | "warning" | "danger" | "subtle"> = {
  covered: "success",
  partial: "warning",
  missing: "danger",
  "not-applicable": "subtle",
};

export type CheckState =
  | { status: "idle" }
  | { status: "working" }
  | { status: "error"; message: string }
  | { status: "done"; view: CheckView; notes: string[] };

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
  onNotApplicable: (item: string, value: boolean) => void;
  /** "Văn bản này thực hiện Kết luận": sets the setting to true and re-checks. */
  onImplements?: () => void;
  notApplicable: readonly string[];
  /** A result of the last action (fix, insert, go to), or its error. */
  actionMessage?: { intent: "success" | "error" | "warning"; text: string };
  busy: boolean;
}

function FindingRow({ f, onGoTo, onFix, busy }: { f: FindingView } & Pick<CheckTabProps, "onGoTo" | "onFix" | "busy">) {
  const styles = useStyles();
  const badge = SEVERITY_BADGE[f.severity];
  return (
    <li className={styles.finding}>
      <div className={styles.head}>
        <Badge className={styles.badge} color={badge.color} appearance="filled" shape="rounded">
          <span aria-hidden="true">{badge.icon}</span>&nbsp;{SEVERITY_LABELS[f.severity]}
        </Badge>
        <Text>{f.message}</Text>
      </div>
      {f.excerpt && <Caption1 className={styles.excerpt}>«{f.excerpt}»</Caption1>}
      <Caption1 className={styles.basis}>Căn cứ: {f.basis}</Caption1>
      <div className={styles.actions}>
        {onGoTo && f.paragraph !== null && (
          <Button
            size="small"
            disabled={busy}
            aria-label={`Đi tới đoạn ${f.paragraph}: ${f.message}`}
            onClick={() => onGoTo(f.paragraph ?? 0, f.excerpt || undefined)}
          >
            Đi tới
          </Button>
        )}
        {onFix && f.fix && (
          <Button
            size="small"
            appearance="primary"
            disabled={busy}
            title={f.fix.title}
            aria-label={`Sửa: ${f.fix.title}`}
            onClick={() => onFix([f.fix as Fix], f.fix?.title ?? "")}
          >
            Sửa
          </Button>
        )}
      </div>
    </li>
  );
}

export default function CheckTab(props: CheckTabProps) {
  const styles = useStyles();
  const { state, busy } = props;
  const [openGroups, setOpenGroups] = useState<string[] | undefined>(undefined);
  const fileInput = useRef<HTMLInputElement>(null);
  const [expanded, setExpanded] = useState<string[]>([]);

  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        {props.onCheck && (
          <Button appearance="primary" onClick={props.onCheck} disabled={busy}>
            Kiểm tra
          </Button>
        )}
        {props.onFile && (
          <>
            {/* the native control says "Choose File" in the browser's language: a Vietnamese button opens it */}
            <input
              ref={fileInput}
              className={styles.hiddenInput}
              type="file"
              accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              aria-label="Chọn tệp .docx để kiểm tra"
              tabIndex={-1}
              disabled={busy}
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) props.onFile?.(file);
                e.target.value = "";
              }}
            />
            <Button appearance="primary" disabled={busy} onClick={() => fileInput.current?.click()}>
              Chọn tệp .docx…
            </Button>
          </>
        )}
      </div>

      {state.status === "working" && <Spinner size="small" label="Đang kiểm tra văn bản…" aria-live="polite" />}

      {state.status === "idle" && (
        <Text as="p">
          {props.onCheck
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

      {props.actionMessage && (
        <MessageBar
          intent={props.actionMessage.intent}
          role={props.actionMessage.intent === "error" ? "alert" : "status"}
        >
          <MessageBarBody>{props.actionMessage.text}</MessageBarBody>
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
          <section aria-label="Tóm tắt kết quả">
            <Subtitle2 as="h2">Kết quả</Subtitle2>
            <ul className={styles.summary}>
              <li>
                <Badge color="danger" appearance="tint">{`${state.view.summary.errors} lỗi`}</Badge>
              </li>
              <li>
                <Badge color="warning" appearance="tint">{`${state.view.summary.warnings} cảnh báo`}</Badge>
              </li>
              {state.view.coverage !== undefined && (
                <li>
                  <Badge color="success" appearance="tint">
                    {`${state.view.summary.covered}/${state.view.summary.items} mục đã đáp ứng`}
                  </Badge>
                </li>
              )}
              {state.view.summary.missing > 0 && (
                <li>
                  <Badge color="danger" appearance="tint">{`${state.view.summary.missing} mục còn thiếu`}</Badge>
                </li>
              )}
            </ul>
            <Caption1>
              {state.view.result.profile === "party" ? "Văn bản của Đảng" : "Văn bản hành chính"}
              {state.view.result.profileSource === "detected"
                ? " (nhận diện từ tiêu đề)"
                : state.view.result.profileSource === "override"
                  ? " (theo thiết lập)"
                  : " (mặc định)"}
              {state.view.result.documentType === "plan"
                ? ", kế hoạch"
                : state.view.result.documentType === "report"
                  ? ", báo cáo"
                  : ""}
            </Caption1>
          </section>

          <section aria-label="Các phát hiện">
            <Subtitle2 as="h2">Phát hiện</Subtitle2>
            {state.view.groups.length === 0 ? (
              <MessageBar intent="success">
                <MessageBarBody>Không phát hiện lỗi nào theo các quy tắc đang bật.</MessageBarBody>
              </MessageBar>
            ) : (
              <Accordion
                multiple
                collapsible
                openItems={openGroups ?? state.view.groups.map((g) => g.area)}
                onToggle={(_e, d) => setOpenGroups(d.openItems as string[])}
              >
                {state.view.groups.map((g) => {
                  const rules = [...new Set(g.findings.map((f) => f.rule))].filter(
                    (r) => (state.view.fixesByRule[r]?.length ?? 0) > 1,
                  );
                  return (
                    <AccordionItem key={g.area} value={g.area}>
                      <AccordionHeader>{`${g.label} (${g.findings.length})`}</AccordionHeader>
                      <AccordionPanel>
                        {props.onFix && rules.length > 0 && (
                          <div className={styles.actions}>
                            {rules.map((r) => (
                              <Button
                                key={r}
                                size="small"
                                disabled={busy}
                                onClick={() => props.onFix?.(state.view.fixesByRule[r] ?? [], `tất cả ${r}`)}
                              >
                                {`Sửa tất cả ${r} (${state.view.fixesByRule[r]?.length ?? 0})`}
                              </Button>
                            ))}
                          </div>
                        )}
                        <ul className={styles.list}>
                          {g.findings.map((f) => (
                            <FindingRow key={f.key} f={f} onGoTo={props.onGoTo} onFix={props.onFix} busy={busy} />
                          ))}
                        </ul>
                      </AccordionPanel>
                    </AccordionItem>
                  );
                })}
              </Accordion>
            )}
          </section>

          <section aria-label="Đối chiếu với Kết luận">
            <Subtitle2 as="h2">Đối chiếu nhiệm vụ của Kết luận</Subtitle2>
            {state.view.coverageNote !== undefined ? (
              <>
                <MessageBar intent="info" layout="multiline">
                  <MessageBarBody>{state.view.coverageNote}</MessageBarBody>
                </MessageBar>
                {props.onImplements ? (
                  <div className={styles.actions}>
                    <Button disabled={busy} onClick={props.onImplements}>
                      Văn bản này thực hiện Kết luận
                    </Button>
                  </div>
                ) : (
                  <Caption1>
                    Nếu văn bản thực hiện Kết luận, chọn «Có» ở thẻ Thiết lập, mục «Văn bản thực hiện Kết luận», rồi
                    kiểm tra lại.
                  </Caption1>
                )}
              </>
            ) : state.view.coverage === undefined ? (
              <MessageBar intent="info">
                <MessageBarBody>Bản dựng này chưa có chức năng đối chiếu nhiệm vụ (mục 2.1–2.8).</MessageBarBody>
              </MessageBar>
            ) : (
              <ul className={styles.list} aria-label="Danh sách nhiệm vụ">
                {state.view.coverage.map((c) => (
                  <li key={c.item} className={styles.finding} data-item={c.item} data-status={c.status}>
                    <div className={styles.head}>
                      <Badge
                        className={styles.badge}
                        color={COVERAGE_BADGE[c.status]}
                        appearance="filled"
                        shape="rounded"
                      >
                        {COVERAGE_LABELS[c.status]}
                      </Badge>
                      <Text weight="semibold">{`${c.item}. ${c.title}`}</Text>
                    </div>
                    {c.evidence.length > 0 && (
                      <ul className={styles.list} aria-label={`Căn cứ cho mục ${c.item}`}>
                        {(expanded.includes(c.item) ? c.evidence : c.evidence.slice(0, EVIDENCE_SHOWN)).map((ev) => (
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
                        {c.evidence.length > EVIDENCE_SHOWN && !expanded.includes(c.item) && (
                          <li>
                            <Link
                              as="button"
                              aria-label={`Xem thêm ${c.evidence.length - EVIDENCE_SHOWN} đoạn căn cứ cho mục ${c.item}`}
                              onClick={() => setExpanded([...expanded, c.item])}
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
                        checked={props.notApplicable.includes(c.item)}
                        disabled={busy}
                        onChange={(_e, d) => props.onNotApplicable(c.item, d.checked === true)}
                      />
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}
