config = {"host": "localhost"}
def lookup(key):
    return config[key]
print(lookup("host"))
config.pop("port")
