import sys
import itertools
import collections.abc

print("itertools" in sys.modules, sys.modules["itertools"] is itertools, "collections.abc" in sys.modules)
print(sys.modules["collections.abc"] is collections.abc, sys.modules.get("never_imported"), "sys" in sys.modules)
mods = [m for m in sys.modules if m in ("sys", "itertools", "collections")]
print(sorted_ok := len(mods) >= 2)
print(sys.platform in ("linux", "darwin", "win32"), sys.byteorder in ("little", "big"), type(sys.path).__name__)
