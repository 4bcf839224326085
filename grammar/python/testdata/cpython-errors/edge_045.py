raise a from b from c
