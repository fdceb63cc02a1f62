import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ActionMessage } from "../../app/actions";

/**
 * The outcome of the last action (fix, insert, go to; create a draft; apply a directive source): an error is an alert,
 * anything else a status.
 */
export default function ActionMessageBar({ message }: { message: ActionMessage }) {
  return (
    <MessageBar intent={message.intent} role={message.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>{message.text}</MessageBarBody>
    </MessageBar>
  );
}
