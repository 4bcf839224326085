import re

print(re.match('cat|dog', 'dog'))
print(re.findall('cat|dog|bird', 'dog cat bird fish'))
print(re.match('a|ab|abc', 'abc').group())
print(re.match('(?:a|ab|abc)$', 'abc').group())
print(re.findall('(c|d)(a|o)', 'cat dog'))
print(re.match('|a', 'a'))
print(re.match('a|', 'b'))
print(re.fullmatch('(?:x|y)+', 'xyyx'))
print(re.search('(one|two|three)+', 'xonetwothree').groups())
print(re.findall(r'\d+|[a-z]+', 'ab12cd3'))
