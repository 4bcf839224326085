@ x := y
