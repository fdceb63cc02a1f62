import { DocxReadError } from "../../src/docx/errors";
import { MAX_XML_DEPTH, deepText, parseXml } from "../../src/docx/xml";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

describe("parseXml: well-formed input", () => {
  it.each([
    ["predefined entities", `<w:t ${W}>a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;</w:t>`, `a <b> & "c" 'd'`],
    ["numeric references", `<w:t ${W}>&#7889;&#x1EC7;</w:t>`, "ốệ"],
    ["CDATA is literal", `<w:t ${W}><![CDATA[<không phải thẻ> &amp;]]></w:t>`, "<không phải thẻ> &amp;"],
    ["comments and PIs are skipped", `<?xml version="1.0"?><!-- c --><w:t ${W}><?pi x?>x<!-- y -->z</w:t>`, "xz"],
    ["whitespace inside w:t is kept", `<w:t ${W}>   </w:t>`, "   "],
    ["BOM is ignored", `\ufeff<w:t ${W}>a</w:t>`, "a"],
  ])("%s", (_name, xml, text) => {
    expect(deepText(parseXml(xml))).toBe(text);
  });

  it("decodes an escaped '<' in an attribute (a picture's description \"a &lt; b\" in a Word file)", () => {
    const el = parseXml(`<w:p ${W} w:descr="Tỷ lệ &lt; 5% &amp; &quot;đạt&quot;"/>`);
    expect(el.attrs["w:descr"]).toBe('Tỷ lệ < 5% & "đạt"');
  });

  it("rewrites any prefix bound to the WordprocessingML namespace to w:", () => {
    const el = parseXml(
      `<ns0:document xmlns:ns0="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><ns0:body><ns0:p ns0:rsidR="1"/></ns0:body></ns0:document>`,
    );
    expect(el.name).toBe("w:document");
    const p = (el.children[0] as { children: { name: string; attrs: Record<string, string> }[] }).children[0]!;
    expect(p.name).toBe("w:p");
    expect(p.attrs["w:rsidR"]).toBe("1");
  });

  it("resolves a default namespace and keeps unknown namespaces explicit", () => {
    const el = parseXml(
      `<document xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:y xmlns:x="urn:other"/></document>`,
    );
    expect(el.name).toBe("w:document");
    expect((el.children[0] as { name: string }).name).toBe("{urn:other}y");
  });

  it("a prefix bound again inside an element means the new namespace there only, before and after it the old one", () => {
    // the parser resolves each raw name once while the bindings in scope stay the same: a redeclaration must not
    // leak out of its element (self-closing or not), nor an earlier resolution into it
    const el = parseXml(
      `<w:document ${W}><w:p w:a="1"/><x xmlns:w="urn:other"><w:p w:a="2"/></x><w:p w:a="3"/>` +
        `<w:r xmlns:w="urn:third" w:a="4"/><w:p w:a="5"/></w:document>`,
    );
    type El = { name: string; attrs: Record<string, string>; children: El[] };
    const kids = (el as unknown as El).children;
    expect(kids.map((k) => k.name)).toEqual(["w:p", "x", "w:p", "{urn:third}r", "w:p"]);
    expect(kids[1]!.children[0]!.name).toBe("{urn:other}p");
    expect(kids[1]!.children[0]!.attrs).toEqual({ "{urn:other}a": "2" });
    expect(kids[3]!.attrs).toEqual({ "{urn:third}a": "4" });
    expect(kids.filter((k) => k.name === "w:p").map((k) => k.attrs["w:a"])).toEqual(["1", "3", "5"]);
  });

  it("leaves out Word's revision and paragraph ids when asked (the reader does), and only those", () => {
    const W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"';
    const xml =
      `<w:p ${W} ${W14} w14:paraId="41762D08" w14:textId="77777777" w:rsidR="003455A5" w:rsidRDefault="003455A5"` +
      ` w:rsidP="00424FE2" w:rsidRPr="00BC60A8"><w:r w:rsidRPr="00F72183"><w:t xml:space="preserve">Kế hoạch </w:t></w:r>` +
      `<w:bookmarkStart w:id="0" w:name="muc_1"/><w:sectPr w:rsidR="1" w:rsidSect="00D5"><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:p>`;
    type El = { name: string; attrs: Record<string, string>; children: (El | string)[] };
    const all = (el: El): El[] => [el, ...el.children.flatMap((c) => (typeof c === "string" ? [] : all(c)))];
    const kept = all(parseXml(xml, "word/document.xml", { skipRevisionIds: true }) as unknown as El);
    // w:p, w:r, w:t, w:bookmarkStart, w:sectPr, w:pgSz
    expect(kept.map((e) => Object.keys(e.attrs))).toEqual([
      [],
      [],
      ["xml:space"],
      ["w:id", "w:name"],
      [],
      ["w:w", "w:h"],
    ]);
    expect(deepText(parseXml(xml, "word/document.xml", { skipRevisionIds: true }))).toBe("Kế hoạch ");
    const full = all(parseXml(xml) as unknown as El);
    expect(Object.keys(full[0]!.attrs)).toHaveLength(6);
    expect(full[4]!.attrs).toEqual({ "w:rsidR": "1", "w:rsidSect": "00D5" });
  });

  it("refuses a malformed revision id as any malformed value, even when told to leave revision ids out", () => {
    for (const value of ["a<b", "&nope;"]) {
      expect(() => parseXml(`<w:p ${W} w:rsidR="${value}"/>`, "word/document.xml", { skipRevisionIds: true })).toThrow(
        DocxReadError,
      );
    }
  });

  it("drops whitespace-only text between elements", () => {
    const el = parseXml(`<w:p ${W}>\n  <w:r/>\n</w:p>`);
    expect(el.children).toHaveLength(1);
  });
});

describe("parseXml: hostile or broken input is refused with a DocxReadError", () => {
  const bomb =
    `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>` +
    `<w:t ${W}>&lol2;</w:t>`;
  const xxe = `<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:t ${W}>&xxe;</w:t>`;
  it.each([
    ["entity expansion (billion laughs)", bomb, "dtd-forbidden"],
    ["external entity (XXE)", xxe, "dtd-forbidden"],
    ["a bare DOCTYPE", `<!DOCTYPE html><html/>`, "dtd-forbidden"],
    ["an undeclared entity", `<w:t ${W}>&nbsp;</w:t>`, "bad-xml"],
    ["mismatched end tag", `<w:p ${W}><w:r></w:p></w:r>`, "bad-xml"],
    ["unclosed element (truncated part)", `<w:document ${W}><w:body><w:p>`, "bad-xml"],
    ["unquoted attribute", `<w:p ${W} w:x=1/>`, "bad-xml"],
    ["a literal '<' in an attribute", `<w:p ${W} w:x="a<b"/>`, "bad-xml"],
    ["two roots", `<a/><b/>`, "bad-xml"],
    ["text outside the root", `junk<a/>`, "bad-xml"],
    ["empty part", ``, "bad-xml"],
    ["stray ampersand", `<a>fish & chips</a>`, "bad-xml"],
    ["nesting deeper than the limit", "<a>".repeat(MAX_XML_DEPTH + 1) + "</a>".repeat(MAX_XML_DEPTH + 1), "bad-xml"],
  ])("%s", (_name, xml, code) => {
    let err: unknown;
    try {
      parseXml(xml, "word/document.xml");
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DocxReadError);
    expect((err as DocxReadError).code).toBe(code);
    expect((err as DocxReadError).part).toBe("word/document.xml");
    expect((err as DocxReadError).message).toMatch(/\//); // bilingual "Vietnamese / English"
  });

  it("does not expand entities even when the DOCTYPE comes late", () => {
    expect(() => parseXml(`<a><!DOCTYPE x></a>`)).toThrow(DocxReadError);
  });
});

describe("parseXml with source offsets", () => {
  it("records start, end of start tag and end of every element; none without the option", () => {
    const src = `<?xml version="1.0"?>\n<w:document xmlns:w="urn:x"><w:p a="1"><w:r><w:t xml:space="preserve"> a &amp; b</w:t></w:r><w:r/></w:p></w:document>`;
    const root = parseXml(src, "t", { offsets: true });
    const p = root.children[0] as ReturnType<typeof parseXml>;
    expect(src.slice(p.start, p.end)).toBe(
      `<w:p a="1"><w:r><w:t xml:space="preserve"> a &amp; b</w:t></w:r><w:r/></w:p>`,
    );
    expect(src.slice(p.start, p.openEnd)).toBe(`<w:p a="1">`);
    const selfClosing = p.children[1] as ReturnType<typeof parseXml>;
    expect(src.slice(selfClosing.start, selfClosing.end)).toBe("<w:r/>");
    expect(selfClosing.openEnd).toBe(selfClosing.end);
    expect(parseXml(src).start).toBeUndefined();
  });
});
