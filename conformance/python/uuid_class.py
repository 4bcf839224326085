import uuid

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(repr(u), str(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le, u.version, u.variant)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node)
print(u.time, u.clock_seq, u.is_safe, repr(u.is_safe), int(u), f"{u}", type(u).__name__)
for text in ["{12345678-1234-5678-1234-567812345678}", "urn:uuid:12345678123456781234567812345678", "12345678123456781234567812345678",
             "00000000-0000-0000-0000-000000000000", "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF"]:
    v = uuid.UUID(text)
    print(v, v.version, v.variant)
print(uuid.UUID(int=5), uuid.UUID(bytes=b"1234567890123456"), uuid.UUID(bytes_le=b"1234567890123456"))
print(uuid.UUID(fields=(1, 2, 3, 4, 5, 6)), uuid.UUID("12345678-1234-5678-1234-567812345678", version=4), uuid.UUID(int=2 ** 128 - 1))
v4 = uuid.UUID(int=0x12345678123456781234567812345678, version=4)
print(v4, v4.version, v4.variant, uuid.UUID(hex=str(v4)) == v4, uuid.UUID(str(v4)) is v4)
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= a, a == uuid.UUID(int=1), a != b, b > a, a == 1, {a: "x"}[uuid.UUID(int=1)])
for bad in [lambda: uuid.UUID("xyz"), lambda: uuid.UUID(), lambda: uuid.UUID(int=-1), lambda: uuid.UUID(int=2 ** 128),
            lambda: uuid.UUID(bytes=b"x"), lambda: uuid.UUID(fields=(1, 2, 3)), lambda: uuid.UUID(int=1, version=9),
            lambda: uuid.UUID(hex="12345678123456781234567812345678", int=1), lambda: uuid.UUID(5),
            lambda: uuid.UUID("12345678-1234-5678-1234-56781234567"), lambda: uuid.UUID(fields=(2 ** 32, 0, 0, 0, 0, 0)),
            lambda: uuid.UUID(fields=(0, 0, 0, 256, 0, 0)), lambda: a < 5, lambda: uuid.UUID("g2345678123456781234567812345678")]:
    try:
        bad()
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print(type(e).__name__, e)
print(uuid.SafeUUID.safe, uuid.SafeUUID.unknown.value, uuid.SafeUUID.unsafe.name, uuid.RFC_4122, uuid.RESERVED_FUTURE)
