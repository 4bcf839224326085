import html

print(html.escape('<a href="x">\'&\'</a>'))
print(html.escape('<"\'>', quote=False), html.escape(""), html.escape("plain text"), html.escape("&amp;"))
print(html.escape("élan & café <b>", True), html.escape(s="x>y", quote=True))
try:
    html.escape(5)
except AttributeError as e:
    print(type(e).__name__, e)
