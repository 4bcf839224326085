import json
print(json.loads('{"ok": true}'))
try:
    json.loads('{"broken": tru}')
except json.JSONDecodeError as e:
    err = e
raise json.JSONDecodeError(err.msg, err.doc, err.pos)
