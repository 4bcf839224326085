import html
import html.entities

cases = ["&amp;", "&amp", "&ampx", "&#60;", "&#x3c", "&#X3C;", "&#0;", "&#128;", "&#159;", "&#xD800;", "&#1114112;",
         "&#11;", "&#x10FFFF;", "&#xFFFE;", "&notin;", "&notit;", "&noti", "&#99999999999999999999;", "&unknown;", "&;",
         "& ", "&#;", "&#x;", "&lt&gt", "&acE;", "&NotEqualTilde;", "&#65", "plain", "&" + "a" * 40 + ";", "&Aacute",
         "&AMP;", "&eacute;t&eacute;", "a &lt; b &amp;&amp; c &gt; d", "&#x1F600;", "&#128512;", "&copy2024", "&hellip;&nbsp;x",
         "&\u00e9;", "&frac12;&frac34", "&#13;", "&#x80;&#x9F;", "&zwj;&zwnj;"]
for c in cases:
    print(repr(c), repr(html.unescape(c)))
print(html.unescape(html.escape("<tag attr='v'>&</tag>")))
print(len(html.entities.html5), html.entities.html5["amp;"], html.entities.html5["gt"], list(html.entities.html5)[:4])
print(len(html.entities.name2codepoint), html.entities.name2codepoint["eacute"], html.entities.codepoint2name[233], html.entities.entitydefs["copy"])
try:
    html.unescape(5)
except TypeError as e:
    print(type(e).__name__, e)
