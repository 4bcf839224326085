import re

text = 'line one\nline two\nlast line'
print(re.findall(r'^\w+', text))
print(re.findall(r'^\w+', text, re.M))
print(re.findall(r'\w+$', text))
print(re.findall(r'\w+$', text, re.M))
print(re.findall(r'\A\w+', text, re.M))
print(re.findall(r'\w+\Z', text, re.M))
print(re.search('a$', 'a\n'), re.search(r'a\Z', 'a\n'))
print(re.findall(r'\b\w', 'hi there, you'))
print(re.findall(r'\w\b', 'hi there, you'))
print(re.findall(r'\B\w\B', 'abc'))
print(re.sub('^', '> ', text, flags=re.M))
print(re.sub('$', ';', text, flags=re.M))
