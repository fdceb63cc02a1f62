import { useMemo, useState } from "react";
import {
  Button,
  Caption1,
  Combobox,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { draftFileName, validateParticulars, withDefaults } from "../../app/draftForm";
import type { StoredOfficeConfig } from "../../app/officeConfig";
import { storedIssuerCodes, withOfficeIssuerCode } from "../../app/officeIssuerCodes";
import { DRAFT_TYPE_NAMES, PROFILE_NAMES } from "../../app/profileNames";
import type { DirectiveSource } from "../../directives/types";
import { clauseLibrary } from "../../templates/clauses";
import { ParticularsError, type Particulars } from "../../templates/particulars";
import { ISSUER_SUGGESTIONS } from "../data/issuers";
import type { DocumentHost } from "../documentHost";
import type { DraftService } from "../drafts";
import ActionMessageBar from "./ActionMessageBar";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  half: { flex: "1 1 130px", minWidth: "0" },
  // Fluent's Dropdown is 250 px at least: in a 320–360 px pane it would run past the right edge
  dropdown: { minWidth: "0", width: "100%" },
  gallery: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: "4px" },
  clause: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  clauseTitle: { flex: "1 1 auto", minWidth: "0", overflowWrap: "anywhere" },
});

type FormState = Partial<Particulars>;

export interface ComposeTabProps {
  documentHost: DocumentHost;
  drafts: DraftService;
  /** The directive source once parsed (after the first paint); the gallery waits for it. */
  source: DirectiveSource | undefined;
  /** The source now (parsing it if needed), for actions. */
  getSource: () => DirectiveSource;
  particulars: FormState;
  onChange: (p: FormState) => void;
  /** The office's style sheet (Thiết lập): its issuer codes fill an empty issuer code. */
  officeConfig?: StoredOfficeConfig | undefined;
}

const TEXT_FIELDS: { key: keyof Particulars; label: string; placeholder?: string; type?: "date" }[] = [
  { key: "superior", label: "Cơ quan cấp trên", placeholder: "ĐẢNG BỘ TỈNH BẮC GIANG" },
  { key: "place", label: "Địa danh", placeholder: "Lục Nam" },
  { key: "number", label: "Số văn bản (để trống nếu chưa có số)", placeholder: "85" },
  { key: "date", label: "Ngày ban hành", type: "date" },
  { key: "signerAuthority", label: "Thẩm quyền ký", placeholder: "T/M BAN THƯỜNG VỤ" },
  { key: "signerPosition", label: "Chức vụ người ký", placeholder: "BÍ THƯ" },
  { key: "signerName", label: "Họ tên người ký", placeholder: "Nguyễn Văn An" },
  { key: "conclusionNumber", label: "Số hiệu Kết luận", placeholder: "125-KL/TU" },
  { key: "conclusionDate", label: "Ngày của Kết luận", type: "date" },
];

export default function ComposeTab({
  documentHost,
  drafts,
  source,
  getSource,
  particulars: stored,
  onChange,
  officeConfig,
}: ComposeTabProps) {
  const styles = useStyles();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<string | undefined>(undefined);
  const [message, setMessage] = useState<{ intent: "success" | "error"; text: string } | undefined>(undefined);
  const issuerCodes = useMemo(() => storedIssuerCodes(officeConfig), [officeConfig]);
  // what the draft uses: the form, with the office's issuer code where the form has none (not stored in the form)
  const particulars = withOfficeIssuerCode(stored, issuerCodes);
  const p = withDefaults(particulars);
  const items = source?.items.map((i) => i.number) ?? [];
  const clauses = useMemo(
    () =>
      source === undefined
        ? undefined
        : clauseLibrary(source).filter((c) => c.profiles.includes(p.profile) && c.types.includes(p.type)),
    [source, p.profile, p.type],
  );
  const suggestions = ISSUER_SUGGESTIONS.filter((s) => s.profile === p.profile);
  const set = (patch: FormState) => onChange({ ...stored, ...patch });

  const run = async (label: string, work: () => Promise<string>) => {
    setBusy(label);
    setMessage(undefined);
    try {
      setMessage({ intent: "success", text: await work() });
    } catch (e) {
      if (e instanceof ParticularsError) setErrors(validateParticulars(particulars, items));
      setMessage({ intent: "error", text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(undefined);
    }
  };

  const createDraft = () => {
    const problems = validateParticulars(particulars, items);
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      setMessage({ intent: "error", text: "Hãy bổ sung các thông tin được đánh dấu rồi bấm lại «Tạo văn bản»." });
      return;
    }
    void run("draft", async () =>
      documentHost.deliverDraft(await drafts.renderDraft(p, getSource()), draftFileName(p)),
    );
  };

  const insertClause = (id: string, title: string) =>
    run(id, async () => {
      const r = await drafts.renderClause(id, p, getSource());
      if (documentHost.insertClause) {
        await documentHost.insertClause(r.flatOpc);
        return `Đã chèn «${title}» tại vị trí con trỏ.`;
      }
      return documentHost.deliverDraft(r.docx, `${id}.docx`);
    });

  return (
    <div className={styles.form}>
      <Subtitle2 as="h2">Thông tin văn bản</Subtitle2>
      <div className={styles.row}>
        <Field label="Hệ văn bản" className={styles.half}>
          <Dropdown
            className={styles.dropdown}
            value={PROFILE_NAMES[p.profile]}
            selectedOptions={[p.profile]}
            onOptionSelect={(_e, d) => set({ profile: d.optionValue === "state" ? "state" : "party" })}
          >
            <Option value="party">{PROFILE_NAMES.party}</Option>
            <Option value="state">{PROFILE_NAMES.state}</Option>
          </Dropdown>
        </Field>
        <Field label="Loại văn bản" className={styles.half}>
          <Dropdown
            className={styles.dropdown}
            value={DRAFT_TYPE_NAMES[p.type]}
            selectedOptions={[p.type]}
            onOptionSelect={(_e, d) => set({ type: d.optionValue === "report" ? "report" : "plan" })}
          >
            <Option value="plan">{DRAFT_TYPE_NAMES.plan}</Option>
            <Option value="report">{DRAFT_TYPE_NAMES.report}</Option>
          </Dropdown>
        </Field>
      </div>
      <Field
        label="Cơ quan ban hành"
        required
        validationMessage={errors.issuer}
        hint="Chọn gợi ý hoặc gõ tên cơ quan (chữ in hoa)"
      >
        <Combobox
          freeform
          value={particulars.issuer ?? ""}
          placeholder="HUYỆN ỦY LỤC NAM"
          onChange={(e) => set({ issuer: e.target.value })}
          onOptionSelect={(_e, d) => {
            const s = suggestions.find((x) => x.issuer === d.optionValue);
            if (s)
              set({
                issuer: s.issuer,
                superior: particulars.superior || s.superior,
                place: particulars.place || s.place,
              });
          }}
        >
          {suggestions.map((s) => (
            <Option key={s.issuer} value={s.issuer}>
              {s.issuer}
            </Option>
          ))}
        </Combobox>
      </Field>
      {TEXT_FIELDS.map((f) => (
        <Field
          key={f.key}
          label={f.label}
          validationMessage={errors[f.key]}
          required={f.key === "place" || (f.key === "superior" && p.profile === "party")}
        >
          <Input
            type={f.type ?? "text"}
            value={(particulars[f.key] as string | undefined) ?? ""}
            placeholder={f.placeholder}
            onChange={(_e, d) => set({ [f.key]: d.value })}
          />
        </Field>
      ))}
      {errors._ && (
        <MessageBar intent="error">
          <MessageBarBody>{errors._}</MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" onClick={createDraft} disabled={busy !== undefined}>
        {documentHost.kind === "word" ? "Tạo văn bản" : "Tạo văn bản (tải về .docx)"}
      </Button>
      {busy !== undefined && <Spinner size="tiny" label="Đang tạo…" />}
      {message && <ActionMessageBar message={message} />}

      <Subtitle2 as="h2">Thư viện đoạn mẫu</Subtitle2>
      <Caption1>
        {documentHost.insertClause
          ? "Chèn một mục chuẩn tại vị trí con trỏ, theo thể thức của hồ sơ đã chọn."
          : "Tải về một mục chuẩn dưới dạng tệp .docx."}
      </Caption1>
      {clauses === undefined && <Spinner size="tiny" label="Đang nạp thư viện đoạn mẫu…" />}
      <ul className={styles.gallery} aria-label="Thư viện đoạn mẫu">
        {(clauses ?? []).map((c) => (
          <li key={c.id} className={styles.clause}>
            <Text className={styles.clauseTitle}>{c.title}</Text>
            <Button
              size="small"
              disabled={busy !== undefined}
              aria-label={`${documentHost.insertClause ? "Chèn" : "Tải về"}: ${c.title}`}
              onClick={() => void insertClause(c.id, c.title)}
            >
              {documentHost.insertClause ? "Chèn" : "Tải về"}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
