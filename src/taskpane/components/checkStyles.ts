import { makeStyles, tokens } from "@fluentui/react-components";

/** The Kiểm tra tab's styles, shared by its parts (the summary, the findings, the checklist). */
export const useCheckStyles = makeStyles({
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
