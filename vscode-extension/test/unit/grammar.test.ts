// What the grammars must get right, asserted on the snapshot corpus
// (test/grammar/) with vscode-textmate and Oniguruma, VS Code's own
// tokenizer, and VS Code's grammars for the embedded languages (from the
// tm-grammars package). The .snap files pin every token; these tests say
// which of them matter and why.

import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { before, describe, test } from "node:test";
import * as oniguruma from "vscode-oniguruma";
import * as textmate from "vscode-textmate";
import { root } from "./helpers";

const embedded = path.dirname(require.resolve("tm-grammars/grammars/python.json"));
const grammarFiles: Record<string, string> = {
  "text.html.jpy": path.join(root, "dist/syntaxes/hyperflask.tmLanguage.json"),
  "text.html.jinja.hyperflask": path.join(root, "dist/syntaxes/hyperflask-html.tmLanguage.json"),
  "source.python": path.join(embedded, "python.json"),
  "text.html.basic": path.join(embedded, "html.json"),
  "text.html.derivative": path.join(embedded, "html-derivative.json"),
  "source.css": path.join(embedded, "css.json"),
  "source.js": path.join(embedded, "javascript.json"),
  "source.yaml": path.join(embedded, "yaml.json"),
};

let registry: textmate.Registry;
before(async () => {
  const wasm = fs.readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm"));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scope: string) => {
      const file = grammarFiles[scope];
      return file ? textmate.parseRawGrammar(fs.readFileSync(file, "utf8"), file) : null;
    },
  });
});

/** A tokenized file: the scopes at the n-th occurrence of a text. */
class Tokens {
  private readonly lines: { text: string; tokens: textmate.IToken[] }[] = [];
  constructor(grammar: textmate.IGrammar, text: string) {
    let state = textmate.INITIAL;
    for (const line of text.split("\n")) {
      const r = grammar.tokenizeLine(line, state);
      state = r.ruleStack;
      this.lines.push({ text: line, tokens: r.tokens });
    }
  }
  /** The scopes of the character at `at` chars into the n-th occurrence of needle. */
  at(needle: string, n = 0, at = 0): string[] {
    let seen = 0;
    for (const { text, tokens } of this.lines) {
      for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
        if (seen++ === n) {
          const col = i + at;
          const t = tokens.find((tok) => tok.startIndex <= col && col < tok.endIndex);
          assert.ok(t, `no token at ${JSON.stringify(needle)}`);
          return t.scopes;
        }
      }
    }
    throw new Error(`${JSON.stringify(needle)} occurs ${seen} times, not ${n + 1}`);
  }
}

async function corpus(rel: string, scope = "text.html.jpy"): Promise<Tokens> {
  const grammar = await registry.loadGrammar(scope);
  assert.ok(grammar, scope);
  return new Tokens(grammar, fs.readFileSync(path.join(root, "test/grammar", rel), "utf8"));
}

const has = (scopes: string[], prefix: string) => scopes.some((s) => s === prefix || s.startsWith(prefix + "."));
function assertHas(scopes: string[], ...prefixes: string[]) {
  for (const p of prefixes) {
    assert.ok(has(scopes, p), `expected ${p} in ${scopes.join(" ")}`);
  }
}
function assertLacks(scopes: string[], ...prefixes: string[]) {
  for (const p of prefixes) {
    assert.ok(!has(scopes, p), `did not expect ${p} in ${scopes.join(" ")}`);
  }
}

describe("frontmatter", () => {
  test("the Python between the fences is source.python, the rest the template", async () => {
    const t = await corpus("jpy/page.jpy");
    assertHas(t.at("---", 0), "punctuation.definition.frontmatter.begin");
    assertHas(t.at("import"), "meta.embedded.block.python", "keyword.control.import.python");
    assertHas(t.at("def post"), "meta.embedded.block.python", "storage.type.function.python");
    assertHas(t.at("---", 1), "punctuation.definition.frontmatter.end");
    assertLacks(t.at("extends"), "meta.frontmatter");
    assertHas(t.at("extends"), "keyword.control.jinja");
  });

  test("a --- line inside a Python string does not close it (as hfc's split)", async () => {
    const t = await corpus("jpy/fence-in-string.jpy");
    const inString = t.at("---", 1);
    assertHas(inString, "meta.frontmatter", "string.quoted.multi.python");
    assertLacks(inString, "punctuation.definition.frontmatter.end");
    assertHas(t.at("so the frontmatter goes on"), "meta.embedded.block.python");
    assertHas(t.at("'---'", 0, 1), "string.quoted.single.python");
    assertHas(t.at("<pre>"), "meta.tag");
    assertLacks(t.at("<pre>"), "meta.frontmatter");
    // A later --- line is template text.
    assertLacks(t.at("---", 4), "meta.frontmatter", "punctuation.definition.frontmatter");
  });

  test("fences may have trailing blanks; an empty frontmatter closes", async () => {
    const blanks = await corpus("jpy/fences-with-blanks.jpy");
    assertHas(blanks.at("page.ok"), "meta.embedded.block.python");
    assertHas(blanks.at("{{ ok }}"), "meta.template.expression.jinja");
    assertLacks(blanks.at("{{ ok }}"), "meta.frontmatter");
    const empty = await corpus("jpy/empty-frontmatter.jpy");
    assertHas(empty.at("---", 1), "punctuation.definition.frontmatter.end");
    assertHas(empty.at("{{ nothing }}"), "meta.template.expression.jinja");
  });

  test("without an opening fence there is no frontmatter; unclosed, it runs to the end", async () => {
    const none = await corpus("jpy/no-frontmatter.jpy");
    assertLacks(none.at("---"), "meta.frontmatter");
    assertHas(none.at("{{ title }}"), "meta.template.expression.jinja");
    const open = await corpus("jpy/unclosed-frontmatter.jpy");
    assertHas(open.at("<h1>"), "meta.frontmatter", "meta.embedded.block.python");
    assertLacks(open.at("{{ title }}"), "meta.template");
  });

  test("Jinja HTML files have a YAML frontmatter, where Jinja is not read", async () => {
    const t = await corpus("html/about.html", "text.html.jinja.hyperflask");
    assertHas(t.at("title:"), "meta.embedded.block.yaml", "entity.name.tag.yaml");
    assertLacks(t.at("{{ this }}"), "meta.template");
    assertHas(t.at("{{ title }}"), "meta.template.expression.jinja");
    assertHas(t.at("Alert"), "entity.name.tag.component.hyperflask");
  });
});

describe("component tags", () => {
  test("open, inline and close tags; dashed attribute names; values are Jinja", async () => {
    const t = await corpus("jpy/components.jpy");
    assertHas(t.at("<{Card", 0, 2), "meta.tag.component", "entity.name.tag.component.hyperflask");
    assertHas(t.at('"plus"}/>', 0, 6), "punctuation.definition.tag.end.hyperflask");
    assertHas(t.at("hx-on--after-request"), "entity.other.attribute-name.hyperflask");
    assertHas(t.at("url_for('TodoItemForm'"), "entity.name.function.jinja");
    assertHas(t.at("id=x.id"), "variable.parameter.jinja");
    assertHas(t.at("True}>"), "constant.language.jinja");
    assertHas(t.at("**kwargs"), "keyword.operator.unpacking.hyperflask");
    assertHas(t.at("</{ panel }>", 0, 4), "entity.name.tag.component.hyperflask");
    assertHas(t.at("</{}>"), "punctuation.definition.tag.begin.hyperflask");
  });

  test("a tag spans lines; a dict's }} does not close it", async () => {
    const t = await corpus("jpy/components.jpy");
    assertHas(t.at("action=url_for"), "meta.tag.component", "entity.other.attribute-name.hyperflask");
    assertHas(t.at('class="stack"}>', 0, 14), "punctuation.definition.tag.end.hyperflask");
    assertHas(t.at('{"n": 1}} *args', 0, 8), "punctuation.section.braces.end.jinja");
    assertHas(t.at("*args"), "meta.tag.component");
  });

  test("<{{ is an expression after a <; </{ }> is text (the reference does not read it)", async () => {
    const t = await corpus("jpy/components.jpy");
    assertHas(t.at("not_a_component"), "meta.template.expression.jinja");
    assertLacks(t.at("<{{"), "meta.tag.component");
    assertLacks(t.at("</{ }>"), "meta.tag.component");
  });

  test("<{ inside strings, raw blocks and comments is text", async () => {
    const t = await corpus("jpy/component-in-string.jpy");
    assertHas(t.at("<{Button}/> and </{Button}> are text in a Python"), "string.quoted.single.python");
    assertLacks(t.at("<{Button}/> and </{Button}> are text in a Python"), "meta.tag.component");
    assertHas(t.at("<{Button}/> is text in a Jinja"), "string.quoted.double.jinja");
    assertLacks(t.at("<{Button}/> is text in a Jinja"), "meta.tag.component");
    assertHas(t.at("<{Card title"), "string.quoted.single.jinja");
    assertHas(t.at("<{Button}/> and {{ raw }}"), "meta.template.raw.content.jinja");
    assertLacks(t.at("<{Button}/> and {{ raw }}"), "meta.tag.component");
    assertLacks(t.at("{{ raw }}"), "meta.template.expression");
    assertHas(t.at("<{Button}/> in a comment"), "comment.block.jinja");
    assertLacks(t.at("<{Button}/> in a comment"), "meta.tag.component");
  });

  test("}> and {{ inside an attribute's string neither close the tag nor start Jinja", async () => {
    const t = await corpus("jpy/component-in-string.jpy");
    assertHas(t.at("a }> b", 0, 2), "string.quoted.single.jinja");
    assertHas(t.at("b'}/>", 0, 2), "punctuation.definition.tag.end.hyperflask");
    assertHas(t.at("{{ not_jinja }}"), "string.quoted.single.jinja");
    assertLacks(t.at("{{ not_jinja }}"), "meta.template.expression");
  });
});

describe("Jinja inside HTML, CSS and JavaScript", () => {
  test("{{ }} and {% %} inside attribute values and tags", async () => {
    const t = await corpus("jpy/attributes.jpy");
    assertHas(t.at("url_for('index')"), "string.quoted.double.html", "meta.template.expression.jinja", "entity.name.function.jinja");
    assertHas(t.at("'active'", 0, 1), "meta.attribute.class.html", "string.quoted.single.jinja");
    assertHas(t.at("{% if done %}", 0, 3), "meta.tag.structure.input", "keyword.control.jinja");
    assertHas(t.at("item.id }}'"), "string.quoted.single.html", "meta.template.expression.jinja");
    assertHas(t.at('"b": 1}} | tojson', 0, 7), "punctuation.section.braces.end.jinja");
    assertHas(t.at("tojson"), "support.function.filter.jinja");
    assertHas(t.at("{{ image.url }}", 0, 3), "meta.template.expression.jinja");
    assertHas(t.at("{# no alt #}"), "comment.block.jinja");
  });

  test("in <style> and <script>, with CSS and JavaScript around", async () => {
    const t = await corpus("jpy/style-script.jpy");
    assertHas(t.at("{{ color }}", 0, 3), "source.css", "meta.template.expression.jinja");
    assertHas(t.at("{% if wide %}", 0, 3), "source.css", "keyword.control.jinja");
    assertHas(t.at("max-width"), "source.css", "support.type.property-name.css");
    assertHas(t.at("{{ items | tojson }}", 0, 3), "source.js", "meta.template.expression.jinja");
    assertHas(t.at("url_for('items')"), "string.quoted.double.js", "meta.template.expression.jinja");
    assertHas(t.at("comment_in_js"), "comment.line.double-slash.js", "meta.template.expression.jinja");
    assertHas(t.at("console"), "source.js");
    assertLacks(t.at("<p>after"), "source.js");
  });

  test("whitespace-control markers", async () => {
    const t = await corpus("jpy/whitespace-control.jpy");
    assertHas(t.at("{%- for", 0, 2), "keyword.operator.whitespace-control.jinja");
    assertHas(t.at("items +%}", 0, 6), "keyword.operator.whitespace-control.jinja");
    assertHas(t.at("{{- x -}}", 0, 2), "keyword.operator.whitespace-control.jinja");
    assertHas(t.at("x -}}", 0, 2), "keyword.operator.whitespace-control.jinja");
    assertHas(t.at("{%+ endfor -%}", 0, 2), "keyword.operator.whitespace-control.jinja");
    assertHas(t.at("{#- trimmed", 0, 2), "comment.block.jinja", "keyword.operator.whitespace-control.jinja");
    assertHas(t.at("{% raw -%}", 0, 7), "keyword.operator.whitespace-control.jinja");
    assertLacks(t.at("{{ kept }}"), "meta.template.expression");
  });

  test("tags, names, filters, tests, literals", async () => {
    const t = await corpus("jpy/page.jpy");
    assertHas(t.at("block body %}", 0, 6), "entity.name.section.block.jinja");
    assertHas(t.at("endblock body", 0, 9), "entity.name.section.block.jinja");
    assertHas(t.at("card(title"), "entity.name.function.macro.jinja");
    assertHas(t.at('body="")', 0, 0), "variable.parameter.jinja");
    assertHas(t.at("is not none", 0, 0), "keyword.operator.jinja");
    assertHas(t.at("none %}"), "support.function.test.jinja");
    assertHas(t.at("upper"), "support.function.filter.jinja");
    assertHas(t.at("loop.index"), "variable.language.jinja");
    assertHas(t.at("1_000"), "constant.numeric.jinja");
    assertHas(t.at("0x1F"), "constant.numeric.integer.jinja");
    assertHas(t.at("2.5e3"), "constant.numeric.jinja");
    assertHas(t.at("caller()", 0, 0), "variable.language.jinja");
  });

  test("layouts and components in Jinja HTML", async () => {
    const layout = await corpus("html/default.html", "text.html.jinja.hyperflask");
    assertHas(layout.at("static_url('app.css')"), "string.quoted.double.html", "meta.template.expression.jinja");
    assertHas(layout.at("{% block body %}", 0, 9), "entity.name.section.block.jinja");
    const component = await corpus("html/Greeting.html", "text.html.jinja.hyperflask");
    assertHas(component.at("props.kind"), "meta.attribute.class.html", "meta.template.expression.jinja");
    assertHas(component.at("children()"), "entity.name.function.jinja");
  });
});
