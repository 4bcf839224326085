import uuid

print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
for ns in [uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL]:
    for name in ["python.org", "example.com", "", "ünïcode"]:
        u3 = uuid.uuid3(ns, name)
        u5 = uuid.uuid5(ns, name)
        print(name, u3, u3.version, u5, u5.version, u5.variant)
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), len(r.hex), r != uuid.uuid4(), str(r)[14], str(r)[19] in "89ab")
seen = set()
for _ in range(100):
    seen |= {uuid.uuid4()}
print(len(seen))
for bad in [lambda: uuid.uuid3("x", "y"), lambda: uuid.uuid5(uuid.NAMESPACE_URL, b"bytes")]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
