import { useState } from "react";
import {
  Button,
  Caption1,
  Dropdown,
  Field,
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
import ActionMessageBar from "./ActionMessageBar";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  rules: { display: "flex", flexDirection: "column", rowGap: "2px", margin: 0, padding: 0, listStyle: "none" },
});

type ImplementsChoice = "auto" | "yes" | "no";

const IMPLEMENTS_LABELS: Record<ImplementsChoice, string> = {
  auto: "Tự nhận diện (theo trích dẫn)",
  yes: "Có",
  no: "Không",
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
  const disabled = new Set(settings.disabledRules);
  // the legal basis named is the one in force today (the Party's changes on 09/01/2026)
  const profileLabels = profileChoiceLabels(isoDay(new Date()));

  const applySource = () => {
    const choice = mode === "seed" ? SEED_CHOSEN : checkPastedSource(text);
    if (choice.accepted) onChange({ directiveText: mode === "seed" ? undefined : text });
    setSourceMessage(choice);
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

      <Subtitle2 as="h2">Quy tắc kiểm tra</Subtitle2>
      <ul className={styles.rules} aria-label="Quy tắc kiểm tra">
        {RULES.map((r) => (
          <li key={r.meta.id}>
            <Switch
              checked={!disabled.has(r.meta.id)}
              label={`${r.meta.id}: ${r.meta.description}`}
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
