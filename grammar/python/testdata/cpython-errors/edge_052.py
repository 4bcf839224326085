f"{x}" "y" b"z"
