import uuid

ids = [uuid.UUID(int=n) for n in (5, 1, 3)]
smallest = ids[0]
for u in ids:
    if u < smallest:
        smallest = u
print(smallest, smallest.int, max_int := uuid.UUID(int=2 ** 128 - 1))
a = uuid.UUID("a8098c1a-f86e-11da-bd1a-00112444be1e")
print(a.version, a.variant, a.time_low, a.time, a.clock_seq, hex(a.node) if False else a.node, a.fields)
b = uuid.UUID(bytes=a.bytes)
c = uuid.UUID(bytes_le=a.bytes_le)
d = uuid.UUID(fields=a.fields)
e = uuid.UUID(int=a.int)
print(a == b == c == d == e, len({a, b, c, d, e}), str(a), a.urn)
print(uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/page") == uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/page"))
print(uuid.uuid3(uuid.NAMESPACE_OID, "1.2.3"), uuid.uuid5(uuid.NAMESPACE_X500, "cn=John"))
print(repr(uuid.UUID(int=0)), uuid.UUID(int=0).variant, uuid.UUID("00000000-0000-0000-c000-000000000000").variant, uuid.UUID("00000000-0000-0000-e000-000000000000").variant)
print(f"{a}", "%s" % a, a.hex == "".join(str(a).split("-")) if False else a.hex)
