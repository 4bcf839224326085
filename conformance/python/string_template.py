# Conformance: string template.
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
tp = Template('$who likes $what')
t("tp.substitute(who='tim', what='kung pao')", lambda: tp.substitute(who='tim', what='kung pao'))
t("tp.substitute({'who': 'tim', 'what': 'pao'})", lambda: tp.substitute({'who': 'tim', 'what': 'pao'}))
t("tp.substitute({'who': 'tim', 'what': 'pao'}, what='override')", lambda: tp.substitute({'who': 'tim', 'what': 'pao'}, what='override'))
t("tp.safe_substitute(who='tim')", lambda: tp.safe_substitute(who='tim'))
t('tp.template', lambda: tp.template)
t("Template('$$ is a dollar').substitute()", lambda: Template('$$ is a dollar').substitute())
t("Template('${noun}ification').substitute(noun='verb')", lambda: Template('${noun}ification').substitute(noun='verb'))
t("Template('$a$b').substitute(a=1, b=2.5)", lambda: Template('$a$b').substitute(a=1, b=2.5))
t("Template('$A_1 $_x').substitute(A_1='up', _x='under')", lambda: Template('$A_1 $_x').substitute(A_1='up', _x='under'))
t("Template('$x.y').substitute(x='X')", lambda: Template('$x.y').substitute(x='X'))
t("Template('price: $$5 $amount').substitute(amount=10)", lambda: Template('price: $$5 $amount').substitute(amount=10))
t("Template('${a}${b}').substitute(a='1', b='2')", lambda: Template('${a}${b}').substitute(a='1', b='2'))
t("Template('no placeholders').substitute()", lambda: Template('no placeholders').substitute())
t("Template('').substitute()", lambda: Template('').substitute())
t("Template('$é').safe_substitute()", lambda: Template('$é').safe_substitute())
t("Template('日本$x語').substitute(x='🎉')", lambda: Template('日本$x語').substitute(x='🎉'))
t("Template('$x $x $y').get_identifiers()", lambda: Template('$x $x $y').get_identifiers())
t("Template('$x ${y} $$ ${x}').get_identifiers()", lambda: Template('$x ${y} $$ ${x}').get_identifiers())
t("Template('$x $').is_valid()", lambda: Template('$x $').is_valid())
t("Template('$x ${y}').is_valid()", lambda: Template('$x ${y}').is_valid())
t("Template('$x ${').get_identifiers()", lambda: Template('$x ${').get_identifiers())
t("Template('$x').substitute(x=None)", lambda: Template('$x').substitute(x=None))
t("Template('$x').substitute(x=[1, 2])", lambda: Template('$x').substitute(x=[1, 2]))
class V:
    def __str__(self):
        return 'V!'
t("Template('$x').substitute(x=V())", lambda: Template('$x').substitute(x=V()))
t("Template('$who').safe_substitute({'who': 'a'}, other=1)", lambda: Template('$who').safe_substitute({'who': 'a'}, other=1))
t("Template('$who $$ $ ${bad $9').safe_substitute(who='w')", lambda: Template('$who $$ $ ${bad $9').safe_substitute(who='w'))
t('Template.delimiter', lambda: Template.delimiter)
t('Template.idpattern', lambda: Template.idpattern)
t('Template.braceidpattern', lambda: Template.braceidpattern)
t("Template('abc').template", lambda: Template('abc').template)
t2 = Template('x')
t2.template = '$y'
t("t2.substitute(y='changed')", lambda: t2.substitute(y='changed'))
t('isinstance(tp, Template)', lambda: isinstance(tp, Template))
t('type(tp).__name__', lambda: type(tp).__name__)
t('Template.__module__', lambda: Template.__module__)
