import datetime as dt
cases = [("2024-03-05 10:11:12", "%Y-%m-%d %H:%M:%S"), ("5/3/24", "%d/%m/%y"), ("05/03/69", "%d/%m/%y"), ("05/03/68", "%d/%m/%y"),
         ("Tue Mar  5 07:08:09 2024", "%c"), ("03/05/24", "%x"), ("07:08:09", "%X"), ("1112", "%d%m"), ("111", "%d%m"),
         ("2024 65", "%Y %j"), ("2024 10 3", "%Y %U %w"), ("2024 10 3", "%Y %W %w"), ("2024 W10 3", "%G W%V %u"),
         ("12 AM", "%I %p"), ("12 pm", "%I %p"), ("1 PM", "%I %p"), ("march 5", "%B %d"), ("MAR 5", "%b %d"),
         ("10:11:12.5", "%H:%M:%S.%f"), ("+0530", "%z"), ("-05:30", "%z"), ("Z", "%z"), ("+05:30:15.5", "%z"),
         ("UTC", "%Z"), ("Feb 29", "%b %d"), ("  2024  ", " %Y "), ("100%", "%d%%"), ("2024 53 0", "%Y %U %w"),
         ("2020 W53 7", "%G W%V %u"), ("ABC", "abc"), ("a(c", "a(c"), ("2024 (3)", "%Y (%m)"), ("+0100 UTC", "%z %Z")]
for s, f in cases:
    try:
        print(repr(s), repr(f), "->", repr(dt.datetime.strptime(s, f)))
    except ValueError as e:
        print(repr(s), repr(f), "!!", e)
for s, f in [("2024", "%Q"), ("2024", "%Y %m"), ("2024 1x", "%Y %m"), ("x", "%"), ("2024-02-30", "%Y-%m-%d"), ("61", "%S"),
             ("2024 5", "%G %u"), ("W10 1", "W%V %u"), ("2024 10", "%Y %V"), ("2024 366", "%Y %j"), ("0000", "%Y"),
             ("10:11:12.123456789", "%H:%M:%S.%f"), ("+05:3015", "%z"), ("2024 W53 1", "%G W%V %u")]:
    try:
        print(repr(dt.datetime.strptime(s, f)))
    except ValueError as e:
        print(type(e).__name__, e)
for args in [(1, "%Y"), ("2024", 1)]:
    try:
        dt.datetime.strptime(*args)
    except TypeError as e:
        print(type(e).__name__, e)
