# Conformance: string template subclass.
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
class Percent(Template):
    delimiter = '%'
t("Percent('%who likes %%').substitute(who='tim')", lambda: Percent('%who likes %%').substitute(who='tim'))
t("Percent('%who and $who').safe_substitute(who='X')", lambda: Percent('%who and $who').safe_substitute(who='X'))
t("Percent('%{a}%b %').safe_substitute(a=1, b=2)", lambda: Percent('%{a}%b %').safe_substitute(a=1, b=2))
t("Percent('100%').is_valid()", lambda: Percent('100%').is_valid())
class Dotted(Template):
    idpattern = r'[a-z][_a-z0-9.]*'
t("Dotted('$user.name is $age').substitute({'user.name': 'bob', 'age': 3})", lambda: Dotted('$user.name is $age').substitute({'user.name': 'bob', 'age': 3}))
t("Dotted('$Upper').safe_substitute()", lambda: Dotted('$Upper').safe_substitute())
class Braced(Template):
    braceidpattern = r'[^}]+'
t("Braced('${a b} $c').substitute({'a b': 1, 'c': 2})", lambda: Braced('${a b} $c').substitute({'a b': 1, 'c': 2}))
class Case(Template):
    flags = 0
t("Case('$abc $ABC').safe_substitute(abc=1, ABC=2)", lambda: Case('$abc $ABC').safe_substitute(abc=1, ABC=2))
class Multi(Template):
    delimiter = '[['
t("Multi('[[x [[[[ [[').safe_substitute(x='X')", lambda: Multi('[[x [[[[ [[').safe_substitute(x='X'))
t("Multi('a [[x').get_identifiers()", lambda: Multi('a [[x').get_identifiers())
class Custom(Template):
    pattern = r"""
    @(?:
      (?P<escaped>@) |
      (?P<named>[a-z]+) |
      <(?P<braced>[a-z]+)> |
      (?P<invalid>)
    )
    """
t("Custom('@name <@<x>> @@ @').safe_substitute(name='N', x='X')", lambda: Custom('@name <@<x>> @@ @').safe_substitute(name='N', x='X'))
t("Custom('@name').substitute(name='N')", lambda: Custom('@name').substitute(name='N'))
t("Custom('@ bad').substitute()", lambda: Custom('@ bad').substitute())
t("Custom('@a @<b>').get_identifiers()", lambda: Custom('@a @<b>').get_identifiers())
class Sub2(Percent):
    pass
t("Sub2('%x').substitute(x=1)", lambda: Sub2('%x').substitute(x=1))
class Hooked(Template):
    def substitute(self, mapping={}, /, **kws):
        return '[' + super().substitute(mapping, **kws) + ']'
t("Hooked('$a').substitute(a=1)", lambda: Hooked('$a').substitute(a=1))
t('issubclass(Percent, Template)', lambda: issubclass(Percent, Template))
t('Percent.delimiter', lambda: Percent.delimiter)
t('Percent.__mro__[1].__name__', lambda: Percent.__mro__[1].__name__)
