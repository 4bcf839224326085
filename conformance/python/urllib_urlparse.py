from urllib.parse import urlparse, urlsplit, urlunparse, urlunsplit, urldefrag, SplitResult, ParseResult

u = urlparse("https://user:pw@Example.COM:8080/path/to;params?q=1&r=2#frag")
print(u)
print(u.scheme, u.netloc, u.path, u.params, u.query, u.fragment)
print(u.username, u.password, u.hostname, u.port, u.geturl(), u[0], len(u), type(u).__name__)
s = urlsplit("http://[::1]:80/a?b#c")
print(s, s.hostname, s.port, s.geturl(), isinstance(s, tuple), isinstance(s, SplitResult))
for url in ["example.com/path", "//netloc/path", "mailto:user@example.com", "file:///tmp/x.txt", "/only/path?x=1",
            "HTTP://host", "  http://trim.me/ ", "http://a/b/c;p?q", "path;params", "http://h/p;a;b", "a1+b.c-d:rest",
            "1abc:def", "http://host:/", "http://u@h", "http://h#f?notquery", "tel:+1-555", "http://a\tb\nc/d"]:
    p = urlparse(url)
    print(repr(url), tuple(p), p.hostname, p.port, urlunparse(p))
print(urlparse("path", scheme="https"), urlparse("http://h/p#f", allow_fragments=False), urlsplit("x", "ftp"))
print(urlunsplit(("https", "h", "p", "q", "f")), urlunsplit(["http", "", "/p", "", ""]), urlunsplit(("", "", "rel", "", "")))
print(urlunparse(("http", "h", "/p", "par", "q", "")), urlunsplit(("file", "", "/tmp", "", "")), urlunsplit(("mailto", "", "a@b", "", "")))
print(urldefrag("http://h/p?q#frag"), urldefrag("http://h/p"), urldefrag("http://h/p#").url, urldefrag("/a#b").geturl())
print(ParseResult("http", "h", "/", "", "", "")._replace(path="/x").geturl(), SplitResult._fields, ParseResult._fields)
for bad in ["http://[::1/", "http://::1]/", "http://[1.2.3.4]/", "http://[vz.x]/", "http://[zz]/", "http://x[::1]/"]:
    try:
        urlsplit(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
for port in ["http://h:abc/", "http://h:99999/", "http://h:-1/"]:
    try:
        print(urlsplit(port).port)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [lambda: urlunsplit(("a", "b")), lambda: urlunsplit(("a", "b", "c", "d", "e", "f")), lambda: urlparse("x", b"y")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(urlsplit("http://[fe80::1%25eth0]:80/").hostname, urlsplit("HTTP://[FE80::1%tESt]/").hostname)
