if ready
    start()
for item in items:
print(item)
    extra = 1
while True:
    if done:
        break
      more()
def g():
    return 1
else:
    pass
try:
    risky()
result = 2
