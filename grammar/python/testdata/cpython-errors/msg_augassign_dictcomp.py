{k: v for k, v in items} += 1
