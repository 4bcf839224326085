from urllib.parse import urljoin

base = "http://a/b/c/d;p?q"
for rel in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "g;x?y#s", "", ".", "./",
            "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..",
            "..g", "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "g?y/./x", "g?y/../x", "g#s/./x", "g#s/../x",
            "http:g", "https://other/x", "ftp://f/g"]:
    print(repr(rel), urljoin(base, rel))
print(urljoin("", "x"), urljoin("http://h/a", ""), urljoin("http://h/a/b/", "c"), urljoin("http://h", "c"), urljoin("http://h/a/", "../../x"))
print(urljoin("mailto:a@b", "c"), urljoin("http://h/p#f", "#g", allow_fragments=False), urljoin("https://h/a?x", "?y"))
