import { Badge, Button, Caption1, Text } from "@fluentui/react-components";
import type { Fix } from "../../model/fix";
import { SEVERITY_LABELS, type FindingView } from "../../app/session";
import { useCheckStyles } from "./checkStyles";

const SEVERITY_BADGE = {
  error: { color: "danger", icon: "✖" },
  warning: { color: "warning", icon: "⚠" },
  info: { color: "informative", icon: "ℹ" },
} as const;

export interface FindingRowProps {
  finding: FindingView;
  /** Word only: select the paragraph (and the excerpt when found). */
  onGoTo?: (paragraph: number, excerpt?: string) => void;
  /** Word only: apply the finding's fix. */
  onFix?: (fixes: Fix[], label: string) => void;
  /** Word only (WordApi 1.4): the finding as a comment on its paragraph. */
  onComment?: (finding: FindingView) => void;
  /** «Bỏ qua»: this finding, at this paragraph's text, is acceptable (stored with the document). */
  onIgnore?: (finding: FindingView) => void;
  /** «Tắt quy tắc này cho văn bản». */
  onRuleOff?: (rule: string, off: boolean) => void;
  busy: boolean;
}

/**
 * One finding: its severity, message, excerpt and basis, with Đi tới, Sửa and Ghi nhận xét where the host can do
 * them, and the drafter's decisions: Bỏ qua, Tắt quy tắc này cho văn bản.
 */
export default function FindingRow({
  finding: f,
  onGoTo,
  onFix,
  onComment,
  onIgnore,
  onRuleOff,
  busy,
}: FindingRowProps) {
  const styles = useCheckStyles();
  const badge = SEVERITY_BADGE[f.severity];
  const fix = f.fix;
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
        {onFix && fix && (
          <Button
            size="small"
            appearance="primary"
            disabled={busy}
            title={fix.title}
            aria-label={`Sửa: ${fix.title}`}
            onClick={() => onFix([fix], fix.title)}
          >
            Sửa
          </Button>
        )}
        {onComment && (
          <Button size="small" disabled={busy} aria-label={`Ghi nhận xét: ${f.message}`} onClick={() => onComment(f)}>
            Ghi nhận xét
          </Button>
        )}
        {onIgnore && (
          <Button
            size="small"
            appearance="subtle"
            disabled={busy}
            aria-label={`Bỏ qua: ${f.message}`}
            title="Phát hiện này chấp nhận được ở đoạn này: không báo lại (lưu cùng văn bản)"
            onClick={() => onIgnore(f)}
          >
            Bỏ qua
          </Button>
        )}
        {onRuleOff && (
          <Button
            size="small"
            appearance="subtle"
            disabled={busy}
            aria-label={`Tắt quy tắc ${f.rule} cho văn bản`}
            onClick={() => onRuleOff(f.rule, true)}
          >
            Tắt quy tắc này cho văn bản
          </Button>
        )}
      </div>
    </li>
  );
}
