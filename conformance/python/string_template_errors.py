# Conformance: string template errors.
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
t("Template('$who').substitute()", lambda: Template('$who').substitute())
t("Template('$who').substitute({})", lambda: Template('$who').substitute({}))
t("Template('$who').substitute({}, what=1)", lambda: Template('$who').substitute({}, what=1))
t("Template('$who').substitute(what=1)", lambda: Template('$who').substitute(what=1))
t("Template('$who $').substitute(who=1)", lambda: Template('$who $').substitute(who=1))
t("Template('$who $1').substitute(who=1)", lambda: Template('$who $1').substitute(who=1))
t("Template('line1\\nline2 $ x').substitute()", lambda: Template('line1\nline2 $ x').substitute())
t("Template('a\\r\\nb\\rc $').substitute()", lambda: Template('a\r\nb\rc $').substitute())
t("Template('日本\\n語 $!').substitute()", lambda: Template('日本\n語 $!').substitute())
t("Template('${who').substitute(who=1)", lambda: Template('${who').substitute(who=1))
t("Template('${}').substitute()", lambda: Template('${}').substitute())
t("Template('${who}').substitute(['x'])", lambda: Template('${who}').substitute(['x']))
t("Template('$who').substitute(1)", lambda: Template('$who').substitute(1))
t("Template('$who').substitute({}, {})", lambda: Template('$who').substitute({}, {}))
t("Template('$who').substitute(mapping={'who': 1})", lambda: Template('$who').substitute(mapping={'who': 1}))
t("Template('$who').safe_substitute({}, {})", lambda: Template('$who').safe_substitute({}, {}))
t('Template()', lambda: Template())
t("Template('a', 'b')", lambda: Template('a', 'b'))
t("Template(template='$x').substitute(x=1)", lambda: Template(template='$x').substitute(x=1))
t("Template('$x').is_valid(1)", lambda: Template('$x').is_valid(1))
t('Template(5).substitute()', lambda: Template(5).substitute())
class Boom:
    def __getitem__(self, key):
        raise ValueError('no ' + key)
t("Template('$x').substitute(Boom())", lambda: Template('$x').substitute(Boom()))
t("Template('$x').safe_substitute(Boom())", lambda: Template('$x').safe_substitute(Boom()))
class KeyMiss:
    def __getitem__(self, key):
        raise KeyError(key)
t("Template('[$x]').safe_substitute(KeyMiss())", lambda: Template('[$x]').safe_substitute(KeyMiss()))
