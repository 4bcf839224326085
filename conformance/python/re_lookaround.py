import re

print(re.findall(r'\d+(?=px)', '10px 20em 30px'))
print(re.findall(r'\d+(?!px|\d)', '10px 20em 30px'))
print(re.findall(r'(?<=\$)\d+', '$10 20 $30'))
print(re.findall(r'(?<!\$)\b\d+', '$10 20 $30'))
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.match(r'(?=.*\d)(?=.*[a-z]).{6,}', 'abc123'))
print(re.match(r'(?=.*\d)(?=.*[a-z]).{6,}', 'abcdef'))
try:
    re.compile(r'(?<=a*)b')
except re.error as e:
    print(e)
print(re.search(r'(?<=ab|cd)x', 'cdx'))
try:
    re.compile(r'(?<=ab|c)x')
except re.error as e:
    print(e)
