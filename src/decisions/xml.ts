/** The decisions part's XML (src/decisions): written, and read back without DTDs. */
import { escXml as esc } from "../docx/package-edit";
import { parseXml, type XmlElement } from "../docx/xml";
import { DECISIONS_NS, noDecisions, type Decisions } from ".";

const attr = (name: string, value: string | undefined): string =>
  value === undefined || value === "" ? "" : ` ${name}="${esc(value)}"`;

/** The custom XML part's text. */
export function decisionsToXml(d: Decisions): string {
  const lines = [
    ...d.ignored.map(
      (x) =>
        `<ignore${attr("rule", x.rule)}${attr("paragraph", x.paragraph)}${attr("excerpt", x.excerpt)}${attr("reason", x.reason)}/>`,
    ),
    ...d.rulesOff.map((r) => `<ruleOff${attr("rule", r)}/>`),
    ...d.notApplicable.map((x) => `<notApplicable${attr("item", x.item)}${attr("reason", x.reason)}/>`),
  ];
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<decisions xmlns="${DECISIONS_NS}">${lines.join("")}</decisions>`;
}

const local = (el: XmlElement): string => el.name.replace(`{${DECISIONS_NS}}`, "");

/** Whether a custom XML part's root is ours. */
export const isDecisionsRoot = (root: XmlElement): boolean => root.name === `{${DECISIONS_NS}}decisions`;

/** The decisions of a custom XML part's text (parsed without DTDs); elements it does not know are skipped. */
export function decisionsFromXml(xml: string, part = "decisions"): Decisions {
  const root = parseXml(xml, part);
  const d = noDecisions();
  if (!isDecisionsRoot(root)) return d;
  for (const el of root.children) {
    if (typeof el === "string") continue;
    const a = el.attrs;
    const reason = a["reason"] !== undefined && a["reason"] !== "" ? { reason: a["reason"].normalize("NFC") } : {};
    switch (local(el)) {
      case "ignore":
        if (a["rule"] !== undefined)
          d.ignored.push({
            rule: a["rule"],
            paragraph: a["paragraph"] ?? "",
            excerpt: (a["excerpt"] ?? "").normalize("NFC"),
            ...reason,
          });
        break;
      case "ruleOff":
        if (a["rule"] !== undefined && !d.rulesOff.includes(a["rule"])) d.rulesOff.push(a["rule"]);
        break;
      case "notApplicable":
        if (a["item"] !== undefined) d.notApplicable.push({ item: a["item"], ...reason });
        break;
    }
  }
  return d;
}
