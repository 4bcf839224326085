"""Expected outputs of TestWTForms, from WTForms 3.0 (Debian python3-wtforms).

Each case of cases.json is a form class built as hfc builds it from a
template's field constructors: the WTForms field of each type, the validators
the options name (required → DataRequired, optional → Optional, length → Length,
range → NumberRange, validators=[…] by name), choices, description, the other
options as render_kw. It prints every field and its label, then validate(),
errors and data, for the form filled from formdata (null: not submitted).

    /usr/bin/python3 wtforms_oracle.py cases.json > wtforms.golden
"""
import json
import sys

import wtforms
from werkzeug.datastructures import MultiDict
from wtforms import validators as v

TYPES = {
    "checkbox": wtforms.BooleanField, "date": wtforms.DateField, "datetime": wtforms.DateTimeField,
    "float": wtforms.FloatField, "int": wtforms.IntegerField, "radio": wtforms.RadioField,
    "select": wtforms.SelectField, "selectmulti": wtforms.SelectMultipleField, "text": wtforms.StringField,
    "textarea": wtforms.TextAreaField, "password": wtforms.PasswordField, "hidden": wtforms.HiddenField,
    "datetimelocal": wtforms.DateTimeLocalField, "email": wtforms.EmailField,
    "intrange": wtforms.IntegerRangeField, "search": wtforms.SearchField, "tel": wtforms.TelField,
    "url": wtforms.URLField, "file": wtforms.FileField, "files": wtforms.MultipleFileField,
}
NAMED = {"required": v.DataRequired, "optional": v.Optional, "email": v.Email, "url": v.URL}


def field(spec):
    kw, validators, render_kw = {}, [], {}
    for name, value in spec.get("options", []):
        if name == "required":
            validators.append(v.DataRequired())
        elif name == "optional":
            validators.append(v.Optional())
        elif name == "length":
            validators.append(v.Length(*value))
        elif name == "range":
            validators.append(v.NumberRange(*value))
        elif name == "validators":
            validators.extend(NAMED[n]() for n in value)
        elif name == "choices":
            kw["choices"] = [tuple(c) if isinstance(c, list) else c for c in value]
        elif name == "description":
            kw["description"] = value
        else:
            render_kw[name] = value
    return TYPES[spec["type"]](spec.get("label"), validators=validators, render_kw=render_kw or None, **kw)


def main():
    for case in json.load(open(sys.argv[1])):
        cls = type("F", (wtforms.Form,), {f["name"]: field(f) for f in case["fields"]})
        fd = case["formdata"]
        form = cls(MultiDict(fd) if fd is not None else None)
        print("==", case["name"])
        for f in form:
            print(f)
            print(f.label)
        if fd is not None:
            print("validate:", form.validate())
            print("errors:", form.errors)
        print("data:", form.data)


main()
