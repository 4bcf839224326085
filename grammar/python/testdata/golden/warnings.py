path = "C:\Users\name"
regex = "\d+\.\d*"
octal = "\777"
flag = 1if x else 2
ok = r"\d"
