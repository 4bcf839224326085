# Conformance: string formatter subclass.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

from string import Formatter
class Default(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs[key] if key in kwargs else '<' + key + '>'
        return Formatter.get_value(self, key, args, kwargs)
t("Default().format('{a} {b} {0}', 'pos', a='A')", lambda: Default().format('{a} {b} {0}', 'pos', a='A'))
class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
t("Upper().format('{} and {:>6}', 'abc', 'def')", lambda: Upper().format('{} and {:>6}', 'abc', 'def'))
class Strict(Formatter):
    def check_unused_args(self, used, args, kwargs):
        unused = [k for k in kwargs if k not in used]
        if unused:
            raise ValueError('unused: ' + ', '.join(unused))
t("Strict().format('{a}', a=1)", lambda: Strict().format('{a}', a=1))
t("Strict().format('{a}', a=1, b=2)", lambda: Strict().format('{a}', a=1, b=2))
class Conv(Formatter):
    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)
t("Conv().format('{0!u} {0!r}', 'shout')", lambda: Conv().format('{0!u} {0!r}', 'shout'))
class Tracing(Formatter):
    def __init__(self):
        self.calls = []
    def get_field(self, name, args, kwargs):
        self.calls += [name]
        return super().get_field(name, args, kwargs)
tr = Tracing()
t("tr.format('{} {x.real} {0}', 1, x=2) if False else tr.format('{x} {y[0]}', x=1, y=[2])", lambda: tr.format('{} {x.real} {0}', 1, x=2) if False else tr.format('{x} {y[0]}', x=1, y=[2]))
t('tr.calls', lambda: tr.calls)
class Parse(Formatter):
    def parse(self, s):
        return [('<', 'x', '', None), ('>', None, None, None)]
t("Parse().format('ignored', x='X')", lambda: Parse().format('ignored', x='X'))
class BadParse(Formatter):
    def parse(self, s):
        return [('a', 'b')]
t("BadParse().format('q')", lambda: BadParse().format('q'))
class NonStr(Formatter):
    def format_field(self, value, spec):
        return 42
t("NonStr().format('{}', 1)", lambda: NonStr().format('{}', 1))
class Used(Formatter):
    def check_unused_args(self, used, args, kwargs):
        print('used:', len(used), 0 in used, 1 in used, 'a' in used, 2 in used)
t("Used().format('{0}{1}{a}{0}', 1, 2, a=3)", lambda: Used().format('{0}{1}{a}{0}', 1, 2, a=3))
