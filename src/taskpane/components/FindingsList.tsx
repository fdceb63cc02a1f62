import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  MessageBar,
  MessageBarBody,
  Subtitle2,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Fix } from "../../model/fix";
import type { CheckView, FindingView } from "../../app/session";
import FindingRow from "./FindingRow";
import { useCheckStyles } from "./checkStyles";

export interface FindingsListProps {
  view: CheckView;
  onGoTo?: (paragraph: number, excerpt?: string) => void;
  onFix?: (fixes: Fix[], label: string) => void;
  onComment?: (finding: FindingView) => void;
  onIgnore?: (finding: FindingView) => void;
  onRuleOff?: (rule: string, off: boolean) => void;
  busy: boolean;
  /** The areas the user opened or closed; undefined: all open. Kept by the tab, so a re-check keeps them. */
  openGroups: string[] | undefined;
  onOpenGroupsChange: (open: string[]) => void;
}

/**
 * A group shows this many findings until the drafter asks for the rest: a 100-page draft may carry hundreds of one
 * kind, which no one reads in a row and which the pane would take a noticeable time to draw.
 */
export const FINDINGS_SHOWN = 25;

/** The findings grouped by area, each group with «Sửa tất cả» for a rule that has more than one fix. */
export default function FindingsList({
  view,
  onGoTo,
  onFix,
  onComment,
  onIgnore,
  onRuleOff,
  busy,
  openGroups,
  onOpenGroupsChange,
}: FindingsListProps) {
  const styles = useCheckStyles();
  const [showAll, setShowAll] = useState<ReadonlySet<string>>(new Set());
  return (
    <section aria-label="Các phát hiện">
      <Subtitle2 as="h2">Phát hiện</Subtitle2>
      {view.groups.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>Không phát hiện lỗi nào theo các quy tắc đang bật.</MessageBarBody>
        </MessageBar>
      ) : (
        <Accordion
          multiple
          collapsible
          openItems={openGroups ?? view.groups.map((g) => g.area)}
          onToggle={(_e, d) => onOpenGroupsChange(d.openItems as string[])}
        >
          {view.groups.map((g) => {
            const rules = [...new Set(g.findings.map((f) => f.rule))].filter(
              (r) => (view.fixesByRule[r]?.length ?? 0) > 1,
            );
            return (
              <AccordionItem key={g.area} value={g.area}>
                <AccordionHeader>{`${g.label} (${g.findings.length})`}</AccordionHeader>
                {/* no Collapse motion: it measures each panel's height as the results first show (a forced layout of
                    20–40 ms on a 100-page draft's results), and a checker's groups need no animation */}
                <AccordionPanel collapseMotion={null}>
                  {onFix && rules.length > 0 && (
                    <div className={styles.actions}>
                      {rules.map((r) => (
                        <Button
                          key={r}
                          size="small"
                          disabled={busy}
                          onClick={() => onFix(view.fixesByRule[r] ?? [], `tất cả ${r}`)}
                        >
                          {`Sửa tất cả ${r} (${view.fixesByRule[r]?.length ?? 0})`}
                        </Button>
                      ))}
                    </div>
                  )}
                  <ul className={styles.list}>
                    {(showAll.has(g.area) ? g.findings : g.findings.slice(0, FINDINGS_SHOWN)).map((f) => (
                      <FindingRow
                        key={f.key}
                        finding={f}
                        onGoTo={onGoTo}
                        onFix={onFix}
                        onComment={onComment}
                        onIgnore={onIgnore}
                        onRuleOff={onRuleOff}
                        busy={busy}
                      />
                    ))}
                  </ul>
                  {!showAll.has(g.area) && g.findings.length > FINDINGS_SHOWN && (
                    <Button
                      size="small"
                      appearance="subtle"
                      onClick={() => setShowAll(new Set([...showAll, g.area]))}
                    >{`Xem thêm ${g.findings.length - FINDINGS_SHOWN} phát hiện`}</Button>
                  )}
                </AccordionPanel>
              </AccordionItem>
            );
          })}
        </Accordion>
      )}
    </section>
  );
}
