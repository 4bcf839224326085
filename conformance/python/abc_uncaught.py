from abc import ABC, abstractmethod


class Repo(ABC):
    @abstractmethod
    def get(self, key):
        raise NotImplementedError

    @abstractmethod
    def put(self, key, value):
        raise NotImplementedError


class Memory(Repo):
    def get(self, key):
        return None


print("start")
repo = Memory()
