import { useRef } from "react";
import { Button } from "@fluentui/react-components";
import { useCheckStyles } from "./checkStyles";

export interface FilePickerProps {
  onFile: (file: File) => void;
  busy: boolean;
}

/** The browser page's way to the document: choose a .docx from disk. */
export default function FilePicker({ onFile, busy }: FilePickerProps) {
  const styles = useCheckStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  return (
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
          if (file) onFile(file);
          e.target.value = "";
        }}
      />
      <Button appearance="primary" disabled={busy} onClick={() => fileInput.current?.click()}>
        Chọn tệp .docx…
      </Button>
    </>
  );
}
