import re

log = '''2024-01-05 10:00:01 INFO start id=42
2024-01-05 10:00:02 WARN slow id=43 ms=1500
2024-01-05 10:00:03 ERROR fail id=44'''
line_re = re.compile(r'^(?P<date>\S+) (?P<time>\S+) (?P<level>[A-Z]+) (?P<msg>\w+)(?P<rest>.*)$', re.M)
for m in line_re.finditer(log):
    kv = dict(re.findall(r'(\w+)=(\d+)', m['rest']))
    print(m['level'], m['msg'], kv)
print(re.sub(r'(\d{4})-(\d{2})-(\d{2})', r'\3/\2/\1', log.splitlines()[0] if False else '2024-01-05'))
email = re.compile(r'[\w.+-]+@[\w-]+\.[\w.]+')
print(email.findall('a@b.com, bad@, x.y+z@q-r.org'))
print(re.sub(r'\s+', ' ', '  many   spaces\n\there  '))
words = re.findall(r"[A-Za-z']+", "It's a dog's life, isn't it?")
print(words, len(words))
print(re.split(r'[;,\s]\s*', 'a, b;c  d'))
slug = re.sub(r'[^a-z0-9]+', '-', 'hello world! 2024').strip('-') if False else re.sub(r'[^a-z0-9]+', '-', 'hello world! 2024')
print(slug)
tpl = 'Hello {name}, you are {age}'
print(re.sub(r'\{(\w+)\}', lambda m: {'name': 'Ann', 'age': '30'}[m.group(1)], tpl))
camel = 'someCamelCaseName'
print(re.sub(r'(?<!^)(?=[A-Z])', '_', camel))
print(re.fullmatch(r'\d{3}-\d{4}', '555-1234') is not None, re.fullmatch(r'\d{3}-\d{4}', '555-12345') is not None)
