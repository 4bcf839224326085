@lambda f: f
