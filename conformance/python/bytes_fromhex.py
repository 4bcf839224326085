# Conformance: bytes fromhex.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("bytes.fromhex('616263')", lambda: bytes.fromhex('616263'))
t("bytes.fromhex('61 62 63')", lambda: bytes.fromhex('61 62 63'))
t("bytes.fromhex('  61  62  ')", lambda: bytes.fromhex('  61  62  '))
t("bytes.fromhex('')", lambda: bytes.fromhex(''))
t("bytes.fromhex('   ')", lambda: bytes.fromhex('   '))
t("bytes.fromhex('DEADbeef')", lambda: bytes.fromhex('DEADbeef'))
t("bytes.fromhex('61\\n62\\t63\\r\\x0b\\x0c64')", lambda: bytes.fromhex('61\n62\t63\r\x0b\x0c64'))
t("b'x'.fromhex('41')", lambda: b'x'.fromhex('41'))
t("bytes.fromhex('6')", lambda: bytes.fromhex('6'))
t("bytes.fromhex('6 1')", lambda: bytes.fromhex('6 1'))
t("bytes.fromhex('61 6')", lambda: bytes.fromhex('61 6'))
t("bytes.fromhex('6g')", lambda: bytes.fromhex('6g'))
t("bytes.fromhex('g6')", lambda: bytes.fromhex('g6'))
t("bytes.fromhex('61x')", lambda: bytes.fromhex('61x'))
t("bytes.fromhex('61é')", lambda: bytes.fromhex('61é'))
t("bytes.fromhex('é61')", lambda: bytes.fromhex('é61'))
t("bytes.fromhex('61\\x1c62')", lambda: bytes.fromhex('61\x1c62'))
t("bytes.fromhex('0x61')", lambda: bytes.fromhex('0x61'))
t("bytes.fromhex(b'61')", lambda: bytes.fromhex(b'61'))
t('bytes.fromhex(None)', lambda: bytes.fromhex(None))
t('bytes.fromhex()', lambda: bytes.fromhex())
t("bytes.fromhex('61', '62')", lambda: bytes.fromhex('61', '62'))
t("bytes.fromhex(string='61')", lambda: bytes.fromhex(string='61'))
t("bytes.fromhex('616263').hex()", lambda: bytes.fromhex('616263').hex())
