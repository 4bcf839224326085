import time
cases = [("2024-03-05 10:11:12", "%Y-%m-%d %H:%M:%S"), ("5/3/24", "%d/%m/%y"), ("Tue Mar  5 07:08:09 2024", "%c"),
         ("1112", "%d%m"), ("2024 65", "%Y %j"), ("2024 10 3", "%Y %U %w"), ("2024 W10 3", "%G W%V %u"), ("12 pm", "%I %p"),
         ("march 5", "%B %d"), ("+0530", "%z"), ("UTC", "%Z"), ("Feb 29", "%b %d"), ("  2024  ", " %Y ")]
for s, f in cases:
    r = time.strptime(s, f)
    print(repr(s), repr(f), r, r.tm_zone, r.tm_gmtoff)
print(time.strptime("Tue Mar  5 07:08:09 2024"))
for s, f in [("2024", "%Q"), ("2024", "%Y %m"), ("2024 1x", "%Y %m"), ("x", "%"), ("2024-02-30", "%Y-%m-%d"), ("2024 5", "%G %u")]:
    try:
        time.strptime(s, f)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    time.strptime(1, "%Y")
except TypeError as e:
    print(type(e).__name__, e)
