total * 2 =
