import { useState } from "react";
import {
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
  type SelectTabData,
  type SelectTabEvent,
} from "@fluentui/react-components";

export const APP_TITLE = "Kết luận – Trợ lý soạn thảo";

export type TabId = "compose" | "check" | "settings";

interface TabSpec {
  id: TabId;
  label: string;
  /** What the tab will do; the full UI comes in a later issue. */
  description: string;
}

export const TABS: readonly TabSpec[] = [
  {
    id: "compose",
    label: "Soạn thảo",
    description:
      "Điền thông tin văn bản một lần (loại văn bản, cơ quan ban hành, số, ngày, người ký, Kết luận được thực hiện) " +
      "rồi chèn khung văn bản hoàn chỉnh, hoặc chèn từng mục chuẩn tại vị trí con trỏ.",
  },
  {
    id: "check",
    label: "Kiểm tra",
    description:
      "Kiểm tra thể thức, nơi nhận, trích dẫn và câu chữ của văn bản, rồi đối chiếu văn bản với từng nhiệm vụ " +
      "của Kết luận: đã đáp ứng, đáp ứng một phần hay còn thiếu.",
  },
  {
    id: "settings",
    label: "Thiết lập",
    description:
      "Chọn hồ sơ thể thức, bật hoặc tắt từng quy tắc kiểm tra và chọn văn bản chỉ đạo làm nguồn; " +
      "thiết lập được lưu ngay trong tài liệu.",
  },
];

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    boxSizing: "border-box",
    minWidth: "0",
    maxWidth: "100%",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
  header: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    minWidth: "0",
  },
  logo: {
    flexShrink: 0,
    width: "32px",
    height: "32px",
  },
  title: {
    margin: "0",
    minWidth: "0",
    overflowWrap: "anywhere",
  },
  tabs: {
    // three short Vietnamese labels fit in a 320 px pane; wrap rather than overflow if the pane is narrower
    flexWrap: "wrap",
  },
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    overflowWrap: "anywhere",
  },
  paragraph: {
    margin: "0",
  },
  soon: {
    margin: "0",
    color: tokens.colorNeutralForeground3,
  },
});

export interface AppProps {
  /** true when running inside Word; false for the browser page (the default, and what tests see). */
  inWord?: boolean;
}

export default function App({ inWord = false }: AppProps) {
  const styles = useStyles();
  const [selected, setSelected] = useState<TabId>("compose");

  const onTabSelect = (_event: SelectTabEvent, data: SelectTabData) => {
    setSelected(data.value as TabId);
  };

  return (
    <main className={styles.root} aria-label={APP_TITLE}>
      <header className={styles.header}>
        <img className={styles.logo} src="assets/icon-32.png" alt="" />
        <Subtitle2 as="h1" className={styles.title}>
          {APP_TITLE}
        </Subtitle2>
      </header>

      {!inWord && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Đang chạy ngoài Word:</MessageBarTitle>
            đây là trang web độc lập của trợ lý. Các chức năng sẽ làm việc với tệp .docx bạn chọn từ máy (không gửi đi
            đâu) thay vì tài liệu đang mở trong Word.
          </MessageBarBody>
        </MessageBar>
      )}

      <TabList
        className={styles.tabs}
        selectedValue={selected}
        onTabSelect={onTabSelect}
        aria-label="Chức năng của trợ lý soạn thảo"
      >
        {TABS.map((tab) => (
          <Tab key={tab.id} id={`tab-${tab.id}`} value={tab.id} aria-controls={`panel-${tab.id}`}>
            {tab.label}
          </Tab>
        ))}
      </TabList>

      {TABS.map((tab) => (
        <section
          key={tab.id}
          id={`panel-${tab.id}`}
          role="tabpanel"
          aria-labelledby={`tab-${tab.id}`}
          hidden={selected !== tab.id}
          tabIndex={0}
          // the flex class only on the visible panel: a `display` style would override the `hidden` attribute
          className={selected === tab.id ? styles.panel : undefined}
        >
          <Text as="p" block className={styles.paragraph}>
            {tab.description}
          </Text>
          <Caption1 as="p" className={styles.soon}>
            Chức năng này đang được xây dựng.
          </Caption1>
        </section>
      ))}
    </main>
  );
}
