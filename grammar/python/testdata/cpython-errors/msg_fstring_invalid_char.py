x = f"{a ¤ b}"
