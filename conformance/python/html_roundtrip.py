import html

samples = ["<script>alert('x')</script>", "Tom & Jerry", '"quoted"', "a < b > c", "plain", "", "café & crème", "&amp; already"]
for s in samples:
    e = html.escape(s)
    print(repr(e), html.unescape(e) == s, html.escape(s, quote=False))
text = "&lt;p class=&quot;x&quot;&gt;5 &times; 3 &le; 20 &mdash; &copy; 2024 &euro;&#8364;&#x20AC;&lt;/p&gt;"
print(html.unescape(text))
print(html.unescape("&Agrave;&agrave;&AElig;&szlig;&ntilde;&Omega;&pi;&infin;&hearts;&rarr;&nbsp;|"))
print(html.unescape("&NotNestedGreaterGreater;&bne;&fjlig;&ThickSpace;|"))
print(html.unescape("&#0000065;&#x0041;&#65&#x41 &#x00000041;"))
print(html.unescape("no entities here"), html.unescape("&"), html.unescape("&&"), html.unescape("&#"), html.unescape("&#x"))
