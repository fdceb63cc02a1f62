import { Button, Caption1, MessageBar, MessageBarBody, Subtitle2 } from "@fluentui/react-components";
import type { CheckView } from "../../app/session";
import CoverageItemRow from "./CoverageItemRow";
import { useCheckStyles } from "./checkStyles";

export interface CoverageChecklistProps {
  view: CheckView;
  onGoTo?: (paragraph: number, excerpt?: string) => void;
  onInsertItem?: (item: string) => void;
  onNotApplicable: (item: string, value: boolean, reason?: string) => void;
  /** "Văn bản này thực hiện Kết luận": sets the setting to true and re-checks. */
  onImplements?: () => void;
  notApplicable: readonly string[];
  /** Items whose every evidence paragraph is shown. Kept by the tab, so a re-check keeps them. */
  expanded: readonly string[];
  onExpand: (item: string) => void;
  busy: boolean;
}

/**
 * The directive items and how the draft answers each; for a draft that does not implement the source, why there is
 * no checklist and how to say that it does.
 */
export default function CoverageChecklist(props: CoverageChecklistProps) {
  const styles = useCheckStyles();
  const { view, busy } = props;
  return (
    <section aria-label="Đối chiếu với Kết luận">
      <Subtitle2 as="h2">Đối chiếu nhiệm vụ của Kết luận</Subtitle2>
      {view.coverage === undefined ? (
        <>
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{view.coverageNote}</MessageBarBody>
          </MessageBar>
          {props.onImplements ? (
            <div className={styles.actions}>
              <Button disabled={busy} onClick={props.onImplements}>
                Văn bản này thực hiện Kết luận
              </Button>
            </div>
          ) : (
            <Caption1>
              Nếu văn bản thực hiện Kết luận, chọn «Có» ở thẻ Thiết lập, mục «Văn bản thực hiện Kết luận», rồi kiểm tra
              lại.
            </Caption1>
          )}
        </>
      ) : (
        <ul className={styles.list} aria-label="Danh sách nhiệm vụ">
          {view.coverage.map((c) => (
            <CoverageItemRow
              key={c.item}
              item={c}
              onGoTo={props.onGoTo}
              onInsertItem={props.onInsertItem}
              onNotApplicable={props.onNotApplicable}
              notApplicable={props.notApplicable.includes(c.item)}
              expanded={props.expanded.includes(c.item)}
              onExpand={() => props.onExpand(c.item)}
              busy={busy}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
