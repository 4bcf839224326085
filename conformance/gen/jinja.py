#!/usr/bin/python3
"""Writes the Jinja conformance cases of conformance/jinja/ with Jinja2 3.1's results.

The inputs of every case are the Python data below (CASES, grouped by feature);
the expected output or error of each case is whatever Jinja2 3.1.2 (Debian's
/usr/bin/python3, CPython 3.11) produces for it. Nothing in the .txtar files is
written by hand.

    /usr/bin/python3 conformance/gen/jinja.py            # (re)write every case
    /usr/bin/python3 conformance/gen/jinja.py --check    # compare, don't write
    /usr/bin/python3 conformance/gen/jinja.py --hashseed-check
                      # render every case under three PYTHONHASHSEEDs and fail
                      # on any difference (cases must not depend on hash order)

Case file format (see ../README.md): one txtar archive per case,
jinja/<group>/<name>.txtar, with the sections

    main.html | main.txt   the template that is rendered
    templates/NAME         other templates, loadable as NAME
    context.json           the render context (JSON; objects keep key order)
    options.json           environment options
    source                 "Jinja2 3.1.2"
    output | error         the expected result; error = "Class\\nmessage\\n"

Because txtar adds a newline to a section that lacks one, the archive's
comment lists the sections whose content does not end with a newline
("noeol: a b"): a reader drops that one added newline.
"""
import json
import os
import re
import subprocess
import sys

import casefile as cf  # noqa: E402 - re-executes with /usr/bin/python3

import random  # noqa: E402

import jinja2  # noqa: E402
import jinja2.sandbox  # noqa: E402

assert jinja2.__version__ == "3.1.2", jinja2.__version__

SOURCE = "Jinja2 3.1.2"
OWNER = "written by gen/jinja.py"

# ---------------------------------------------------------------------------
# Case builder

CASES = []
_GROUP = [None]


def group(name):
    _GROUP[0] = name


def case(name, template, context=None, *, templates=None, main="main.html",
         autoescape=False, undefined="default", trim_blocks=False,
         lstrip_blocks=False, keep_trailing_newline=False, extensions=(),
         sandbox=False, note=None):
    """One case: `template` is rendered as `main` with `context`."""
    g = _GROUP[0]
    assert re.fullmatch(r"[a-z0-9_]+", name), name
    assert all(c["group"] != g or c["name"] != name for c in CASES), (g, name)
    CASES.append(dict(
        group=g, name=name, template=template, context=context or {},
        templates=templates or {}, main=main, note=note,
        options=dict(autoescape=autoescape, undefined=undefined,
                     trim_blocks=trim_blocks, lstrip_blocks=lstrip_blocks,
                     keep_trailing_newline=keep_trailing_newline,
                     extensions=list(extensions), sandbox=sandbox)))


def each(prefix, items, **kw):
    """Many one-template cases: items = [(suffix, template[, context])]."""
    for it in items:
        suffix, tpl = it[0], it[1]
        ctx = it[2] if len(it) > 2 else None
        case(prefix + "_" + suffix if prefix else suffix, tpl, ctx, **kw)


# ---------------------------------------------------------------------------
# Rendering with Jinja2

UNDEFINED = {
    "default": jinja2.Undefined,
    "strict": jinja2.StrictUndefined,
    "chainable": jinja2.ChainableUndefined,
    "debug": jinja2.DebugUndefined,
}
EXTENSIONS = {"do": "jinja2.ext.do", "loopcontrols": "jinja2.ext.loopcontrols"}


def render(c):
    o = c["options"]
    files = dict(c["templates"])
    files[c["main"]] = c["template"]
    ae = o["autoescape"]
    if ae == "select":
        ae = jinja2.select_autoescape()
    cls = jinja2.sandbox.SandboxedEnvironment if o["sandbox"] else jinja2.Environment
    env = cls(loader=jinja2.DictLoader(files), autoescape=ae,
              undefined=UNDEFINED[o["undefined"]],
              trim_blocks=o["trim_blocks"], lstrip_blocks=o["lstrip_blocks"],
              keep_trailing_newline=o["keep_trailing_newline"],
              extensions=[EXTENSIONS[e] for e in o["extensions"]])
    # the context the Go side sees is the JSON text: render from the same text
    ctx = json.loads(context_json(c))
    random.seed(0)
    try:
        out = env.get_template(c["main"]).render(ctx)
    except Exception as e:  # the expected result is this error
        msg = e.message if isinstance(e, jinja2.TemplateError) and e.message is not None else str(e)
        if isinstance(e, jinja2.TemplateSyntaxError):
            c["error_at"] = "%s line %s" % (e.name, e.lineno)
        return "error", "%s\n%s\n" % (type(e).__name__, msg)
    return "output", out


def context_json(c):
    return json.dumps(c["context"], ensure_ascii=False)


def options_json(c):
    return json.dumps(c["options"])


def case_file(c):
    kind, result = render(c)
    comment = ["Jinja2 3.1.2 conformance case %s/%s, %s: do not edit." % (
        c["group"], c["name"], OWNER)]
    if c["note"]:
        comment.append("note: " + c["note"])
    if kind == "error" and c.get("error_at"):
        comment.append("jinja error location: " + c["error_at"])
    sections = [(c["main"], c["template"])]
    for name in sorted(c["templates"]):
        sections.append(("templates/" + name, c["templates"][name]))
    sections.append(("context.json", context_json(c) + "\n"))
    sections.append(("options.json", options_json(c) + "\n"))
    sections.append(("source", SOURCE + "\n"))
    sections.append((kind, result))
    return kind, cf.format_case(comment, sections)


def all_files():
    files = {}
    for c in CASES:
        kind, text = case_file(c)
        files["jinja/%s/%s.txtar" % (c["group"], c["name"])] = (kind, text)
    return files


def main(argv):
    check = "--check" in argv
    if "--dump" in argv:  # child mode of --hashseed-check
        json.dump({k: v[1] for k, v in all_files().items()}, sys.stdout)
        return 0
    files = all_files()
    if "--hashseed-check" in argv:
        rc = 0
        for seed in ("1", "4242", "987654"):
            env = dict(os.environ, PYTHONHASHSEED=seed)
            r = subprocess.run([sys.executable, os.path.abspath(__file__), "--dump"],
                               env=env, capture_output=True, text=True, check=True)
            other = json.loads(r.stdout)
            for k, (_, text) in files.items():
                if other.get(k) != text:
                    print("NONDETERMINISTIC (PYTHONHASHSEED=%s): %s" % (seed, k))
                    rc = 1
        print("%d cases checked under 3 hash seeds" % len(files))
        return rc
    w = cf.Writer(check)
    for rel, (kind, text) in sorted(files.items()):
        w.put(os.path.join(cf.SUITE, rel), text)
    w.prune(lambda path, comment: cf.rel(path).startswith("jinja/") and any(OWNER in line for line in comment))
    rc = 1 if w.bad else 0
    counts = {}
    errors = 0
    for c in CASES:
        counts[c["group"]] = counts.get(c["group"], 0) + 1
    for kind, _ in files.values():
        errors += kind == "error"
    if "--summary" in argv:
        for g, n in counts.items():
            print("%-14s %d" % (g, n))
    print("%d cases (%d expect an error) in %d groups" % (len(files), errors, len(counts)))
    return rc


# ---------------------------------------------------------------------------
# The cases. Groups are folders; names are file names.

# --- syntax: delimiters, comments, raw, literals, newlines -------------------
group("syntax")
each("", [
    ("text_only", "Hello, world!\n"),
    ("text_two_trailing_newlines", "Hello\n\n"),
    ("text_no_trailing_newline", "Hello"),
    ("empty_template", ""),
    ("only_newline", "\n"),
    ("unicode_text", "héllo wörld ☃ 日本\n{{ s }}\n", {"s": "ünï ☃"}),
    ("comment", "a{# a comment #}b"),
    ("comment_multiline", "a{# line one\nline two #}b\n"),
    ("comment_holds_tags", "{# {% if %} {{ x }} {# #}ok"),
    ("raw_block", "{% raw %}{{ x }}{% if y %}{# c #}{% endraw %}"),
    ("raw_with_whitespace_control", "a {%- raw -%}  {{ x }}  {%- endraw -%} b"),
    ("raw_multiline", "{% raw %}\n  {% for %}\n{% endraw %}\n"),
    ("print_braces", "{{ '{{' }} and {{ '}}' }} and {{ '{%' }}"),
    ("crlf_newlines_normalised", "a\r\nb\r\n{{ x }}\r\nc\r\n", {"x": 1}),
    ("cr_only_newlines", "a\rb\r{{ 1 }}\r"),
    ("crlf_in_string_literal", "{{ 'x\r\ny' }}"),
    ("string_escapes", r"""{{ "a\tb|c\\d|\"q\"|\u00e9|\x41|it\'s" }}"""),
    ("string_single_quotes", "{{ 'it\\'s' }}|{{ \"say \\\"hi\\\"\" }}"),
    ("string_non_ascii_literal", "{{ 'é☃' }}|{{ 'é☃'|length }}"),
    ("adjacent_string_literals", "{{ 'a' 'b' \"c\" }}"),
    ("integer_literals", "{{ 42 }} {{ 1_000_000 }} {{ 0x1F }} {{ 0o17 }} {{ 0b101 }} {{ 0B11 }} {{ 0XfF }}"),
    ("integer_leading_zero_error", "{{ 007 }}"),
    ("float_leading_dot_error", "{{ .5 }}"),
    ("float_trailing_dot_error", "{{ 1. }}"),
    ("float_literals", "{{ 1.5 }} {{ 1e3 }} {{ 1.5e-3 }} {{ 2E2 }} {{ 1_0.5 }} {{ 0.0 }}"),
    ("bool_none_literals", "{{ true }} {{ True }} {{ false }} {{ False }} {{ none }} {{ None }}"),
    ("uppercase_true_is_a_name", "[{{ TRUE }}] [{{ NONE }}]"),
    ("list_literal", "{{ [1, 'a', [2, 3], none, true] }}"),
    ("list_literal_trailing_comma", "{{ [1, 2,] }}"),
    ("tuple_literals", "{{ (1, 2) }} {{ (1,) }} {{ () }} {{ (1) }}"),
    ("dict_literal", "{{ {'a': 1, 'b': [1, 2], 'c': {'d': none}} }}"),
    ("dict_literal_trailing_comma", "{{ {'a': 1,} }}"),
    ("dict_literal_nonstring_keys", "{{ {1: 'x', 2.5: 'y', none: 'z', true: 't'} }}"),
    ("repr_string_quotes", """{{ ["a", 'b"c', "it's", 'both\\'"'] }}"""),
    ("repr_nested_unicode", "{{ ['é', {'k': '☃'}] }}"),
    ("multiline_expression", "{{ 1 +\n   2\n   + 3 }}"),
    ("whitespace_inside_tags", "{{x}}{{   x   }}{%if x%}y{%endif%}", {"x": 1}),
    ("print_none_true", "{{ n }}|{{ t }}|{{ f }}", {"n": None, "t": True, "f": False}),
    ("print_floats", "{{ a }} {{ b }} {{ c }} {{ d }} {{ e }} {{ f }}",
     {"a": 1.0, "b": 0.1, "c": 1e22, "d": 1.5e-7, "e": 123456789.125, "f": -0.0}),
    ("print_big_int", "{{ n }} {{ n + 1 }}", {"n": 123456789012345678901234567890}),
    ("print_nested_context", "{{ d }}", {"d": {"a": [1, 2.5, "x", None, True], "b": {}}}),
    ("line_statement_prefix_not_enabled", "# for x in y\n## comment"),
    ("hash_and_percent_text", "100% {#x#} # {x} %}"),
])

# --- expressions: operators, precedence, literals ----------------------------
group("expr")
each("", [
    ("arith_basic", "{{ 1 + 2 * 3 }} {{ (1 + 2) * 3 }} {{ 10 - 4 - 3 }} {{ 2 * 3 / 4 }}"),
    ("true_division", "{{ 7 / 2 }} {{ 6 / 3 }} {{ 1 / 3 }} {{ -7 / 2 }} {{ 7.5 / 2.5 }}"),
    ("floor_division", "{{ 7 // 2 }} {{ -7 // 2 }} {{ 7.0 // 2 }} {{ -7.5 // 2 }}"),
    ("modulo", "{{ 7 % 3 }} {{ -7 % 3 }} {{ 7 % -3 }} {{ 7.5 % 2 }} {{ -0.5 % 1 }}"),
    ("power", "{{ 2 ** 10 }} {{ 2 ** -1 }} {{ 2.0 ** 0.5 }} {{ 10 ** 20 }} {{ (-8) ** 2 }}"),
    ("power_left_assoc", "{{ 2 ** 3 ** 2 }}",),
    ("unary_minus_power", "{{ -2 ** 2 }} {{ (-2) ** 2 }}"),
    ("unary_ops", "{{ -5 }} {{ +5 }} {{ - -5 }} {{ -x }} {{ +x }}", {"x": 3}),
    ("unary_minus_filter", "{{ -1|abs }} {{ -x|abs }} {{ (-x)|abs }}", {"x": 2}),
    ("big_int_arith", "{{ 2 ** 100 }} {{ 2 ** 64 - 1 }} {{ -(2 ** 70) // 3 }}"),
    ("int_float_mix", "{{ 1 + 1.5 }} {{ 3 * 1.0 }} {{ 2 - 0.5 }} {{ 1 == 1.0 }}"),
    ("float_repr", "{{ 0.1 + 0.2 }} {{ 1e16 }} {{ 1e15 }} {{ 2.5e-5 }} {{ 1/7 }} {{ 100.0 }}"),
    ("string_plus", "{{ 'a' + 'b' }} {{ s + '!' }}", {"s": "hi"}),
    ("string_times", "{{ 'ab' * 3 }} {{ 3 * 'x' }} {{ 'a' * 0 }} {{ 'a' * -1 }}"),
    ("list_plus_times", "{{ [1, 2] + [3] }} {{ [0] * 3 }}"),
    ("tilde_concat", "{{ 'a' ~ 1 ~ none ~ true ~ 1.5 ~ [1] }}"),
    ("tilde_binds_tighter_than_plus", "{{ 'x' + 1 ~ 2 }}"),
    ("tilde_plus_int_error", "{{ 1 + 2 ~ 3 }}"),
    ("tilde_looser_than_times", "{{ 2 * 3 ~ 4 }} {{ 2 ~ 3 * 4 }}"),
    ("compare_ops", "{{ 1 < 2 }} {{ 2 <= 2 }} {{ 3 > 4 }} {{ 4 >= 5 }} {{ 1 == 1 }} {{ 1 != 1 }}"),
    ("compare_chain", "{{ 1 < 2 < 3 }} {{ 3 > 2 > 2 }} {{ 1 < 3 > 2 }} {{ 1 == 1 == 1 }}"),
    ("compare_strings_lists", "{{ 'a' < 'b' }} {{ 'B' < 'a' }} {{ [1, 2] < [1, 3] }} {{ 'abc' == 'abc' }}"),
    ("compare_mixed_types_eq", "{{ 1 == '1' }} {{ none == false }} {{ 0 == false }} {{ 1 == true }}"),
    ("compare_mixed_types_lt", "{{ 1 < 'a' }}"),
    ("in_operator", "{{ 1 in [1, 2] }} {{ 'b' in 'abc' }} {{ 'a' in {'a': 1} }} {{ 3 not in [1] }} {{ not 3 in [3] }}"),
    ("in_none_error", "{{ 'x' in none }}"),
    ("and_or_values", "[{{ 0 or 'x' }}] [{{ 1 and 'y' }}] [{{ none or 0 }}] [{{ '' and 1 }}] [{{ [] or {} }}]"),
    ("not_precedence", "{{ not 1 == 2 }} {{ not true and false }} {{ not (true and false) }} {{ not none }}"),
    ("and_or_precedence", "{{ true or false and false }} {{ (true or false) and false }}"),
    ("is_binds_tighter_than_plus", "{{ 1 + 1 is even }} {{ (1 + 1) is even }}"),
    ("is_binds_after_filter", "{{ 'ab'|length is even }}"),
    ("not_is_defined", "{{ not x is defined }} {{ x is not defined }}"),
    ("filter_on_literal_chain", "{{ 'abc'|upper ~ 'd' }} {{ [3, 1, 2]|sort|first }}"),
    ("cond_expr", "{{ 'y' if true else 'n' }} {{ 'y' if 0 else 'n' }}"),
    ("cond_expr_no_else", "[{{ 'y' if false }}]"),
    ("cond_expr_chain", "{{ 1 if false else 2 if true else 3 }}"),
    ("cond_expr_precedence", "{{ 1 + 1 if true else 0 }} {{ 'a' ~ 'b' if false else 'c' }}"),
    ("cond_in_filter_arg", "{{ x|default('a' if y else 'b') }}", {"y": 1}),
    ("subscript_index", "{{ l[0] }} {{ l[-1] }} {{ s[1] }} {{ d['k'] }}", {"l": [1, 2, 3], "s": "hey", "d": {"k": "v"}}),
    ("slices", "{{ s[1:3] }} {{ s[::-1] }} {{ s[:2] }} {{ s[2:] }} {{ l[1::2] }} {{ l[-2:] }} {{ l[:] }}",
     {"s": "hello", "l": [1, 2, 3, 4, 5]}),
    ("slice_with_exprs", "{{ l[a:b] }} {{ l[a + 1:] }}", {"l": [1, 2, 3, 4], "a": 1, "b": 3}),
    ("call_kwargs", "{{ dict(a=1, b=2) }} {{ range(1, 10, 3)|list }}"),
    ("call_star_args", "{{ range(*[1, 5, 2])|list }} {{ dict(**{'a': 1}) }} {{ dict(x=0, **{'b': 2}) }}"),
    ("call_star_args_from_context", "{{ range(*args)|list }}", {"args": [2, 5]}),
    ("method_call_on_literal", "{{ 'abc'.upper() }} {{ [1, 2, 1].count(1) }} {{ 'a,b'.split(',') }}"),
    ("percent_format_operator", "{{ '%s and %s' % ('a', 'b') }} {{ '%05.1f' % 3.14159 }} {{ '%d%%' % 50 }}"),
    ("percent_format_dict", "{{ '%(a)s-%(b)s' % {'a': 1, 'b': 2} }}"),
    ("truthiness_in_cond", "{% for v in vals %}{{ 'T' if v else 'F' }}{% endfor %}",
     {"vals": [0, 1, "", "0", " ", [], [0], {}, {"a": 1}, None, 0.0, 0.1, False, True, "false"]}),
    ("division_by_zero", "{{ 1 / 0 }}"),
    ("floor_division_by_zero", "{{ 1 // 0 }}"),
    ("modulo_by_zero", "{{ 1 % 0 }}"),
    ("string_plus_int_error", "{{ 'a' + 1 }}"),
    ("int_plus_string_error", "{{ 1 + 'a' }}"),
    ("unary_minus_string_error", "{{ -x }}", {"x": "a"}),
    ("list_minus_error", "{{ [1] - [1] }}"),
    ("dict_plus_error", "{{ {} + {} }}"),
    ("nested_parens", "{{ ((1 + 2) * (3 - 1)) ** 2 }}"),
    ("attribute_then_call_then_index", "{{ 'a b c'.split()[1].upper() }}"),
    ("dict_literal_with_exprs", "{{ {'k' ~ 1: 1 + 1, x: x * 2} }}", {"x": 3}),
    ("tuple_without_parens_in_print", "{{ 1, 2 }}"),
    ("implicit_tuple_in_for", "{% for x in 1, 2, 3 %}{{ x }}{% endfor %}"),
])

# --- if ----------------------------------------------------------------------
group("stmt_if")
each("", [
    ("if_true", "{% if x %}yes{% endif %}", {"x": 1}),
    ("if_false", "[{% if x %}yes{% endif %}]", {"x": 0}),
    ("if_else", "{% if x %}yes{% else %}no{% endif %}", {"x": ""}),
    ("elif_chain", "{% for n in [1, 2, 3, 4] %}{% if n == 1 %}one{% elif n == 2 %}two{% elif n == 3 %}three{% else %}many{% endif %} {% endfor %}"),
    ("elif_without_else", "[{% if false %}a{% elif false %}b{% endif %}]"),
    ("nested_if", "{% if a %}{% if b %}ab{% else %}a{% endif %}{% else %}-{% endif %}", {"a": True, "b": False}),
    ("if_undefined_is_false", "{% if missing %}y{% else %}n{% endif %}"),
    ("if_with_tests_and_ops", "{% if x is defined and x > 1 and x is odd %}ok{% endif %}", {"x": 3}),
    ("if_in", "{% if 'b' in l %}has b{% endif %}", {"l": ["a", "b"]}),
    ("if_truthiness_table", "{% for v in vals %}{% if v %}T{% else %}F{% endif %}{% endfor %}",
     {"vals": [0, 1, -1, "", "a", [], [None], {}, None, 0.0, False]}),
    ("if_set_leaks_out", "{% if true %}{% set x = 1 %}{% endif %}{{ x }}"),
    ("if_else_whitespace", "{% if true %}\n  yes\n{% else %}\n  no\n{% endif %}\n"),
    ("if_endif_mismatch", "{% if x %}{% endfor %}"),
    ("if_unclosed", "{% if x %}abc"),
    ("if_empty_condition", "{% if %}x{% endif %}"),
    ("else_after_else", "{% if x %}a{% else %}b{% else %}c{% endif %}"),
    ("elif_after_else", "{% if x %}a{% else %}b{% elif y %}c{% endif %}"),
])

# --- for ---------------------------------------------------------------------
TREE = [{"name": "a", "children": [{"name": "a1", "children": []},
                                   {"name": "a2", "children": [{"name": "a2x", "children": []}]}]},
        {"name": "b", "children": []}]
group("stmt_for")
each("", [
    ("list", "{% for x in l %}{{ x }},{% endfor %}", {"l": [1, 2, 3]}),
    ("string", "{% for c in 'héllo' %}[{{ c }}]{% endfor %}"),
    ("dict_iterates_keys", "{% for k in d %}{{ k }};{% endfor %}", {"d": {"z": 1, "a": 2, "m": 3}}),
    ("dict_items_unpack", "{% for k, v in d.items() %}{{ k }}={{ v }};{% endfor %}", {"d": {"z": 1, "a": 2}}),
    ("tuple_unpack", "{% for a, b in [[1, 2], [3, 4]] %}{{ a }}+{{ b }}={{ a + b }} {% endfor %}"),
    ("tuple_unpack_parens", "{% for (a, b) in [[1, 2]] %}{{ a }}{{ b }}{% endfor %}"),
    ("nested_tuple_unpack", "{% for a, (b, c) in [[1, [2, 3]]] %}{{ a }}{{ b }}{{ c }}{% endfor %}"),
    ("unpack_wrong_count", "{% for a, b in [[1, 2, 3]] %}{% endfor %}"),
    ("unpack_non_iterable", "{% for a, b in [1] %}{% endfor %}"),
    ("range", "{% for i in range(3) %}{{ i }}{% endfor %}|{% for i in range(5, 0, -2) %}{{ i }}{% endfor %}"),
    ("else_on_empty", "{% for x in [] %}{{ x }}{% else %}empty{% endfor %}"),
    ("else_not_on_nonempty", "{% for x in [1] %}{{ x }}{% else %}empty{% endfor %}"),
    ("else_on_undefined", "{% for x in missing %}{{ x }}{% else %}empty{% endfor %}"),
    ("else_on_filtered_empty", "{% for x in [1, 2] if x > 5 %}{{ x }}{% else %}none matched{% endfor %}"),
    ("filter_clause", "{% for x in range(10) if x is odd %}{{ loop.index }}:{{ x }} {% endfor %}"),
    ("filter_clause_loop_length", "{% for x in range(10) if x > 6 %}{{ loop.length }}/{{ loop.revindex }}/{{ loop.last }} {% endfor %}"),
    ("loop_index", "{% for x in 'abc' %}{{ loop.index }}{{ loop.index0 }} {% endfor %}"),
    ("loop_revindex", "{% for x in 'abc' %}{{ loop.revindex }}{{ loop.revindex0 }} {% endfor %}"),
    ("loop_first_last", "{% for x in 'abc' %}{{ loop.first }}/{{ loop.last }} {% endfor %}"),
    ("loop_length", "{% for x in l %}{{ loop.length }}{% endfor %}", {"l": [5, 6, 7, 8]}),
    ("loop_cycle", "{% for x in range(5) %}{{ loop.cycle('odd', 'even') }} {% endfor %}"),
    ("loop_cycle_vars", "{% for x in range(4) %}{{ loop.cycle(*cls) }} {% endfor %}", {"cls": ["a", "b", "c"]}),
    ("loop_cycle_no_args", "{% for x in [1] %}{{ loop.cycle() }}{% endfor %}"),
    ("loop_previtem_nextitem", "{% for x in [1, 2, 3] %}({{ loop.previtem }},{{ loop.nextitem }}){% endfor %}"),
    ("loop_previtem_is_defined", "{% for x in [1, 2] %}{{ loop.previtem is defined }}/{{ loop.nextitem is defined }} {% endfor %}"),
    ("loop_changed", "{% for x in [1, 1, 2, 2, 1] %}{% if loop.changed(x) %}[{{ x }}]{% endif %}{% endfor %}"),
    ("loop_changed_many_args", "{% for p in ps %}{{ loop.changed(p.a, p.b) }} {% endfor %}",
     {"ps": [{"a": 1, "b": 1}, {"a": 1, "b": 1}, {"a": 1, "b": 2}, {"a": 2, "b": 2}]}),
    ("loop_depth_flat", "{% for x in [1] %}{{ loop.depth }}{{ loop.depth0 }}{% endfor %}"),
    ("loop_repr", "{% for x in [1, 2] %}{{ loop }} {% endfor %}"),
    ("loop_outside_loop", "[{{ loop }}]"),
    ("recursive", "{% for item in tree recursive %}{{ item.name }}{% if item.children %}({{ loop(item.children) }}){% endif %}{% if not loop.last %},{% endif %}{% endfor %}", {"tree": TREE}),
    ("recursive_depth", "{% for item in tree recursive %}{{ item.name }}@{{ loop.depth }}/{{ loop.depth0 }} {{ loop(item.children) }}{% endfor %}", {"tree": TREE}),
    ("recursive_loop_index_per_level", "{% for item in tree recursive %}{{ loop.index }}{{ item.name }}[{{ loop(item.children) }}]{% endfor %}", {"tree": TREE}),
    ("recursive_with_else", "{% for item in tree recursive %}{{ item.name }}{{ loop(item.children) }}{% else %}-{% endfor %}", {"tree": TREE}),
    ("loop_call_without_recursive", "{% for x in [1] %}{{ loop([2]) }}{% endfor %}"),
    ("outer_loop_via_set", "{% for a in 'xy' %}{% set outer = loop %}{% for b in 'pq' %}{{ outer.index }}{{ loop.index }} {% endfor %}{% endfor %}"),
    ("inner_loop_shadows", "{% for a in 'xy' %}{% for a in 'pq' %}{{ a }}{% endfor %}{{ a }}{% endfor %}"),
    ("loop_var_does_not_leak", "{% for x in [1, 2] %}{% endfor %}[{{ x }}]"),
    ("loop_var_shadows_outer", "{% set x = 'outer' %}{% for x in [1] %}{{ x }}{% endfor %}{{ x }}"),
    ("loop_var_in_else", "{% set x = 'o' %}{% for x in [] %}{% else %}{{ x }}{% endfor %}"),
    ("set_in_loop_does_not_leak", "{% set c = 0 %}{% for x in [1, 2, 3] %}{% set c = c + x %}{{ c }} {% endfor %}{{ c }}"),
    ("read_before_set_in_loop", "{% set x = 'o' %}{% for i in [1, 2] %}{{ x }}{% set x = i %}{{ x }} {% endfor %}"),
    ("iterate_none_error", "{% for x in n %}{% endfor %}", {"n": None}),
    ("iterate_int_error", "{% for x in 42 %}{% endfor %}"),
    ("iterate_sorted_dict", "{% for k, v in d|dictsort %}{{ k }}{{ v }}{% endfor %}", {"d": {"b": 1, "a": 2, "C": 3}}),
    ("nested_loop_dicts", "{% for row in rows %}{% for cell in row.cells %}{{ row.name }}{{ cell }} {% endfor %}{% endfor %}",
     {"rows": [{"name": "r1", "cells": [1, 2]}, {"name": "r2", "cells": [3]}]}),
    ("loop_attribute_unknown", "{% for x in [1] %}[{{ loop.nope }}]{% endfor %}"),
    ("loop_index_in_filter_clause_error", "{% for x in [1, 2] if loop.index > 1 %}{{ x }}{% endfor %}"),
    ("for_missing_in", "{% for x [1] %}{% endfor %}"),
    ("for_unclosed", "{% for x in y %}"),
    ("endfor_alone", "{% endfor %}"),
])

# --- loop controls (extension) and do -----------------------------------------
group("ext_loopcontrols")
each("", [
    ("break", "{% for x in range(10) %}{% if x == 3 %}{% break %}{% endif %}{{ x }}{% endfor %}"),
    ("continue", "{% for x in range(6) %}{% if x is odd %}{% continue %}{% endif %}{{ x }}{% endfor %}"),
    ("break_inner_only", "{% for a in 'ab' %}{% for b in 'xyz' %}{% if b == 'y' %}{% break %}{% endif %}{{ a }}{{ b }} {% endfor %}{% endfor %}"),
    ("continue_loop_last", "{% for x in [1, 2, 3] %}{% if loop.last %}{% continue %}{% endif %}{{ x }}{% endfor %}"),
    ("break_in_filtered_loop", "{% for x in range(10) if x is even %}{% if x > 4 %}{% break %}{% endif %}{{ x }}{% endfor %}"),
    ("break_in_recursive", "{% for i in tree recursive %}{{ i.name }}{% if i.name == 'a1' %}{% break %}{% endif %}{{ loop(i.children) }}{% endfor %}", {"tree": TREE}),
    ("continue_changed", "{% for x in [1, 1, 2] %}{% if not loop.changed(x) %}{% continue %}{% endif %}{{ x }}{% endfor %}"),
], extensions=["loopcontrols"])
case("break_else_still_runs", "{% for x in [1, 2] %}{% break %}{% else %}E{% endfor %}done",
     extensions=["loopcontrols"],
     note="Jinja marks the loop as iterated at the end of the body, so a break in the first iteration also runs else")
case("break_without_extension", "{% for x in [1] %}{% break %}{% endfor %}")

group("ext_do")
each("", [
    ("append", "{% do l.append(3) %}{{ l }}", {"l": [1, 2]}),
    ("dict_update", "{% do d.update({'b': 2}) %}{{ d }}", {"d": {"a": 1}}),
    ("expression_discarded", "[{% do 1 + 2 %}]"),
    ("pop_and_insert", "{% do l.insert(0, 'z') %}{% do l.pop() %}{{ l }}", {"l": ["a", "b"]}),
    ("do_in_loop", "{% set acc = [] %}{% for x in range(4) %}{% do acc.append(x * x) %}{% endfor %}{{ acc|join(',') }}"),
    ("do_undefined_call", "{% do missing() %}"),
], extensions=["do"])
case("do_without_extension", "{% do l.append(1) %}")
case("do_both_extensions", "{% for x in range(5) %}{% if x == 2 %}{% continue %}{% endif %}{% do l.append(x) %}{% endfor %}{{ l }}", {"l": []},
     extensions=["do", "loopcontrols"])

# --- set / namespace / with ---------------------------------------------------
group("stmt_set")
each("", [
    ("inline", "{% set a = 1 %}{% set b = a + 1 %}{{ a }}{{ b }}"),
    ("tuple_unpack", "{% set a, b = 1, 2 %}{{ a }}{{ b }}"),
    ("tuple_unpack_list", "{% set a, b = [3, 4] %}{{ b }}{{ a }}"),
    ("tuple_unpack_error", "{% set a, b = [1] %}"),
    ("block", "{% set x %}hello {{ 1 + 1 }}{% endset %}[{{ x }}]"),
    ("block_filtered", "{% set x | upper %}hello{% endset %}{{ x }}"),
    ("block_filter_chain", "{% set x | trim | replace('l', 'L') %}  hello  {% endset %}[{{ x }}]"),
    ("overrides_context", "{% set x = 'local' %}{{ x }}", {"x": "ctx"}),
    ("uses_context", "{% set x = x * 2 %}{{ x }}", {"x": 21}),
    ("in_block_scoped", "{% block b %}{% set x = 1 %}{{ x }}{% endblock %}[{{ x }}]"),
    ("namespace", "{% set ns = namespace(total=0) %}{% for i in [1, 2, 3] %}{% set ns.total = ns.total + i %}{% endfor %}{{ ns.total }}"),
    ("namespace_from_dict", "{% set ns = namespace({'a': 1}, b=2) %}{{ ns.a }}{{ ns.b }}"),
    ("namespace_repr", "{% set ns = namespace(a=1) %}{{ ns }}"),
    ("namespace_missing_attr", "{% set ns = namespace() %}[{{ ns.nope }}]"),
    ("namespace_block_set", "{% set ns = namespace() %}{% set ns.x %}blk{% endset %}{{ ns.x }}"),
    ("namespace_item_access", "{% set ns = namespace(a=1) %}{{ ns['a'] }}"),
    ("assign_attr_non_namespace", "{% set d = {} %}{% set d.x = 1 %}"),
    ("set_missing_value", "{% set x = %}"),
    ("set_reserved_name_error", "{% set true = 1 %}"),
    ("set_then_loop_reads", "{% set items = ['a', 'b'] %}{% for i in items %}{{ i }}{% endfor %}"),
    ("set_chain_order", "{% set x = 1 %}{{ x }}{% set x = 2 %}{{ x }}"),
])
case("block_autoescape_is_markup", "{% set x %}<b>{{ y }}</b>{% endset %}{{ x }}|{{ x|length }}", {"y": "<i>"}, autoescape=True)

group("stmt_with")
each("", [
    ("basic", "{% with a = 1, b = 2 %}{{ a + b }}{% endwith %}[{{ a }}]"),
    ("refers_outer_not_sibling", "{% with a = 'inner', b = a %}{{ a }}/{{ b }}{% endwith %}", {"a": "outer"}),
    ("nested", "{% with a = 1 %}{% with a = a + 1 %}{{ a }}{% endwith %}{{ a }}{% endwith %}"),
    ("set_inside_does_not_leak", "{% with %}{% set x = 1 %}{{ x }}{% endwith %}[{{ x }}]"),
    ("shadows_context", "{% with x = 'w' %}{{ x }}{% endwith %}{{ x }}", {"x": "c"}),
    ("tuple_target", "{% with a, b = [1, 2] %}{{ a }}{{ b }}{% endwith %}"),
    ("unclosed", "{% with a = 1 %}x"),
])

# --- macros and call blocks ---------------------------------------------------
group("stmt_macro")
each("", [
    ("basic", "{% macro hello(name) %}Hello {{ name }}!{% endmacro %}{{ hello('World') }}"),
    ("defaults", "{% macro f(a, b=2, c='x') %}{{ a }}{{ b }}{{ c }}{% endmacro %}{{ f(1) }} {{ f(1, 3) }} {{ f(1, c='y') }}"),
    ("default_refers_earlier_arg", "{% macro f(a, b=a * 2) %}{{ a }},{{ b }}{% endmacro %}{{ f(3) }}"),
    ("default_refers_context", "{% macro f(a=x) %}{{ a }}{% endmacro %}{{ f() }}", {"x": "ctx"}),
    ("keyword_call", "{% macro f(a, b) %}{{ a }}-{{ b }}{% endmacro %}{{ f(b=2, a=1) }}"),
    ("missing_argument_undefined", "{% macro f(a, b) %}[{{ a }}][{{ b }}]{% endmacro %}{{ f(1) }}"),
    ("missing_argument_is_defined", "{% macro f(a) %}{{ a is defined }}{% endmacro %}{{ f() }}"),
    ("varargs", "{% macro f(a) %}{{ a }}|{{ varargs }}{% endmacro %}{{ f(1, 2, 3) }}"),
    ("varargs_empty", "{% macro f() %}{{ varargs }}{% endmacro %}[{{ f() }}]"),
    ("kwargs", "{% macro f(a) %}{{ a }}|{{ kwargs }}{% endmacro %}{{ f(1, x=2, y='z') }}"),
    ("varargs_and_kwargs", "{% macro f() %}{{ varargs|join(',') }};{% for k, v in kwargs.items() %}{{ k }}={{ v }} {% endfor %}{% endmacro %}{{ f(1, 2, c=3, d=4) }}"),
    ("too_many_args", "{% macro f(a) %}{% endmacro %}{{ f(1, 2) }}"),
    ("unknown_kwarg", "{% macro f(a) %}{% endmacro %}{{ f(b=2) }}"),
    ("duplicate_arg_value", "{% macro f(a) %}{% endmacro %}{{ f(1, a=2) }}"),
    ("non_default_after_default", "{% macro f(a=1, b) %}{% endmacro %}"),
    ("attributes", "{% macro f(a, b=1) %}{{ varargs }}{% endmacro %}{{ f.name }}|{{ f.arguments }}|{{ f.catch_kwargs }}|{{ f.catch_varargs }}|{{ f.caller }}"),
    ("attributes_caller", "{% macro f() %}{{ caller() }}{{ kwargs }}{% endmacro %}{{ f.caller }}|{{ f.catch_kwargs }}"),
    ("as_value", "{% macro f(x) %}<{{ x }}>{% endmacro %}{% set g = f %}{{ g(1) }}"),
    ("passed_to_macro", "{% macro twice(fn, v) %}{{ fn(v) }}{{ fn(v) }}{% endmacro %}{% macro star(x) %}*{{ x }}{% endmacro %}{{ twice(star, 'a') }}"),
    ("recursive", "{% macro fact(n) %}{% if n <= 1 %}1{% else %}{{ n * fact(n - 1)|int }}{% endif %}{% endmacro %}{{ fact(5) }}"),
    ("recursive_tree", "{% macro node(n) %}{{ n.name }}{% if n.children %}({% for c in n.children %}{{ node(c) }}{% endfor %}){% endif %}{% endmacro %}{% for t in tree %}{{ node(t) }}{% endfor %}", {"tree": TREE}),
    ("sees_context_at_call", "{% macro f() %}{{ x }}{% endmacro %}{{ f() }}", {"x": "ctx"}),
    ("sees_toplevel_set_after_definition", "{% set x = 1 %}{% macro f() %}{{ x }}{% endmacro %}{% set x = 2 %}{{ f() }}"),
    ("does_not_see_loop_var", "{% macro f() %}[{{ i }}]{% endmacro %}{% for i in [1] %}{{ f() }}{% endfor %}"),
    ("defined_inside_loop_sees_loop_var", "{% for i in [1, 2] %}{% macro f() %}{{ i }}{% endmacro %}{{ f() }}{% endfor %}"),
    ("call_before_definition", "{{ f() }}{% macro f() %}x{% endmacro %}"),
    ("output_is_string", "{% macro f() %}  a  {% endmacro %}[{{ f() }}][{{ f()|trim }}][{{ f()|length }}]"),
    ("set_inside_macro_local", "{% macro f() %}{% set x = 'in' %}{{ x }}{% endmacro %}{% set x = 'out' %}{{ f() }}{{ x }}"),
    ("named_like_builtin", "{% macro range(n) %}R{{ n }}{% endmacro %}{{ range(3) }}"),
    ("caller_param_explicit", "{% macro f(caller) %}{{ caller() }}{% endmacro %}{{ f(caller=g) }}{% macro g() %}G{% endmacro %}"),
    ("macro_in_expression", "{% macro f() %}5{% endmacro %}{{ f()|int + 1 }} {{ f() ~ f() }}"),
    ("macro_unclosed", "{% macro f() %}x"),
    ("macro_bad_name", "{% macro 1f() %}{% endmacro %}"),
])
case("returns_markup_autoescape", "{% macro f(v) %}<b>{{ v }}</b>{% endmacro %}{{ f('<i>') }}|{{ f('<i>')|upper }}", autoescape=True)

group("stmt_call")
each("", [
    ("basic", "{% macro box() %}[{{ caller() }}]{% endmacro %}{% call box() %}inside{% endcall %}"),
    ("caller_twice", "{% macro twice() %}{{ caller() }}{{ caller() }}{% endmacro %}{% call twice() %}x{% endcall %}"),
    ("caller_args", "{% macro each(items) %}{% for i in items %}{{ caller(i, loop.index) }}{% endfor %}{% endmacro %}{% call(item, n) each(['a', 'b']) %}{{ n }}{{ item }} {% endcall %}"),
    ("caller_default_args", "{% macro m() %}{{ caller() }}|{{ caller(9) }}{% endmacro %}{% call(x=1) m() %}{{ x }}{% endcall %}"),
    ("caller_kwargs", "{% macro m() %}{{ caller(b=2, a=1) }}{% endmacro %}{% call(a, b) m() %}{{ a }}{{ b }}{% endcall %}"),
    ("caller_too_many_args", "{% macro m() %}{{ caller(1, 2) }}{% endmacro %}{% call(a) m() %}{{ a }}{% endcall %}"),
    ("body_sees_outer_vars", "{% macro m() %}{% set x = 'macro' %}{{ caller() }}{% endmacro %}{% set x = 'outer' %}{% call m() %}{{ x }}{% endcall %}"),
    ("body_sees_loop", "{% macro m() %}{{ caller() }}{% endmacro %}{% for i in [1, 2] %}{% call m() %}{{ i }}{{ loop.index }}{% endcall %}{% endfor %}"),
    ("nested_calls", "{% macro p(t) %}<{{ t }}>{{ caller() }}</{{ t }}>{% endmacro %}{% call p('a') %}{% call p('b') %}x{% endcall %}{% endcall %}"),
    ("caller_undefined_without_call", "{% macro m() %}{{ caller() }}{% endmacro %}{{ m() }}"),
    ("caller_test_in_macro", "{% macro m() %}{% if caller %}has{% else %}none{% endif %}{% endmacro %}{{ m() }}|{% call m() %}{% endcall %}"),
    ("caller_captured_in_set", "{% macro m() %}{% set body = caller() %}[{{ body|trim }}]{{ body|length }}{% endmacro %}{% call m() %}  hi  {% endcall %}"),
    ("call_macro_with_args_and_kwargs", "{% macro m(a, b=0) %}{{ a }}{{ b }}{{ kwargs }}:{{ caller() }}{% endmacro %}{% call m(1, c=3) %}body{% endcall %}"),
    ("call_non_macro", "{% call f() %}x{% endcall %}", {"f": None}),
    ("call_block_unclosed", "{% macro m() %}{% endmacro %}{% call m() %}x"),
])

group("stmt_filter")
each("", [
    ("upper", "{% filter upper %}hello {{ x }}{% endfilter %}", {"x": "you"}),
    ("with_args", "{% filter replace('a', 'o') %}banana{% endfilter %}"),
    ("chain", "{% filter trim|upper %}   padded   {% endfilter %}|"),
    ("nested", "{% filter upper %}a{% filter lower %}B{% endfilter %}c{% endfilter %}"),
    ("center", "[{% filter center(9) %}mid{% endfilter %}]"),
    ("indent", "{% filter indent(2, first=true) %}a\nb\n{% endfilter %}"),
    ("unknown_filter", "{% filter nope %}x{% endfilter %}"),
    ("loop_inside", "{% filter join('-') %}{% for i in [1, 2] %}{{ i }}{% endfor %}{% endfilter %}"),
])

# --- include ------------------------------------------------------------------
group("stmt_include")
PART = {"part.html": "[{{ x }}]"}
each("", [
    ("basic", "a{% include 'part.html' %}b", {"x": 1}),
    ("without_context", "{% include 'part.html' without context %}", {"x": 1}),
    ("with_context_explicit", "{% include 'part.html' with context %}", {"x": 1}),
    ("sees_set_variables", "{% set x = 'set' %}{% include 'part.html' %}"),
    ("sees_loop_variable", "{% for x in [1, 2] %}{% include 'part.html' %}{% endfor %}"),
    ("sees_with_variable", "{% with x = 'w' %}{% include 'part.html' %}{% endwith %}"),
    ("sees_macro_argument", "{% macro m(x) %}{% include 'part.html' %}{% endmacro %}{{ m('arg') }}"),
    ("variable_name", "{% include name %}", {"name": "part.html", "x": 2}),
    ("expression_name", "{% include 'pa' ~ 'rt.html' %}", {"x": 3}),
    ("list_first_existing", "{% include ['missing.html', 'part.html'] %}", {"x": 4}),
    ("list_from_context", "{% include names %}", {"names": ["nope.html", "part.html"], "x": 5}),
    ("ignore_missing", "a{% include 'missing.html' ignore missing %}b"),
    ("ignore_missing_list", "a{% include ['m1.html', 'm2.html'] ignore missing %}b"),
    ("ignore_missing_without_context", "a{% include 'part.html' ignore missing without context %}b", {"x": 1}),
    ("missing", "{% include 'missing.html' %}"),
    ("missing_list", "{% include ['m1.html', 'm2.html'] %}"),
    ("empty_list", "{% include [] %}"),
    ("undefined_name", "{% include nope %}"),
], templates=PART)
each("", [
    ("set_does_not_leak", "{% include 'setter.html' %}[{{ y }}]"),
    ("trailing_newline_stripped", "a{% include 'nl.html' %}b"),
    ("nested_include", "{% include 'outer.html' %}"),
    ("include_macro_definition_invisible", "{% include 'macros.html' %}[{{ m is defined }}]"),
    ("include_in_loop_with_loop_var", "{% for i in [1, 2] %}{% include 'loopy.html' %}{% endfor %}"),
], templates={"setter.html": "{% set y = 'leak' %}s", "nl.html": "line\n",
              "outer.html": "<{% include 'inner.html' %}>", "inner.html": "in{{ 1 + 1 }}",
              "macros.html": "{% macro m() %}{% endmacro %}", "loopy.html": "{{ loop.index }}{{ i }};"})
case("include_autoescape_select", "{% include 'p.html' %}|{% include 'p.txt' %}",
     {"v": "<&>"}, templates={"p.html": "{{ v }}", "p.txt": "{{ v }}"}, autoescape="select")
case("include_txt_from_txt_select", "{{ v }}|{% include 'p.html' %}", {"v": "<&>"},
     templates={"p.html": "{{ v }}"}, main="main.txt", autoescape="select")

# --- import -------------------------------------------------------------------
MACROS = {"m.html": (
    "{% macro hello(n) %}Hello {{ n }}{% endmacro %}"
    "{% macro ctx() %}[{{ x }}]{% endmacro %}"
    "{% macro _hidden() %}h{% endmacro %}"
    "{% set var = 'module var' %}"
    "body text {{ 1 + 1 }}\n")}
group("stmt_import")
each("", [
    ("import_as", "{% import 'm.html' as m %}{{ m.hello('A') }}"),
    ("from_import", "{% from 'm.html' import hello %}{{ hello('B') }}"),
    ("from_import_alias", "{% from 'm.html' import hello as hi, ctx %}{{ hi('C') }}{{ ctx() }}", {"x": 1}),
    ("from_import_trailing_comma", "{% from 'm.html' import hello, %}{{ hello('D') }}"),
    ("import_without_context_default", "{% import 'm.html' as m %}{{ m.ctx() }}", {"x": "ctx"}),
    ("import_with_context", "{% import 'm.html' as m with context %}{{ m.ctx() }}", {"x": "ctx"}),
    ("from_import_with_context", "{% from 'm.html' import ctx with context %}{{ ctx() }}", {"x": "ctx"}),
    ("with_context_sees_set", "{% set x = 'local' %}{% from 'm.html' import ctx with context %}{{ ctx() }}"),
    ("module_variable", "{% import 'm.html' as m %}{{ m.var }}"),
    ("from_import_variable", "{% from 'm.html' import var %}{{ var }}"),
    ("module_str_is_body", "{% import 'm.html' as m %}[{{ m }}]"),
    ("module_missing_attr", "{% import 'm.html' as m %}[{{ m.nope }}]"),
    ("module_hidden_attr", "{% import 'm.html' as m %}[{{ m._hidden }}]"),
    ("from_import_underscore", "{% from 'm.html' import _hidden %}"),
    ("from_import_missing_name", "{% from 'm.html' import nope %}[{{ nope }}]"),
    ("from_import_missing_name_called", "{% from 'm.html' import nope %}{{ nope() }}"),
    ("import_missing_template", "{% import 'nope.html' as n %}"),
    ("import_variable_name", "{% import name as m %}{{ m.hello('E') }}", {"name": "m.html"}),
    ("import_in_macro", "{% macro f() %}{% import 'm.html' as m %}{{ m.hello('F') }}{% endmacro %}{{ f() }}"),
    ("import_in_loop_scope", "{% for i in [1] %}{% import 'm.html' as m %}{% endfor %}[{{ m is defined }}]"),
], templates=MACROS)
case("from_import_missing_name_strict", "{% from 'm.html' import nope %}{{ nope }}",
     templates=MACROS, undefined="strict")
case("import_macro_calling_sibling", "{% from 'lib.html' import outer %}{{ outer() }}",
     templates={"lib.html": "{% macro inner() %}in{% endmacro %}{% macro outer() %}<{{ inner() }}>{% endmacro %}"})
case("import_macro_autoescape_select", "{% from 'lib.txt' import m %}{{ m('<') }}|{{ '<' }}",
     templates={"lib.txt": "{% macro m(v) %}{{ v }}&{% endmacro %}"}, autoescape="select")

# --- extends / blocks ---------------------------------------------------------
BASE = {"base.html": "<title>{% block title %}Base{% endblock %}</title>\n"
                     "<main>{% block content %}base content{% endblock %}</main>\n"
                     "<footer>{% block footer %}(c){% endblock %}</footer>\n"}
group("stmt_extends")
each("", [
    ("override_one", "{% extends 'base.html' %}{% block title %}Child{% endblock %}"),
    ("override_all", "{% extends 'base.html' %}{% block title %}T{% endblock %}{% block content %}C{% endblock %}{% block footer %}F{% endblock %}"),
    ("no_override", "{% extends 'base.html' %}"),
    ("super", "{% extends 'base.html' %}{% block footer %}{{ super() }} 2024{% endblock %}"),
    ("super_twice", "{% extends 'base.html' %}{% block title %}{{ super() }}|{{ super() }}{% endblock %}"),
    ("self_block_call", "{% extends 'base.html' %}{% block title %}T{% endblock %}{% block content %}again: {{ self.title() }}{% endblock %}"),
    ("self_block_missing", "{% extends 'base.html' %}{% block content %}[{{ self.nope() }}]{% endblock %}"),
    ("text_outside_blocks_ignored", "{% extends 'base.html' %}ignored text {{ 1 }}{% block title %}T{% endblock %} more"),
    ("text_before_extends_printed", "before\n{% extends 'base.html' %}{% block title %}T{% endblock %}"),
    ("context_in_blocks", "{% extends 'base.html' %}{% block content %}{{ x }}{% endblock %}", {"x": "ctx"}),
    ("toplevel_set_visible_in_blocks", "{% extends 'base.html' %}{% set x = 'set' %}{% block content %}{{ x }}{% endblock %}"),
    ("set_in_block_not_in_other_block", "{% extends 'base.html' %}{% block title %}{% set y = 1 %}{{ y }}{% endblock %}{% block content %}[{{ y }}]{% endblock %}"),
    ("import_in_child_usable_in_block", "{% extends 'base.html' %}{% from 'm.html' import hi %}{% block content %}{{ hi() }}{% endblock %}"),
    ("macro_in_child_usable_in_block", "{% extends 'base.html' %}{% macro hi() %}child macro{% endmacro %}{% block content %}{{ hi() }}{% endblock %}"),
    ("dynamic_extends_variable", "{% extends layout %}{% block title %}dyn{% endblock %}", {"layout": "base.html"}),
    ("dynamic_extends_conditional", "{% extends 'base.html' if full else 'bare.html' %}{% block content %}X{% endblock %}", {"full": False}),
    ("conditional_extends_false", "{% if false %}{% extends 'base.html' %}{% endif %}own {% block title %}own title{% endblock %}"),
    ("conditional_extends_true", "{% if true %}{% extends 'base.html' %}{% endif %}own {% block title %}child{% endblock %}"),
    ("extends_twice_runtime", "{% extends 'base.html' %}{% extends 'bare.html' %}"),
    ("extends_missing", "{% extends 'nope.html' %}"),
    ("extends_undefined", "{% extends nope %}"),
    ("extends_none", "{% extends none %}"),
    ("block_defined_twice", "{% block a %}{% endblock %}{% block a %}{% endblock %}"),
    ("block_name_in_endblock", "{% block a %}x{% endblock a %}"),
    ("block_endblock_name_mismatch", "{% block a %}x{% endblock b %}"),
    ("block_missing_name", "{% block %}x{% endblock %}"),
    ("nested_blocks", "{% extends 'nested.html' %}{% block inner %}child inner{% endblock %}"),
    ("nested_blocks_override_outer", "{% extends 'nested.html' %}{% block outer %}replaced{% endblock %}"),
    ("nested_blocks_outer_super", "{% extends 'nested.html' %}{% block outer %}[{{ super() }}]{% endblock %}{% block inner %}I{% endblock %}"),
    ("three_levels", "{% extends 'mid.html' %}{% block title %}leaf+{{ super() }}{% endblock %}"),
    ("three_levels_no_override", "{% extends 'mid.html' %}"),
    ("block_inside_if_in_child", "{% extends 'base.html' %}{% if false %}{% block title %}from if{% endblock %}{% endif %}"),
    ("block_rendered_without_extends", "{% block a %}A{% endblock %}|{% block b %}{{ self.a() }}{% endblock %}"),
    ("scoped_block", "{% extends 'loop.html' %}{% block item %}<{{ i }}>{% endblock %}"),
    ("unscoped_block_loses_loop_var", "{% extends 'loop_unscoped.html' %}{% block item %}<{{ i }}>{% endblock %}"),
    ("scoped_block_super", "{% extends 'loop.html' %}{% block item %}{{ super() }}!{% endblock %}"),
    ("required_block_overridden", "{% extends 'req.html' %}{% block body %}given{% endblock %}"),
    ("required_block_missing", "{% extends 'req.html' %}"),
    ("required_block_with_content", "{% block b required %}x{% endblock %}"),
    ("required_block_rendered_directly", "{% include 'req.html' %}"),
    ("scoped_required_block", "{% extends 'scoped_req.html' %}{% block item %}{{ i * 10 }}{% endblock %}"),
    ("super_in_base", "{% block a %}[{{ super() }}]{% endblock %}"),
    ("extends_in_included", "<{% include 'child_of_base.html' %}>"),
    ("include_in_block", "{% extends 'base.html' %}{% block content %}{% include 'm_user.html' %}{% endblock %}"),
    ("block_with_loop_over_context", "{% extends 'base.html' %}{% block content %}{% for i in l %}{{ i }}{% endfor %}{% endblock %}", {"l": [1, 2]}),
    ("parent_sees_child_toplevel_set", "{% extends 'uses_var.html' %}{% set v = 'from child' %}"),
    ("self_in_macro", "{% extends 'base.html' %}{% macro m() %}{{ self.footer() }}{% endmacro %}{% block content %}{{ m() }}{% endblock %}"),
], templates=dict(BASE, **{
    "bare.html": "bare:{% block content %}{% endblock %}",
    "m.html": "{% macro hi() %}imported macro{% endmacro %}",
    "m_user.html": "{% from 'm.html' import hi %}{{ hi() }}",
    "nested.html": "{% block outer %}O({% block inner %}base inner{% endblock %}){% endblock %}",
    "mid.html": "{% extends 'base.html' %}{% block title %}mid+{{ super() }}{% endblock %}{% block footer %}mid footer{% endblock %}",
    "loop.html": "{% for i in [1, 2] %}{% block item scoped %}{{ i }}{% endblock %}{% endfor %}",
    "loop_unscoped.html": "{% for i in [1, 2] %}{% block item %}{{ i }}{% endblock %}{% endfor %}",
    "req.html": "<{% block body required %}{% endblock %}>",
    "scoped_req.html": "{% for i in [1, 2] %}{% block item scoped required %}{% endblock %};{% endfor %}",
    "child_of_base.html": "{% extends 'base.html' %}{% block title %}included child{% endblock %}",
    "uses_var.html": "v={{ v }}",
}))
case("super_in_base_strict", "{% block a %}{{ super() }}{% endblock %}", templates=BASE, undefined="strict")
case("extends_not_first_with_output_strict", "x{% extends 'base.html' %}", templates=BASE, undefined="strict")

# --- autoescape ---------------------------------------------------------------
group("autoescape")
X = {"x": "<a href=\"x\">Tom & 'Jerry'</a>"}
each("", [
    ("off_prints_raw", "{{ x }}", X),
    ("off_escape_filter", "{{ x|e }}|{{ x|escape }}", X),
    ("block_on", "{% autoescape true %}{{ x }}{% endautoescape %}|{{ x }}", X),
    ("block_off_inside_on", "{% autoescape true %}{{ x }}{% autoescape false %}{{ x }}{% endautoescape %}{% endautoescape %}", X),
    ("block_with_variable", "{% autoescape flag %}{{ x }}{% endautoescape %}", dict(X, flag=True)),
    ("block_macro_defined_inside", "{% autoescape true %}{% macro m(v) %}{{ v }}{% endmacro %}{% endautoescape %}{{ m(x) }}", X),
])
each("", [
    ("on_escapes", "{{ x }}", X),
    ("on_all_specials", "{{ '<>&\"\\'' }}"),
    ("on_non_string_values", "{{ 1 }} {{ none }} {{ [1, '<'] }} {{ {'<': '>'} }}"),
    ("on_safe", "{{ x|safe }}", X),
    ("on_escape_twice_no_double", "{{ x|e|e }}", X),
    ("on_forceescape_double", "{{ x|e|forceescape }}", X),
    ("on_literal_text_not_escaped", "<p>&amp; {{ '&amp;' }} {{ '&amp;'|safe }}</p>"),
    ("on_concat_tilde_var_safe_left", "{{ a|safe ~ b }}", {"a": "<b>", "b": "<i>"}),
    ("on_concat_tilde_var_safe_right", "{{ b ~ a|safe }}", {"a": "<b>", "b": "<i>"}),
    ("on_concat_tilde_var_plain", "{{ a ~ b }}", {"a": "<b>", "b": "<i>"}),
    ("on_concat_tilde_in_set", "{% set s = a|safe ~ b %}{{ s }}", {"a": "<b>", "b": "<i>"}),
    ("on_concat_tilde_plain", "{{ '<i>' ~ '<b>' }}"),
    ("on_markup_plus_str", "{{ ('<b>'|safe) + '<i>' }}"),
    ("on_str_plus_markup", "{{ '<i>' + ('<b>'|safe) }}"),
    ("on_markup_times", "{{ ('<b>'|safe) * 2 }}"),
    ("on_markup_methods", "{{ ('<b>x</b>'|safe).upper() }} {{ ('<b>'|safe).replace('b', '<i>') }}"),
    ("on_markup_filters", "{{ '<b>'|safe|upper }} {{ '<b>'|safe|replace('b', '<i>') }} {{ '<b>'|replace('b', 'i') }}"),
    ("on_markup_format_filter", "{{ '<p>%s</p>'|safe|format('<b>') }} {{ '<p>%s</p>'|format('<b>') }}"),
    ("on_markup_percent", "{{ ('<p>%s</p>'|safe) % '<b>' }} {{ '<p>%s</p>' % '<b>' }}"),
    ("on_join", "{{ ['<a>', 'b']|join('<br>') }}|{{ ['<a>'|safe, 'b']|join('<br>') }}|{{ ['<a>', 'b']|join('<br>'|safe) }}"),
    ("on_set_block_is_markup", "{% set s %}<b>{{ x }}</b>{% endset %}{{ s }}|{{ s|length }}", X),
    ("on_macro_output_safe", "{% macro m() %}<b>{{ x }}</b>{% endmacro %}{{ m() }}|{{ m() ~ '<' }}|{{ m()|e }}", X),
    ("on_caller_output_safe", "{% macro m() %}{{ caller() }}{% endmacro %}{% call m() %}<b>{{ x }}</b>{% endcall %}", X),
    ("on_filter_block", "{% filter upper %}<b>{{ x }}</b>{% endfilter %}", X),
    ("on_block_off", "{% autoescape false %}{{ x }}{% endautoescape %}|{{ x }}", X),
    ("on_tojson", "{{ x|tojson }}", X),
    ("on_striptags", "{{ x|striptags }}", X),
    ("on_markup_repr_in_list", "{{ ['<a>'|safe] }}"),
    ("on_safe_then_escape", "{{ '&amp;'|safe|e }} {{ '&amp;'|e }}"),
    ("on_escaped_test", "{{ x is escaped }} {{ x|e is escaped }} {{ x|safe is escaped }}", X),
    ("on_center_indent", "[{{ '<>'|center(6) }}] {{ '<a>\n<b>'|indent(2) }}"),
    ("on_xmlattr", "<p{{ {'title': x, 'data-n': 1}|xmlattr }}>", X),
    ("on_string_filter", "{{ x|safe|string }}|{{ (x|safe|string) ~ '<' }}", X),
    ("on_capitalize_title_markup", "{{ '<b>hi there</b>'|safe|title }} {{ '<b>hi</b>'|safe|capitalize }}"),
    ("on_truncate_markup", "{{ '<b>hello world</b>'|safe|truncate(9, true, '') }}"),
    ("on_wordwrap", "{{ '<a> <b> <c>'|wordwrap(4) }}"),
    ("on_urlize", "{{ 'see http://example.com/?a=1&b=2 <x>'|urlize }}"),
    ("on_default_markup", "{{ missing|default('<b>') }} {{ missing|default('<b>'|safe) }}"),
    ("on_first_last", "{{ ['<a>']|first }} {{ ['<a>'|safe]|last }}"),
    ("on_map_upper", "{{ ['<a>', 'b']|map('upper')|join(',') }}"),
    ("on_int_sum", "{{ [1, 2]|sum }} {{ 3.5 }}"),
    ("on_safe_non_string", "{{ 1|safe }} {{ [1, '<']|safe }}"),
    ("on_dict_items_markup_values", "{% for k, v in {'a': '<x>'|safe, 'b': '<y>'}.items() %}{{ k }}{{ v }}{% endfor %}"),
    ("on_pprint", "{{ {'a': '<b>'}|pprint }}"),
    ("on_markup_join_in_loop", "{% set out = [] %}{% for v in ['<a>', '<b>'|safe] %}{{ v }}{% endfor %}"),
], autoescape=True)
case("on_concat_tilde_const_safe_left", "{{ '<b>'|safe ~ '<i>' }}", autoescape=True,
     note="constant folding: an all-literal ~ is joined as plain str at compile time, so the Markup is lost")
case("on_concat_tilde_const_safe_right", "{{ '<i>' ~ '<b>'|safe }}", autoescape=True,
     note="constant folding: an all-literal ~ is joined as plain str at compile time, so the Markup is lost")
each("", [
    ("select_html_on", "{{ x }}", X),
], autoescape="select")
each("", [
    ("select_txt_off", "{{ x }}", X),
], autoescape="select", main="main.txt")
case("select_xml_on", "{{ x }}", X, autoescape="select", main="main.xml")
case("select_htm_on", "{{ x }}", X, autoescape="select", main="main.htm")
case("select_svg_off", "{{ x }}", X, autoescape="select", main="main.svg")
case("on_for_txt_name", "{{ x }}", X, autoescape=True, main="main.txt")
case("on_extends_block_from_txt_select", "{% extends 'base.html' %}{% block b %}{{ x }}{% endblock %}", X,
     autoescape="select", main="main.txt", templates={"base.html": "{{ x }}|{% block b %}{% endblock %}"})

# --- whitespace control -------------------------------------------------------
group("whitespace")
each("", [
    ("minus_block_both", "a  \n  {%- if true -%}  \n  b  \n  {%- endif -%}  \n  c"),
    ("minus_print", "a  \n  {{- 'x' -}}  \n  b"),
    ("minus_comment", "a  \n  {#- c -#}  \n  b"),
    ("minus_left_only", "a \n {%- if true %} \n b{% endif %}"),
    ("minus_right_only", "a \n {% if true -%} \n b{% endif %}"),
    ("no_control_default", "<ul>\n  {% for i in [1, 2] %}\n  <li>{{ i }}</li>\n  {% endfor %}\n</ul>\n"),
    ("minus_for_list", "<ul>\n  {%- for i in [1, 2] %}\n  <li>{{ i }}</li>\n  {%- endfor %}\n</ul>\n"),
    ("minus_raw", "a\n  {%- raw -%}\n  {{ x }}\n  {%- endraw -%}\n  b"),
    ("minus_does_not_cross_text", "x {%- if true %}y {% endif -%} z"),
    ("minus_between_adjacent_tags", "{% if true -%}   {%- endif %}|{{ 1 -}}   {{- 2 }}"),
    ("plus_without_lstrip_is_noop", "  {%+ if true %}x{% endif %}"),
    ("trailing_newline_dropped", "a\n"),
    ("only_one_trailing_newline_dropped", "a\n\n"),
    ("crlf_trailing_newline_dropped", "a\r\n"),
    ("macro_whitespace", "{% macro m() %}\n  body\n{% endmacro %}[{{ m() }}]"),
    ("minus_in_expression_is_operator", "{{ 5 -3 }}|{{ 5 - -3 }}"),
    ("newline_after_block_kept_default", "{% if true %}\nx\n{% endif %}\n"),
])
each("", [
    ("trim_blocks", "{% if true %}\nx\n{% endif %}\ny"),
    ("trim_blocks_not_after_print", "{{ 1 }}\n{{ 2 }}\n"),
    ("trim_blocks_comment", "a{# c #}\nb"),
    ("trim_blocks_plus_disables", "{% if true +%}\nx\n{% endif +%}\ny"),
    ("trim_blocks_for", "<ul>\n{% for i in [1, 2] %}\n  <li>{{ i }}</li>\n{% endfor %}\n</ul>"),
    ("trim_blocks_crlf", "{% if true %}\r\nx\r\n{% endif %}\r\ny"),
    ("trim_blocks_raw", "{% raw %}\n{{ x }}{% endraw %}\nz"),
    ("trim_blocks_only_one_newline", "{% if true %}\n\nx{% endif %}"),
], trim_blocks=True)
each("", [
    ("lstrip_blocks", "<ul>\n    {% for i in [1, 2] %}\n  <li>{{ i }}</li>\n    {% endfor %}\n</ul>"),
    ("lstrip_not_before_print", "    {{ 1 }}\n"),
    ("lstrip_text_before_tag_kept", "  a {% if true %}x{% endif %}"),
    ("lstrip_tabs", "\t\t{% if true %}x{% endif %}"),
    ("lstrip_plus_disables", "    {%+ if true %}x{% endif %}"),
    ("lstrip_comment", "    {# c #}x"),
    ("lstrip_raw", "    {% raw %}r{% endraw %}"),
], lstrip_blocks=True)
each("", [
    ("trim_and_lstrip", "<div>\n    {% if true %}\n    yes\n    {% endif %}\n</div>\n"),
    ("trim_and_lstrip_nested_loops", "{% for a in [1, 2] %}\n  {% for b in 'xy' %}\n    {{ a }}{{ b }}\n  {% endfor %}\n{% endfor %}\n"),
    ("trim_and_lstrip_macro", "{% macro m(x) %}\n  <b>{{ x }}</b>\n{% endmacro %}\n{{ m(1) }}\n"),
    ("trim_and_lstrip_minus_plus_mix", "  {%- if true +%}\nA\n  {%+ endif -%}\nB"),
], trim_blocks=True, lstrip_blocks=True)
each("", [
    ("keep_trailing_newline", "a\n"),
    ("keep_trailing_newline_two", "a\n\n"),
    ("keep_trailing_newline_include", "{% include 'p.html' %}|", {}),
], keep_trailing_newline=True, templates={"p.html": "p\n"})

# --- built-in filters -------------------------------------------------------
USERS = [{"name": "ann", "age": 31, "city": "Paris", "admin": True},
         {"name": "Bob", "age": 25, "city": "berlin", "admin": False},
         {"name": "cat", "age": 31, "city": "Paris", "admin": False},
         {"name": "dan", "age": 19, "city": "Berlin"}]
group("filter")
each("", [
    # abs
    ("abs", "{{ -3|abs }} {{ 3|abs }} {{ -2.5|abs }} {{ x|abs }}", {"x": -7}),
    ("abs_string_error", "{{ 'a'|abs }}"),
    # attr
    ("attr_dict_key_is_not_attr", "[{{ d|attr('a') }}] {{ d['a'] }}", {"d": {"a": 1}}),
    ("attr_method", "{{ (d|attr('items')) is callable }} {{ 'abc'|attr('upper') is callable }}", {"d": {}}),
    ("attr_namespace", "{% set ns = namespace(v=3) %}{{ ns|attr('v') }}"),
    # batch
    ("batch", "{% for row in range(7)|batch(3) %}{{ row }}{% endfor %}"),
    ("batch_fill", "{% for row in range(7)|batch(3, 'x') %}{{ row|join }} {% endfor %}"),
    ("batch_exact", "{{ range(4)|batch(2)|list }}"),
    ("batch_empty", "{{ []|batch(2)|list }}"),
    # capitalize
    ("capitalize", "{{ 'hello WORLD'|capitalize }} {{ 'éa'|capitalize }} {{ ''|capitalize }}"),
    # center
    ("center", "[{{ 'ab'|center(7) }}] [{{ 'abc'|center(2) }}] [{{ 'a'|center }}]"),
    ("center_even_split", "[{{ 'ab'|center(5) }}] [{{ 'abc'|center(6) }}]"),
    # count / length
    ("length", "{{ 'hello'|length }} {{ [1, 2]|length }} {{ {'a': 1}|length }} {{ 'é☃'|count }}"),
    ("length_int_error", "{{ 5|length }}"),
    # default
    ("default", "{{ missing|default('d') }} {{ x|default('d') }} {{ missing|d('short') }}", {"x": "set"}),
    ("default_no_arg", "[{{ missing|default }}]"),
    ("default_falsy_kept", "[{{ e|default('d') }}] [{{ z|default('d') }}] [{{ n|default('d') }}]", {"e": "", "z": 0, "n": None}),
    ("default_boolean", "[{{ e|default('d', true) }}] [{{ z|d('d', boolean=true) }}] [{{ n|default('d', true) }}] [{{ s|default('d', true) }}]", {"e": "", "z": 0, "n": None, "s": "s"}),
    ("default_attribute_chain", "{{ d.missing|default('dm') }} {{ d.a|default('da') }}", {"d": {"a": 1}}),
    ("default_of_undefined_chain_error", "{{ d.missing.deeper|default('x') }}", {"d": {}}),
    # dictsort
    ("dictsort", "{{ d|dictsort }}", {"d": {"b": 1, "A": 3, "a": 2, "c": 0}}),
    ("dictsort_case_sensitive", "{{ d|dictsort(true) }}", {"d": {"b": 1, "A": 3, "a": 2}}),
    ("dictsort_by_value", "{{ d|dictsort(by='value') }}", {"d": {"b": 1, "a": 2, "c": 0}}),
    ("dictsort_reverse", "{{ d|dictsort(reverse=true) }}", {"d": {"b": 1, "a": 2, "c": 0}}),
    ("dictsort_bad_by", "{{ d|dictsort(by='nope') }}", {"d": {}}),
    # escape
    ("escape", "{{ '<>&\"\\''|e }} {{ 1|e }} {{ none|escape }}"),
    # filesizeformat
    ("filesizeformat", "{% for n in [0, 1, 999, 1000, 1024, 1500, 1000000, 1234567890, 1e13, 1e30] %}{{ n|filesizeformat }}; {% endfor %}"),
    ("filesizeformat_binary", "{% for n in [1, 1023, 1024, 1536, 1048576, 1e12] %}{{ n|filesizeformat(true) }}; {% endfor %}"),
    ("filesizeformat_string", "{{ '2048'|filesizeformat }}"),
    # first / last
    ("first_last", "{{ [1, 2, 3]|first }} {{ [1, 2, 3]|last }} {{ 'abc'|first }} {{ 'abc'|last }}"),
    ("first_empty", "[{{ []|first }}]"),
    ("first_dict", "{{ {'k': 1, 'j': 2}|first }}"),
    ("last_dict", "{{ {'k': 1}|last }}"),
    # float / int
    ("float", "{{ '1.5'|float }} {{ 3|float }} {{ 'x'|float }} {{ 'x'|float(-1.0) }} {{ none|float }} {{ ' 2 '|float }} {{ '1e3'|float }}"),
    ("int", "{{ '42'|int }} {{ 3.9|int }} {{ -3.9|int }} {{ 'x'|int }} {{ 'x'|int(7) }} {{ '3.7'|int }} {{ none|int }} {{ ' 8 '|int }}"),
    ("int_base", "{{ 'ff'|int(base=16) }} {{ '0x1A'|int(0, 16) }} {{ '0b101'|int(base=2) }} {{ '0o17'|int(0, 8) }} {{ '12'|int(base=3) }}"),
    ("int_big_string", "{{ '123456789012345678901234567890'|int }}"),
    # forceescape
    ("forceescape", "{{ '<b>'|forceescape }} {{ '<b>'|safe|forceescape }}"),
    # format
    ("format", "{{ '%s-%s'|format('a', 1) }} {{ '%05.2f'|format(3.14159) }} {{ '%(x)s!'|format(x='kw') }} {{ '%x %o %e'|format(255, 8, 12345.678) }}"),
    ("format_error", "{{ '%d'|format('x') }}"),
    ("format_too_few", "{{ '%s %s'|format('a') }}"),
    ("format_args_and_kwargs_error", "{{ '%s'|format('a', b=1) }}"),
    # groupby
    ("groupby", "{% for g in users|groupby('city') %}{{ g.grouper }}: {{ g.list|map(attribute='name')|join(',') }}; {% endfor %}", {"users": USERS}),
    ("groupby_tuple_unpack", "{% for city, items in users|groupby('city') %}{{ city }}={{ items|length }} {% endfor %}", {"users": USERS}),
    ("groupby_case_sensitive", "{% for g in users|groupby('city', case_sensitive=true) %}{{ g.grouper }}={{ g.list|length }} {% endfor %}", {"users": USERS}),
    ("groupby_int_key", "{% for g in users|groupby('age') %}{{ g.grouper }}:{{ g.list|length }} {% endfor %}", {"users": USERS}),
    ("groupby_default", "{% for g in users|groupby('admin', default=false) %}{{ g.grouper }}:{{ g.list|map(attribute='name')|join }} {% endfor %}", {"users": USERS}),
    ("groupby_missing_attr_error", "{% for g in users|groupby('admin') %}{{ g.grouper }}{% endfor %}", {"users": USERS}),
    ("groupby_dotted", "{% for g in items|groupby('a.b') %}{{ g.grouper }}={{ g.list|length }} {% endfor %}", {"items": [{"a": {"b": 2}}, {"a": {"b": 1}}, {"a": {"b": 2}}]}),
    ("groupby_repr", "{{ [{'k': 1}]|groupby('k')|list }}"),
    # indent
    ("indent", "{{ 'a\nb\nc'|indent }}"),
    ("indent_first_blank", "[{{ 'a\n\nb\n'|indent(2, true) }}] [{{ 'a\n\nb\n'|indent(2, blank=true) }}]"),
    ("indent_string_width", "{{ 'a\nb'|indent('> ', first=true) }}"),
    ("indent_crlf", "{{ x|indent(1) }}", {"x": "a\r\nb\rc"}),
    # items
    ("items", "{% for k, v in d|items %}{{ k }}{{ v }}{% endfor %}|{{ missing|items|list }}", {"d": {"b": 1, "a": 2}}),
    ("items_list_error", "{{ [1]|items|list }}"),
    # join
    ("join", "{{ [1, 2, 3]|join }} {{ [1, 2, 3]|join(', ') }} {{ 'abc'|join('-') }}"),
    ("join_attribute", "{{ users|join(', ', attribute='name') }}", {"users": USERS}),
    ("join_dotted_attribute", "{{ items|join('/', 'a.b') }}", {"items": [{"a": {"b": 1}}, {"a": {"b": 2}}]}),
    ("join_mixed_types", "{{ [1, none, true, 'x', 1.5]|join('|') }}"),
    # length of dict etc.
    ("list", "{{ 'abc'|list }} {{ {'a': 1, 'b': 2}|list }} {{ range(3)|list }}"),
    ("list_int_error", "{{ 1|list }}"),
    # lower / upper
    ("lower_upper", "{{ 'AbC é'|lower }} {{ 'AbC é ß'|upper }}"),
    # map
    ("map_attribute", "{{ users|map(attribute='name')|join(',') }}", {"users": USERS}),
    ("map_attribute_default", "{{ users|map(attribute='admin', default='?')|list }}", {"users": USERS}),
    ("map_attribute_missing", "{{ users|map(attribute='admin')|list }}", {"users": USERS}),
    ("map_filter", "{{ ['a', 'b']|map('upper')|list }} {{ [1.5, 2.5]|map('round')|list }} {{ ['1', '2']|map('int')|sum }}"),
    ("map_filter_args", "{{ ['a-b', 'c-d']|map('replace', '-', '+')|join(' ') }}"),
    ("map_unknown_filter", "{{ [1]|map('nope')|list }}"),
    ("map_int_index_attribute", "{{ rows|map(attribute=1)|list }}", {"rows": [[1, 2], [3, 4]]}),
    # max / min
    ("max_min", "{{ [3, 1, 2]|max }} {{ [3, 1, 2]|min }} {{ 'bca'|max }}"),
    ("max_min_case", "{{ ['a', 'B', 'c']|max }} {{ ['a', 'B', 'c']|max(case_sensitive=true) }} {{ ['a', 'B', 'C']|min }} {{ ['a', 'B']|min(true) }}"),
    ("max_min_attribute", "{{ (users|max(attribute='age')).name }} {{ (users|min(attribute='age')).name }}", {"users": USERS}),
    ("max_empty", "[{{ []|max }}]"),
    # pprint
    ("pprint", "{{ {'b': 1, 'a': [1, 2], 'c': 'x'}|pprint }} {{ 'str'|pprint }} {{ none|pprint }}"),
    ("pprint_long", "{{ d|pprint }}", {"d": {"key%d" % i: list(range(i)) for i in range(8)}}),
    # random (deterministic uses only)
    ("random_single", "{{ [7]|random }} {{ 'x'|random }}"),
    ("random_empty", "[{{ []|random }}]"),
    # reject / select / rejectattr / selectattr
    ("select", "{{ range(10)|select('odd')|list }} {{ range(10)|select('divisibleby', 3)|list }} {{ [0, 1, '', 'a', none]|select|list }}"),
    ("reject", "{{ range(10)|reject('odd')|list }} {{ [0, 1, '', 'a', none]|reject|list }} {{ [1, 2, 3]|reject('in', [2])|list }}"),
    ("select_operator_tests", "{{ [1, 5, 10]|select('>', 3)|list }} {{ [1, 5, 10]|select('==', 5)|list }} {{ ['a', 'b']|select('ne', 'a')|list }}"),
    ("selectattr", "{{ users|selectattr('admin')|map(attribute='name')|list }} {{ users|selectattr('age', 'gt', 20)|map(attribute='name')|list }}", {"users": USERS}),
    ("rejectattr", "{{ users|rejectattr('admin')|map(attribute='name')|list }} {{ users|rejectattr('city', 'equalto', 'Paris')|map(attribute='name')|list }}", {"users": USERS}),
    ("selectattr_defined", "{{ users|selectattr('admin', 'defined')|list|length }} {{ users|rejectattr('admin', 'defined')|map(attribute='name')|first }}", {"users": USERS}),
    ("select_unknown_test", "{{ [1]|select('nope')|list }}"),
    ("select_generator_repr", "{{ [1]|select('odd') is iterable }} {{ [1]|select('odd') is sequence }}"),
    # replace
    ("replace", "{{ 'aaa'|replace('a', 'b') }} {{ 'aaa'|replace('a', 'b', 2) }} {{ 'abc'|replace('', '-') }} {{ 1212|replace(1, 3) }}"),
    # reverse
    ("reverse", "{{ 'abc'|reverse }} {{ [1, 2, 3]|reverse|list }} {{ range(3)|reverse|list }} {{ {'a': 1, 'b': 2}|reverse|list }}"),
    ("reverse_int_error", "{{ 12|reverse }}"),
    # round
    ("round", "{{ 2.5|round }} {{ 3.5|round }} {{ 2.675|round(2) }} {{ 1.05|round(1) }} {{ 42|round }} {{ -2.5|round }}"),
    ("round_methods", "{{ 2.1|round(method='ceil') }} {{ 2.9|round(0, 'floor') }} {{ -2.1|round(method='ceil') }} {{ 2.123|round(2, 'ceil') }} {{ 2.129|round(2, 'floor') }}"),
    ("round_int_result", "{{ 2.7|round|int }} {{ 1234.5678|round(-2) }}"),
    ("round_bad_method", "{{ 1|round(1, 'bogus') }}"),
    # safe
    ("safe", "{{ '<b>'|safe }} {{ 1|safe }}"),
    # slice
    ("slice", "{% for col in range(7)|slice(3) %}{{ col }}{% endfor %}"),
    ("slice_fill", "{% for col in range(7)|slice(3, 'x') %}{{ col }}{% endfor %}"),
    ("slice_more_than_items", "{{ [1, 2]|slice(4)|list }}"),
    # sort
    ("sort", "{{ [3, 1, 2]|sort }} {{ ['b', 'A', 'c', 'a']|sort }} {{ ['b', 'A', 'c', 'a']|sort(case_sensitive=true) }}"),
    ("sort_reverse", "{{ [3, 1, 2]|sort(true) }} {{ ['b', 'A', 'c']|sort(reverse=true) }}"),
    ("sort_attribute", "{{ users|sort(attribute='age')|map(attribute='name')|join(',') }}", {"users": USERS}),
    ("sort_attribute_stable", "{{ users|sort(attribute='city')|map(attribute='name')|join(',') }}", {"users": USERS}),
    ("sort_multiple_attributes", "{{ users|sort(attribute='age,name')|map(attribute='name')|join(',') }}", {"users": USERS}),
    ("sort_dotted_attribute", "{{ items|sort(attribute='a.b')|map(attribute='n')|join }}", {"items": [{"n": "x", "a": {"b": 2}}, {"n": "y", "a": {"b": 1}}]}),
    ("sort_mixed_error", "{{ [1, 'a']|sort }}"),
    ("sort_dict", "{{ {'b': 1, 'a': 2}|sort }}"),
    # string
    ("string", "{{ 1|string ~ 2 }} {{ none|string }} {{ [1, 'a']|string }} {{ (1|string)|length }}"),
    # striptags
    ("striptags", "{{ '<p>Hello   <b>world</b>\n<br/>again</p>'|striptags }}|{{ 'a &amp; b &lt;c&gt;'|striptags }}|{{ '<!-- c -->x'|striptags }}"),
    # sum
    ("sum", "{{ [1, 2, 3]|sum }} {{ [1, 2, 3]|sum(start=10) }} {{ [0.1, 0.2]|sum }} {{ []|sum }}"),
    ("sum_attribute", "{{ users|sum(attribute='age') }}", {"users": USERS}),
    ("sum_strings_error", "{{ ['a', 'b']|sum }}"),
    # title
    ("title", "{{ 'hello world'|title }} {{ \"it's a test-case o'neil\"|title }} {{ 'HELLO wOrLd'|title }} {{ 'a1b c_d (e)'|title }}"),
    # tojson
    ("tojson", "{{ d|tojson }}", {"d": {"b": [1, 2.5, None, True], "a": "x<y>&'\"", "é": "☃"}}),
    ("tojson_indent", "{{ d|tojson(2) }}", {"d": {"b": 1, "a": [1, {"c": None}]}}),
    ("tojson_scalars", "{{ 1|tojson }} {{ 'a'|tojson }} {{ none|tojson }} {{ 1.0|tojson }} {{ [1, 'x']|tojson }}"),
    ("tojson_undefined_error", "{{ missing|tojson }}"),
    # trim
    ("trim", "[{{ '  a b  '|trim }}] [{{ 'xxaxx'|trim('x') }}] [{{ '\t\na\n'|trim }}]"),
    # truncate
    ("truncate", "{{ 'foo bar baz qux'|truncate(9) }}|{{ 'foo bar baz qux'|truncate(9, true) }}|{{ 'foo bar baz qux'|truncate(11, end=' >>') }}"),
    ("truncate_short_and_leeway", "{{ 'hello'|truncate(3) }}|{{ 'hello world'|truncate(10) }}|{{ 'hello world'|truncate(10, leeway=0) }}|{{ 'hello world!'|truncate(9, false, '...', 0) }}"),
    ("truncate_default_length", "{{ ('x' * 260)|truncate|length }} {{ ('word ' * 60)|truncate|length }}"),
    ("truncate_length_too_small", "{{ 'hello'|truncate(2) }}"),
    # unique
    ("unique", "{{ [1, 2, 1, 3, 2]|unique|list }} {{ ['a', 'A', 'b']|unique|list }} {{ ['a', 'A', 'b']|unique(case_sensitive=true)|list }}"),
    ("unique_attribute", "{{ users|unique(attribute='city')|map(attribute='name')|list }}", {"users": USERS}),
    # urlencode
    ("urlencode", "{{ 'a b&c=d/é?'|urlencode }} {{ {'q': 'a b', 'x': 1, 'é': '/'}|urlencode }} {{ [['a', 1], ['b', 'c d']]|urlencode }} {{ 42|urlencode }}"),
    # urlize
    ("urlize", "{{ 'see http://example.com and www.test.org, or mail a@b.com.'|urlize }}"),
    ("urlize_trim_nofollow_target", "{{ 'go to https://example.com/very/long/path/here now'|urlize(20, true, target='_blank') }}"),
    ("urlize_rel_extra", "{{ 'visit example.com or ftp://x.org'|urlize(rel='me') }}|{{ 'ftp://x.org'|urlize(extra_schemes=['ftp://']) }}"),
    ("urlize_parens", "{{ '(http://example.com/x) <http://a.org>'|urlize }}"),
    # wordcount
    ("wordcount", "{{ 'hello world  foo-bar'|wordcount }} {{ ''|wordcount }} {{ 'one, two; three.'|wordcount }}"),
    # wordwrap
    ("wordwrap", "{{ 'The quick brown fox jumps over the lazy dog'|wordwrap(10) }}"),
    ("wordwrap_long_words", "{{ 'abcdefghijklmnop qr'|wordwrap(5) }}|{{ 'abcdefghijklmnop qr'|wordwrap(5, false) }}"),
    ("wordwrap_wrapstring", "{{ 'aaa bbb ccc'|wordwrap(4, wrapstring='<br>') }}"),
    ("wordwrap_hyphens", "{{ 'aa-bb-cc dd'|wordwrap(4) }}|{{ 'aa-bb-cc dd'|wordwrap(4, break_on_hyphens=false) }}"),
    ("wordwrap_paragraphs", "{{ 'one two three\n\nfour five six'|wordwrap(8) }}"),
    # xmlattr
    ("xmlattr", "<a{{ {'href': '/x?a=1&b=2', 'class': 'c', 'skip': none, 'title': 'say \"hi\"'}|xmlattr }}>"),
    ("xmlattr_no_autospace", "<a{{ {'id': 1}|xmlattr(false) }}>"),
    ("xmlattr_undefined_skipped", "<a{{ {'id': missing, 'x': 0}|xmlattr }}>"),
    ("unknown_filter", "{{ x|nope }}"),
    ("unknown_filter_in_untaken_if", "{% if false %}{{ x|nope }}{% endif %}ok"),
    ("unknown_filter_in_taken_if", "{% if true %}{{ x|nope }}{% endif %}ok"),
    ("filter_chain_args", "{{ ' a,b ,c '|trim|replace(' ', '')|upper }}"),
    ("filter_with_parens_no_args", "{{ 'x'|upper() }}"),
    ("filter_arg_missing", "{{ 'x'|replace }}"),
    ("filter_dotted_name_error", "{{ 'x'|up.per }}"),
])
each("", [
    ("first_empty_strict", "{{ []|first }}"),
    ("max_empty_strict", "{{ []|min }}"),
    ("selectattr_missing_attr_strict", "{{ users|selectattr('admin')|list|length }}", {"users": USERS}),
    ("default_strict", "{{ missing|default('ok') }} {{ missing is defined }}"),
    ("map_attribute_missing_strict", "{{ users|map(attribute='admin')|list }}", {"users": USERS}),
    ("join_undefined_strict", "{{ [1, missing]|join }}"),
], undefined="strict")

# --- built-in tests -----------------------------------------------------------
VALS = {"i": 3, "f": 2.5, "s": "abc", "u": "ABC", "l": [1], "d": {"a": 1}, "n": None, "t": True, "b": False, "e": ""}
group("test")
each("", [
    ("boolean", "{{ t is boolean }} {{ b is boolean }} {{ i is boolean }} {{ n is boolean }}", VALS),
    ("callable", "{{ range is callable }} {{ s.upper is callable }} {{ s is callable }} {{ d.get is callable }} {{ cycler is callable }}", VALS),
    ("callable_macro", "{% macro m() %}{% endmacro %}{{ m is callable }} {{ caller is callable }}"),
    ("defined_undefined", "{{ i is defined }} {{ nope is defined }} {{ nope is undefined }} {{ n is defined }} {{ d.a is defined }} {{ d.z is defined }} {{ d['z'] is undefined }}", VALS),
    ("divisibleby", "{{ 9 is divisibleby 3 }} {{ 9 is divisibleby(4) }} {{ 0 is divisibleby 5 }} {{ 7.5 is divisibleby 2.5 }}"),
    ("divisibleby_zero", "{{ 1 is divisibleby 0 }}"),
    ("eq_aliases", "{{ 1 is eq 1 }} {{ 1 is equalto 2 }} {{ 'a' is sameas 'a' }}"),
    ("ne_lt_le_gt_ge", "{{ 1 is ne 2 }} {{ 1 is lt 2 }} {{ 2 is le 2 }} {{ 3 is gt 2 }} {{ 3 is ge 4 }} {{ 1 is lessthan 2 }} {{ 1 is greaterthan 2 }}"),
    ("operator_symbol_is_not_a_test_name", "{{ 1 is == 1 }}"),
    ("escaped", "{{ s is escaped }} {{ s|e is escaped }} {{ s|safe is escaped }}", VALS),
    ("even_odd", "{{ 2 is even }} {{ 3 is even }} {{ 3 is odd }} {{ 0 is even }} {{ -1 is odd }}"),
    ("even_float", "{{ 2.5 is even }}"),
    ("true_false", "{{ t is true }} {{ 1 is true }} {{ b is false }} {{ 0 is false }} {{ n is false }}", VALS),
    ("filter_test", "{{ 'upper' is filter }} {{ 'nope' is filter }} {{ 'odd' is filter }}"),
    ("test_test", "{{ 'odd' is test }} {{ 'nope' is test }} {{ 'upper' is test }}"),
    ("float_integer_number", "{{ f is float }} {{ i is float }} {{ i is integer }} {{ t is integer }} {{ f is number }} {{ t is number }} {{ s is number }}", VALS),
    ("in", "{{ 1 is in [1, 2] }} {{ 'x' is in 'abc' }} {{ 'a' is in {'a': 1} }}"),
    ("iterable", "{{ l is iterable }} {{ s is iterable }} {{ d is iterable }} {{ i is iterable }} {{ n is iterable }} {{ range(2) is iterable }} {{ nope is iterable }}", VALS),
    ("lower_upper", "{{ s is lower }} {{ u is upper }} {{ s is upper }} {{ 'a1' is lower }} {{ '1' is lower }}", VALS),
    ("lower_non_string", "{{ 1 is lower }}"),
    ("mapping", "{{ d is mapping }} {{ l is mapping }} {{ s is mapping }}", VALS),
    ("none", "{{ n is none }} {{ b is none }} {{ nope is none }}", VALS),
    ("sameas", "{{ n is sameas none }} {{ t is sameas true }} {{ 1 is sameas true }} {{ l is sameas l }} {{ [1] is sameas [1] }}", VALS),
    ("sequence", "{{ l is sequence }} {{ s is sequence }} {{ d is sequence }} {{ i is sequence }} {{ range(1) is sequence }}", VALS),
    ("string", "{{ s is string }} {{ s|safe is string }} {{ i is string }} {{ n is string }}", VALS),
    ("not_test", "{{ i is not even }} {{ nope is not defined }} {{ not i is odd }}", VALS),
    ("test_with_parens_args", "{{ 10 is divisibleby(5) }} {{ 5 is ge(5) }}"),
    ("test_arg_precedence", "{{ 10 is divisibleby 2 + 3 }}"),
    ("unknown_test", "{{ 1 is nope }}"),
    ("unknown_test_in_untaken_if", "{% if false %}{{ 1 is nope }}{% endif %}ok"),
    ("test_in_if", "{% if x is string and x is lower %}lowstr{% endif %}", {"x": "abc"}),
    ("test_on_undefined_attr_chain", "{{ d.a.b is defined }} {{ d.z.b is defined }}", VALS),
])

# --- globals --------------------------------------------------------------------
group("globals")
each("", [
    ("range", "{{ range(5)|list }} {{ range(2, 5)|list }} {{ range(10, 0, -3)|list }} {{ range(0)|list }} {{ range(3) }}"),
    ("range_len_index", "{{ range(10)|length }} {{ range(10)[3] }} {{ range(10)[2:5]|list }} {{ 5 in range(10) }}"),
    ("range_zero_step", "{{ range(1, 2, 0) }}"),
    ("range_float_error", "{{ range(1.5) }}"),
    ("dict", "{{ dict(a=1, b='x') }} {{ dict() }} {{ dict({'a': 1}, b=2) }}"),
    ("dict_from_pairs", "{{ dict([['a', 1], ['b', 2]]) }}"),
    ("cycler", "{% set c = cycler('a', 'b', 'c') %}{{ c.next() }}{{ c.next() }}{{ c.current }}{{ c.next() }}{{ c.next() }}"),
    ("cycler_reset", "{% set c = cycler(1, 2) %}{{ c.next() }}{{ c.next() }}{{ c.reset() }}{{ c.current }}{{ c.next() }}"),
    ("cycler_in_loop", "{% set row = cycler('odd', 'even') %}{% for i in range(3) %}{{ row.next() }} {% endfor %}"),
    ("cycler_items", "{% set c = cycler(1, 2) %}{{ c.items }}"),
    ("cycler_empty", "{% set c = cycler() %}{{ c.next() }}"),
    ("joiner", "{% set j = joiner(', ') %}{% for x in 'abc' %}{{ j() }}{{ x }}{% endfor %}"),
    ("joiner_default", "{% set j = joiner() %}[{{ j() }}][{{ j() }}][{{ j() }}]"),
    ("namespace", "{% set ns = namespace(found=false, n=0) %}{% for x in [1, 5, 2] %}{% if x > 3 %}{% set ns.found = true %}{% endif %}{% set ns.n = ns.n + 1 %}{% endfor %}{{ ns.found }} {{ ns.n }}"),
    ("namespace_in_macro", "{% set ns = namespace(v=1) %}{% macro bump() %}{% set ns.v = ns.v + 1 %}{% endmacro %}{{ bump() }}{{ bump() }}{{ ns.v }}"),
    ("lipsum_runs", "{{ lipsum(2).count('<p>') }} {{ lipsum(1, false)|wordcount > 10 }} {{ lipsum(3, false).count('\n\n') }} {{ lipsum(1, false, 5, 6)|wordcount }}",
     None),
    ("lipsum_html_shape", "{{ lipsum(1).startswith('<p>') }} {{ lipsum(1).endswith('</p>') }} {{ lipsum(1, false)[0] is upper }} {{ lipsum(1, false)[-1] }}"),
    ("globals_shadowed_by_context", "{{ range }}", {"range": "ctx range"}),
    ("globals_shadowed_by_set", "{% set dict = 'mine' %}{{ dict }}"),
])

# --- Python methods on values ------------------------------------------------
group("methods")
each("", [
    ("str_case", "{{ s.upper() }} {{ s.lower() }} {{ s.title() }} {{ s.capitalize() }} {{ s.swapcase() }} {{ s.casefold() }}", {"s": "hEllo wORLD ß"}),
    ("str_strip", "[{{ s.strip() }}] [{{ s.lstrip() }}] [{{ s.rstrip() }}] [{{ 'xxaxx'.strip('x') }}]", {"s": "  a b  "}),
    ("str_split_join", "{{ 'a,b,,c'.split(',') }} {{ 'a b  c'.split() }} {{ 'a,b,c'.split(',', 1) }} {{ 'a,b,c'.rsplit(',', 1) }} {{ '-'.join(['x', 'y']) }}"),
    ("str_replace_find", "{{ 'aaa'.replace('a', 'b', 2) }} {{ 'hello'.find('l') }} {{ 'hello'.rfind('l') }} {{ 'hello'.find('z') }} {{ 'hello'.index('e') }} {{ 'hello'.count('l') }}"),
    ("str_index_error", "{{ 'hello'.index('z') }}"),
    ("str_predicates", "{{ 'abc'.startswith('ab') }} {{ 'abc'.endswith(('x', 'c')) }} {{ '123'.isdigit() }} {{ 'ab'.isalpha() }} {{ ' '.isspace() }} {{ 'Ab'.istitle() }} {{ 'a1'.isalnum() }}"),
    ("str_padding", "[{{ 'ab'.center(6, '*') }}] [{{ 'ab'.ljust(4) }}] [{{ 'ab'.rjust(4, '.') }}] [{{ '42'.zfill(5) }}] [{{ '-42'.zfill(5) }}]"),
    ("str_partition_splitlines", "{{ 'k=v=w'.partition('=') }} {{ 'k=v=w'.rpartition('=') }} {{ 'a\nb\r\nc'.splitlines() }} {{ 'a\nb'.splitlines(true) }}"),
    ("str_format_positional", "{{ '{} and {}'.format('a', 'b') }} {{ '{1}{0}{1}'.format('a', 'b') }} {{ '{0!r}'.format('x') }}"),
    ("str_format_named", "{{ '{name} is {age}'.format(name='Ann', age=30) }} {{ '{d[k]} {l[1]}'.format(d={'k': 'v'}, l=[1, 2]) }}"),
    ("str_format_spec", "[{{ '{:>8}'.format('x') }}] [{{ '{:<5}|'.format(1) }}] [{{ '{:^7.2f}'.format(3.14159) }}] [{{ '{:,}'.format(1234567) }}] [{{ '{:08.3f}'.format(-3.5) }}] [{{ '{:x}'.format(255) }}] [{{ '{:b}'.format(5) }}] [{{ '{:.1%}'.format(0.256) }}] [{{ '{:e}'.format(1234.5) }}]"),
    ("str_format_map_error", "{{ '{x}'.format() }}"),
    ("str_encode_like", "{{ 'é'.encode('utf-8') }}"),
    ("str_startswith_slice", "{{ s[0].upper() ~ s[1:] }}", {"s": "word"}),
    ("dict_methods", "{{ d.keys()|list }} {{ d.values()|list }} {{ d.items()|list }} {{ d.get('a') }} {{ d.get('z') }} {{ d.get('z', 0) }}", {"d": {"a": 1, "b": 2}}),
    ("dict_view_repr", "{{ d.keys() }} {{ d.items() }}", {"d": {"a": 1}}),
    ("dict_setdefault_pop", "{{ d.setdefault('c', 3) }} {{ d.pop('a') }} {{ d }} {{ d.pop('z', 'none') }}", {"d": {"a": 1, "b": 2}}),
    ("dict_copy_update", "{% set e = d.copy() %}{{ e.update({'x': 9}) }} {{ e }} {{ d }}", {"d": {"a": 1}}),
    ("dict_len_in", "{{ d|length }} {{ 'a' in d }} {{ 'a' in d.keys() }} {{ 1 in d.values() }}", {"d": {"a": 1}}),
    ("list_methods", "{{ l.index(2) }} {{ l.count(1) }} {{ l.copy() }} {{ l[::-1] }} {{ l.append(9) }} {{ l }}", {"l": [1, 2, 1]}),
    ("list_sort_reverse_inplace", "{{ l.sort() }}{{ l }} {{ l.reverse() }}{{ l }}", {"l": [3, 1, 2]}),
    ("list_index_error", "{{ l.index(5) }}", {"l": [1]}),
    ("list_pop_empty_error", "{{ l.pop() }}", {"l": []}),
    ("int_float_methods", "{{ (255).bit_length() }} {{ 2.5.is_integer() }} {{ (3.0).is_integer() }} {{ (10).__str__() }}"),
    ("string_iteration_methods", "{% for w in 'a b c'.split() %}{{ w.upper() }}{% endfor %}"),
    ("method_on_undefined", "{{ missing.upper() }}"),
    ("unknown_method", "{{ 'x'.nope() }}"),
    ("method_wrong_args", "{{ 'x'.upper(1) }}"),
])

# --- attribute / item lookup ------------------------------------------------
group("lookup")
each("", [
    ("dot_dict_key", "{{ d.a }} {{ d['a'] }} {{ d.get('a') }}", {"d": {"a": 1}}),
    ("dot_prefers_method_over_key", "{{ d.items is callable }} {{ d['items'] }} {{ d.keys is callable }} {{ d['keys'] }}", {"d": {"items": "key!", "keys": 2}}),
    ("subscript_prefers_key_over_method", "{{ d['get'] }} {{ d.get('get') }}", {"d": {"get": "key"}}),
    ("subscript_falls_back_to_attribute", "{{ d['items'] is callable }} {{ 'abc'['upper'] is callable }}", {"d": {}}),
    ("dot_integer_index", "{{ l.0 }} {{ l.1 }} {{ s.0 }} {{ rows.1.0 }}", {"l": ["x", "y"], "s": "str", "rows": [[1], [2]]}),
    ("dot_integer_key_in_dict_string_keys", "[{{ d.1 }}] {{ d['1'] }}", {"d": {"1": "one"}}),
    ("integer_vs_string_key", "[{{ d[1] }}] {{ d['1'] }}", {"d": {"1": "s"}}),
    ("dot_key_with_dash_needs_subscript", "{{ d['a-b'] }} {{ d['a b'] }} {{ d['a.b'] }}", {"d": {"a-b": 1, "a b": 2, "a.b": 3}}),
    ("nested_lookup", "{{ d.a.b.c }} {{ d['a']['b']['c'] }} {{ d.a['b'].c }}", {"d": {"a": {"b": {"c": "deep"}}}}),
    ("list_negative_and_out_of_range", "{{ l[-1] }} [{{ l[5] }}] [{{ l[-5] }}]", {"l": [1, 2]}),
    ("string_index_out_of_range", "[{{ s[10] }}]", {"s": "ab"}),
    ("variable_key", "{{ d[k] }} {{ d[k ~ 'x'] }}", {"d": {"a": 1, "ax": 2}, "k": "a"}),
    ("lookup_on_none", "[{{ n.x }}]", {"n": None}),
    ("lookup_on_int", "[{{ i.x }}] [{{ i[0] }}]", {"i": 5}),
    ("list_string_index", "[{{ l['a'] }}]", {"l": [1]}),
    ("list_slice_object_key", "{{ l[1:] }}", {"l": [1, 2, 3]}),
    ("attribute_of_loop_item", "{% for u in users %}{{ u.name }}{{ u['age'] }} {% endfor %}", {"users": [{"name": "a", "age": 1}]}),
    ("special_attributes_via_subscript", "[{{ d['__class__'] }}]", {"d": {}}),
])

# --- undefined: every kind, every operation ------------------------------------
UNDEF_OPS = [
    ("print", "[{{ x }}]"),
    ("print_attr_of_undefined", "[{{ x.y }}]"),
    ("print_item_of_undefined", "[{{ x['y'] }}]"),
    ("call", "[{{ x() }}]"),
    ("method_call", "[{{ x.y() }}]"),
    ("iterate", "{% for i in x %}{{ i }}{% else %}empty{% endfor %}"),
    ("if", "{% if x %}T{% else %}F{% endif %}"),
    ("not", "{{ not x }}"),
    ("eq_none", "{{ x == none }} {{ x != none }}"),
    ("eq_undefined", "{{ x == y }}"),
    ("lt", "{{ x < 1 }}"),
    ("is_defined", "{{ x is defined }} {{ x is undefined }}"),
    ("attr_is_defined", "{{ x.y is defined }}"),
    ("is_none", "{{ x is none }}"),
    ("default", "{{ x|default('d') }}"),
    ("attr_default", "{{ x.y|default('d') }}"),
    ("length", "{{ x|length }}"),
    ("tilde_concat", "[{{ 'a' ~ x ~ 'b' }}]"),
    ("plus", "{{ x + 1 }}"),
    ("in", "{{ 1 in x }}"),
    ("upper_filter", "[{{ x|upper }}]"),
    ("string_filter", "[{{ x|string }}]"),
    ("list_filter", "{{ x|list }}"),
    ("join_filter", "[{{ x|join(',') }}]"),
    ("int_filter", "{{ x|int }}"),
    ("missing_dict_key", "[{{ d.missing }}]"),
    ("missing_dict_key_chain", "[{{ d.missing.deeper }}]"),
    ("missing_list_index", "[{{ l[5] }}]"),
    ("missing_str_attribute", "[{{ s.nope }}]"),
    ("set_and_print", "{% set v = x %}[{{ v }}]"),
    ("macro_arg", "{% macro m(a) %}[{{ a }}]{% endmacro %}{{ m(x) }}"),
    ("inline_if_without_else", "[{{ 'y' if false }}]"),
    ("in_list_repr", "{{ [x] }}"),
    ("autoescape_print", "[{{ x }}]"),
    ("tojson", "{{ x|tojson }}"),
]
UNDEF_CTX = {"d": {"a": 1}, "l": [1], "s": "str"}
group("undefined")
for kind in ("default", "strict", "chainable", "debug"):
    for op, tpl in UNDEF_OPS:
        if op == "autoescape_print":
            case(kind + "_" + op, tpl, UNDEF_CTX, undefined=kind, autoescape=True)
        else:
            case(kind + "_" + op, tpl, UNDEF_CTX, undefined=kind)
each("", [
    ("default_hint_from_filter", "{{ ([]|first).x }}"),
    ("default_undefined_repr", "{{ x|pprint }}"),
    ("default_undefined_in_format", "{{ '%s'|format(x) }}"),
    ("default_undefined_str_method", "[{{ 'a'.join([x|string]) }}]"),
    ("default_undefined_attribute_of_undefined_attribute", "{{ d.missing.x }}", {"d": {}}),
    ("default_dict_get_missing_is_none", "{{ d.get('z') }} {{ d.get('z') is none }} {{ d.get('z') is defined }}", {"d": {}}),
])
case("debug_nested_dict_missing", "{{ d.a.missing }}|{{ d['missing'] }}", {"d": {"a": {}}}, undefined="debug")
case("chainable_deep_default", "{{ x.y.z|default('deep default') }} {{ d.a.b.c|default('d2') }}", {"d": {"a": {}}}, undefined="chainable")
case("chainable_in_if", "{% if x.y.z %}T{% else %}F{% endif %}", undefined="chainable")
case("strict_hint_from_filter", "{{ []|first }}", undefined="strict")
case("strict_default_test_ok", "{{ x|default('ok') }} {{ x is defined }} {{ x is undefined }}", undefined="strict")
case("strict_loop_else", "{% for i in x %}{% else %}{% endfor %}", undefined="strict")
case("strict_macro_missing_arg", "{% macro m(a) %}{{ a }}{% endmacro %}{{ m() }}", undefined="strict")
case("strict_include_sees_undefined", "{% include 'p.html' %}", templates={"p.html": "{{ nope }}"}, undefined="strict")

# --- errors: syntax and runtime, with Jinja's exact classes and messages ----------
group("errors")
each("", [
    ("unknown_tag", "{% foo %}"),
    ("unknown_tag_inside_block", "{% for x in y %}{% foo %}{% endfor %}"),
    ("empty_print", "{{ }}"),
    ("unclosed_print", "{{ x "),
    ("unclosed_statement", "{% if x "),
    ("unclosed_comment", "{# abc"),
    ("unclosed_raw", "{% raw %}abc"),
    ("unclosed_string", "{{ 'abc }}"),
    ("unbalanced_paren", "{{ (1 + 2 }}"),
    ("unbalanced_bracket", "{{ [1, 2 }}"),
    ("unexpected_closing_paren", "{{ 1 + 2) }}"),
    ("dangling_operator", "{{ 1 + }}"),
    ("double_operator", "{{ 1 * * 2 }}"),
    ("missing_filter_name", "{{ x| }}"),
    ("missing_test_name", "{{ x is }}"),
    ("bad_character", "{{ 1 $ 2 }}"),
    ("bad_character_unicode", "{{ a ☃ b }}"),
    ("assignment_in_print", "{{ x = 1 }}"),
    ("statement_closer_in_print", "{{ x %}"),
    ("print_closer_in_statement", "{% if x }}{% endif %}"),
    ("endblock_without_block", "{% endblock %}"),
    ("endif_alone", "{% endif %}"),
    ("elif_alone", "{% elif x %}"),
    ("else_alone", "{% else %}"),
    ("nested_unclosed", "{% for x in y %}{% if x %}{% endfor %}"),
    ("extends_twice_static", "{% extends 'a.html' %}{% extends 'a.html' %}"),
    ("include_missing", "{% include 'missing.html' %}"),
    ("include_no_name", "{% include %}"),
    ("import_no_as", "{% import 'a.html' %}"),
    ("from_without_import", "{% from 'a.html' x %}"),
    ("call_undefined", "{{ nope() }}"),
    ("call_int", "{{ x() }}", {"x": 1}),
    ("call_string", "{{ 'abc'() }}"),
    ("subscript_int_is_undefined", "{{ x[0] }}", {"x": 1}),
    ("positional_after_keyword", "{{ dict(a=1, 2) }}"),
    ("set_no_target", "{% set = 1 %}"),
    ("set_to_call", "{% set f() = 1 %}"),
    ("for_target_literal", "{% for 1 in x %}{% endfor %}"),
    ("macro_no_parens", "{% macro m %}{% endmacro %}"),
    ("macro_arg_literal", "{% macro m(1) %}{% endmacro %}"),
    ("call_block_no_call", "{% call m %}x{% endcall %}"),
    ("filter_block_no_filter", "{% filter %}x{% endfilter %}"),
    ("with_bad_target", "{% with 1 = 2 %}{% endwith %}"),
    ("block_in_macro_allowed", "{% macro m() %}{% block b %}{% endblock %}{% endmacro %}"),
    ("block_in_call_allowed", "{% macro m() %}{{ caller() }}{% endmacro %}{% call m() %}{% block b %}x{% endblock %}{% endcall %}"),
    ("error_line_reported_later", "line1\nline2\n{{ ok }}\n{% if %}"),
    ("error_in_included_template", "{% include 'bad.html' %}"),
    ("error_in_parent_template", "{% extends 'bad.html' %}"),
    ("runtime_error_in_included_template", "a{% include 'div0.html' %}"),
    ("unexpected_end_in_expression", "{{ 1 +"),
    ("string_too_many_quotes", "{{ 'a''b'' }}"),
    ("colon_outside_subscript", "{{ a:b }}"),
    ("dict_missing_colon", "{{ {'a' 1} }}"),
    ("dict_non_hashable_key", "{{ {[1]: 2} }}"),
    ("tuple_trailing_comma_subscript", "{{ d[1,] }}", {"d": {}}),
    ("not_without_operand", "{{ not }}"),
    ("is_not_chain", "{{ 1 is not not even }}"),
    ("autoescape_non_constant_name", "{% autoescape %}x{% endautoescape %}"),
    ("unclosed_block", "{% block a %}"),
    ("unclosed_filter", "{% filter upper %}"),
    ("extends_in_macro", "{% macro m() %}{% extends 'a.html' %}{% endmacro %}{{ m() }}"),
], templates={"a.html": "A", "bad.html": "ok\n{{ 1 + }}", "div0.html": "{{ 1 // 0 }}"})

case("undefined_attribute_strict_message", "{{ d.missing }}", {"d": {}}, undefined="strict")
case("undefined_item_strict_message", "{{ l[3] }}", {"l": [1]}, undefined="strict")
case("undefined_name_strict_message", "{{ nope }}", undefined="strict")

# --- sandbox ----------------------------------------------------------------------
group("sandbox")
each("", [
    ("dunder_attribute_print", "[{{ s.__class__ }}]", {"s": "x"}),
    ("dunder_attribute_chain", "{{ s.__class__.__name__ }}", {"s": "x"}),
    ("dunder_attribute_mro", "{{ ''.__class__.__mro__ }}"),
    ("dunder_attribute_is_defined", "{{ s.__class__ is defined }}", {"s": "x"}),
    ("dunder_via_subscript", "{{ s['__class__'].__name__ }}", {"s": "x"}),
    ("underscore_attribute_on_string", "[{{ s._x }}]", {"s": "x"}),
    ("underscore_key_on_dict", "{{ d._private }} {{ d['_private'] }}", {"d": {"_private": "p"}}),
    ("dunder_key_on_dict", "{{ d.__len__ }}", {"d": {"__len__": "shadow"}}),
    ("dunder_method_call", "{{ d.__len__() }}", {"d": {"a": 1}}),
    ("dunder_on_int_literal", "{{ (1).__add__(2) }}"),
    ("attr_filter_unsafe", "{{ s|attr('__class__') }}", {"s": "x"}),
    ("attr_filter_unsafe_chain", "{{ (s|attr('__class__')).__name__ }}", {"s": "x"}),
    ("format_method_unsafe", "{{ '{0.__class__}'.format(1) }}"),
    ("format_method_safe", "{{ '{0} {x}'.format(1, x=2) }}"),
    ("format_filter_ok", "{{ '%s'|format('a') }}"),
    ("range_too_big", "{{ range(100001)|length }}"),
    ("range_limit_ok", "{{ range(100000)|length }}"),
    ("safe_operations", "{{ s.upper() }} {{ d.items()|list }} {{ l|sort }}", {"s": "x", "d": {"a": 1}, "l": [2, 1]}),
    ("mutation_allowed", "{% do l.append(3) %}{{ l }}", {"l": [1]}),
    ("macro_internal_attribute", "{% macro m() %}{% endmacro %}{{ m._func }}"),
    ("loop_internal_attribute", "{% for x in [1] %}[{{ loop._iterator }}]{% endfor %}"),
    ("func_globals", "{{ cycler.__init__.__globals__ }}"),
    ("unsafe_callable", "{{ s.__class__() }}", {"s": "x"}),
    ("percent_format_safe", "{{ '%s-%s' % (1, 'a') }}"),
], sandbox=True, extensions=["do"])
case("dunder_strict", "{{ s.__class__ }}", {"s": "x"}, sandbox=True, undefined="strict")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
