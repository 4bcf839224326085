from urllib.parse import urlparse, urlunparse, urlencode, parse_qs, quote, unquote, urljoin, urlsplit, parse_qsl

urls = ["https://example.com/a/b?x=1&y=2#frag", "http://user@host:8080/p;params?q", "ftp://ftp.example.org/file.txt",
        "mailto:someone@example.com", "/relative/path?a=b", "https://[2001:db8::1]:443/index.html",
        "https://example.com/path with spaces/ünïcode?q=é"]
for u in urls:
    p = urlparse(u)
    print(urlunparse(p) == u, p.scheme, p.hostname, p.port)
params = {"q": "search term", "page": 2, "filters": ["a", "b"], "empty": ""}
qs = urlencode(params, doseq=True)
print(qs, parse_qs(qs), parse_qs(qs, keep_blank_values=True) == {k: [str(x) for x in (params[k] if isinstance(params[k], list) else [params[k]])] for k in params})
path = "/docs/ä ö/résumé.pdf"
print(quote(path), unquote(quote(path)) == path, quote(path, safe=""), unquote(quote(path, safe="")) == path)
base = "https://site.org/blog/2024/post.html"
for rel in ["../about", "images/a.png", "/contact", "?page=2", "#top", "//cdn.site.org/lib.js", "https://other.com/"]:
    print(rel, urljoin(base, rel))
s = urlsplit("https://api.example.com/v1/items?id=5&sort=asc")
print(s._replace(query="id=6").geturl(), dict(parse_qsl(s.query)), s.netloc.split(".") if False else "")
