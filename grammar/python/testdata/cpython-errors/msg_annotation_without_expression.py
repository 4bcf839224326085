a%d:%d
