if x:
 pass
elif y:
 pass
else:
 pass
else:
 pass
