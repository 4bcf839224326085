# Conformance: string template pattern.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

from string import Template
t('Template.pattern.pattern', lambda: Template.pattern.pattern)
t('Template.pattern', lambda: Template.pattern)
t('Template.pattern.flags', lambda: Template.pattern.flags)
t('Template.pattern.groups', lambda: Template.pattern.groups)
class P(Template):
    delimiter = '%'
t('P.pattern', lambda: P.pattern)
t('P.pattern is Template.pattern', lambda: P.pattern is Template.pattern)
class Q(Template):
    pass
t('Q.pattern is Template.pattern', lambda: Q.pattern is Template.pattern)
class R(Template):
    pattern = r'\$(?P<named>[a-z]+)|\$(?P<escaped>\$)|\$(?P<braced>x)|(?P<invalid>\$)'
t('R.pattern', lambda: R.pattern)
t('R.pattern.flags', lambda: R.pattern.flags)
t("R('$abc $$ $').safe_substitute(abc=1)", lambda: R('$abc $$ $').safe_substitute(abc=1))
class S(Template):
    flags = 0
t('S.pattern.flags', lambda: S.pattern.flags)
class A(Template):
    idpattern = '(?a:[a-z]+)'
    flags = 256
t('A.pattern.flags', lambda: A.pattern.flags)
t("A('$abc $ABC').safe_substitute(abc=1)", lambda: A('$abc $ABC').safe_substitute(abc=1))
tp = Template('$a')
tp.pattern = 5
t('tp.substitute(a=1)', lambda: tp.substitute(a=1))
t('tp.is_valid()', lambda: tp.is_valid())
