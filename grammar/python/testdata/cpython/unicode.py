# Unicode identifiers and non-ASCII text before code on the same line.
naïve = "café"; résumé = 1
π = 3.14; τ = 2 * π
日本 = "日本語"; x = 日本
s = "é"; y = s + "ü" + f"{s}ü{naïve}"
class Ωmega:
    def método(self, ñ=1):
        return ñ
d = {"ключ": "значение", "🔑": 1}; z = d["ключ"]
e = "😀😀"; w = (e, e)
t = ("é", "è", "ê")[1:]; q = t
