from dataclasses import dataclass


@dataclass
class Config:
    host: str
    port: int = 80


print(Config("localhost"))
print(Config(port=8080))
