price = 10 £
