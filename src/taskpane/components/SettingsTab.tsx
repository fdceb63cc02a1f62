import { useRef, useState } from "react";
import {
  Button,
  Caption1,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Radio,
  RadioGroup,
  Subtitle2,
  Switch,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { RULES } from "../../rules";
import { checkPastedSource, SEED_CHOSEN, type SourceChoice } from "../../app/directiveSource";
import { isoDay, profileChoiceLabels } from "../../app/profileChoices";
import type { PaneSettings, ProfileChoice } from "../../app/settings";
import { describeOfficeConfig, importOfficeConfig, storedOfficeConfig } from "../../app/officeConfig";
import ActionMessageBar from "./ActionMessageBar";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  rules: { display: "flex", flexDirection: "column", rowGap: "2px", margin: 0, padding: 0, listStyle: "none" },
  hiddenInput: { display: "none" },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, alignItems: "center" },
});

/** A style sheet that was refused: why, and each wrong key. */
interface ImportError {
  message: string;
  issues: string[];
}

type ImplementsChoice = "auto" | "yes" | "no";

const IMPLEMENTS_LABELS: Record<ImplementsChoice, string> = {
  auto: "Tự nhận diện (theo trích dẫn)",
  yes: "Có",
  no: "Không",
};

/** After a rule's switch: what the office's style sheet does to it. */
const OFFICE_LEVEL_NOTES: Record<"off" | "warning" | "error", string> = {
  off: " (tắt theo quy định của cơ quan)",
  warning: " (hạ thành cảnh báo theo quy định của cơ quan)",
  error: "",
};

const implementsChoice = (v: boolean | undefined): ImplementsChoice => (v === undefined ? "auto" : v ? "yes" : "no");

export interface SettingsTabProps {
  settings: PaneSettings;
  persistent: boolean;
  onChange: (patch: Partial<PaneSettings>) => void;
}

export default function SettingsTab({ settings, persistent, onChange }: SettingsTabProps) {
  const styles = useStyles();
  const [mode, setMode] = useState<"seed" | "text">(settings.directiveText ? "text" : "seed");
  const [text, setText] = useState(settings.directiveText ?? "");
  const [sourceMessage, setSourceMessage] = useState<SourceChoice | undefined>();
  const [importError, setImportError] = useState<ImportError | undefined>();
  const configInput = useRef<HTMLInputElement>(null);
  const office = storedOfficeConfig(settings.officeConfig);
  const disabled = new Set(settings.disabledRules);
  // the legal basis named is the one in force today (the Party's changes on 09/01/2026)
  const profileLabels = profileChoiceLabels(isoDay(new Date()));

  const applySource = () => {
    const choice = mode === "seed" ? SEED_CHOSEN : checkPastedSource(text);
    if (choice.accepted) onChange({ directiveText: mode === "seed" ? undefined : text });
    setSourceMessage(choice);
  };

  const importConfig = async (file: File) => {
    let text: string;
    try {
      text = await file.text();
    } catch {
      setImportError({ message: `Không đọc được tệp ${file.name}. Chưa lưu gì.`, issues: [] });
      return;
    }
    const r = importOfficeConfig(file.name, text);
    if (!r.ok) {
      setImportError({ message: r.message, issues: r.issues });
      return;
    }
    setImportError(undefined);
    onChange({ officeConfig: r.stored });
  };

  return (
    <div className={styles.root}>
      <Caption1>
        {persistent
          ? "Thiết lập được lưu trong tài liệu và đi theo tệp."
          : "Ngoài Word, thiết lập chỉ giữ trong phiên làm việc này."}
      </Caption1>
      <Field label="Hồ sơ thể thức">
        <Dropdown
          value={profileLabels[settings.profile]}
          selectedOptions={[settings.profile]}
          onOptionSelect={(_e, d) => onChange({ profile: (d.optionValue as ProfileChoice) ?? "auto" })}
        >
          {(Object.keys(profileLabels) as ProfileChoice[]).map((k) => (
            <Option key={k} value={k}>
              {profileLabels[k]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field
        label="Văn bản thực hiện Kết luận"
        hint="Chỉ văn bản thực hiện Kết luận mới được đối chiếu nhiệm vụ, nơi nhận bắt buộc và trích dẫn của Kết luận."
      >
        <RadioGroup
          value={implementsChoice(settings.implementsConclusion)}
          onChange={(_e, d) =>
            onChange({ implementsConclusion: d.value === "yes" ? true : d.value === "no" ? false : undefined })
          }
        >
          {(Object.keys(IMPLEMENTS_LABELS) as ImplementsChoice[]).map((k) => (
            <Radio key={k} value={k} label={IMPLEMENTS_LABELS[k]} />
          ))}
        </RadioGroup>
      </Field>

      <Subtitle2 as="h2">Quy định của cơ quan</Subtitle2>
      <Caption1>
        Tệp ketluan.config.json của cơ quan (như lệnh ketluan --config): quy tắc tắt hoặc hạ thành cảnh báo, giá trị thể
        thức, nơi nhận bắt buộc thêm, ký hiệu cơ quan. Khóa «source» của tệp không dùng ở đây: ngăn tác vụ dùng thiết
        lập «Văn bản chỉ đạo làm nguồn» bên dưới.
      </Caption1>
      {settings.officeConfig !== undefined && (
        <Caption1 role="status">
          {office !== undefined
            ? `Đang dùng quy định: ${settings.officeConfig.fileName} (${describeOfficeConfig(office)})`
            : `Quy định đã lưu (${settings.officeConfig.fileName}) không còn hợp lệ với phiên bản này nên không được áp dụng; hãy nhập lại.`}
        </Caption1>
      )}
      <input
        ref={configInput}
        className={styles.hiddenInput}
        type="file"
        accept=".json,application/json"
        aria-label="Chọn tệp quy định của cơ quan (ketluan.config.json)"
        tabIndex={-1}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void importConfig(file);
          e.target.value = "";
        }}
      />
      <div className={styles.row}>
        <Button onClick={() => configInput.current?.click()}>Nhập quy định của cơ quan (ketluan.config.json)</Button>
        {settings.officeConfig !== undefined && (
          <Button
            onClick={() => {
              setImportError(undefined);
              onChange({ officeConfig: undefined });
            }}
          >
            Bỏ quy định
          </Button>
        )}
      </div>
      {importError && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Không nhập được quy định</MessageBarTitle>
            {importError.message}
            {importError.issues.length > 0 && (
              <ul aria-label="Các khóa sai">
                {importError.issues.map((i) => (
                  <li key={i}>{i}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}

      <Subtitle2 as="h2">Quy tắc kiểm tra</Subtitle2>
      <ul className={styles.rules} aria-label="Quy tắc kiểm tra">
        {RULES.map((r) => (
          <li key={r.meta.id}>
            <Switch
              checked={!disabled.has(r.meta.id)}
              label={`${r.meta.id}: ${r.meta.description}${OFFICE_LEVEL_NOTES[office?.rules[r.meta.id] ?? "error"]}`}
              onChange={(_e, d) =>
                onChange({
                  disabledRules: d.checked
                    ? settings.disabledRules.filter((id) => id !== r.meta.id)
                    : [...settings.disabledRules, r.meta.id],
                })
              }
            />
          </li>
        ))}
      </ul>

      <Subtitle2 as="h2">Văn bản chỉ đạo làm nguồn</Subtitle2>
      <RadioGroup
        value={mode}
        onChange={(_e, d) => setMode(d.value === "text" ? "text" : "seed")}
        aria-label="Văn bản chỉ đạo làm nguồn"
      >
        <Radio value="seed" label="Kết luận của Ban Chấp hành Đảng bộ tỉnh (mặc định)" />
        <Radio value="text" label="Dán văn bản khác (Kết luận, Nghị quyết…)" />
      </RadioGroup>
      {mode === "text" && (
        <Field label="Nội dung văn bản chỉ đạo" hint="Các mục đánh số 2.1., 1., a) … được nhận làm nhiệm vụ">
          <Textarea value={text} resize="vertical" rows={8} onChange={(_e, d) => setText(d.value)} />
        </Field>
      )}
      <Button onClick={applySource}>Áp dụng nguồn</Button>
      {sourceMessage && <ActionMessageBar message={sourceMessage} />}
    </div>
  );
}
