try:
    f()
finally:
pass
