def parse(line):
    key, _, value = line.partition('=')
    return key.strip(), value.strip().split(',')

print(parse(' a = 1,2,3 '))
print('done'.center(10, '-'))
'missing'.index('z')
