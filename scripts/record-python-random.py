#!/usr/bin/env python3
"""Records session-id-shaped outputs of CPython's `random` module (MT19937) for the sample tests.

Run once: python3 scripts/record-python-random.py > src/core/sample/structure/testing/python-random.json
The values come from CPython itself, not from our own arithmetic, so the test of the Mersenne Twister
detector checks it against an independent implementation. `getrandbits(k)` fills its words from the
least significant (Modules/_randommodule.c, `_random_Random_getrandbits_impl`), so a hex id shows its
32-bit outputs last first.
"""
import json
import platform
import random

random.seed(20261206)
hex128 = ["%032x" % random.getrandbits(128) for _ in range(200)]
hex64 = [format(random.getrandbits(64), "x") for _ in range(320)]
random.seed(7)
words = []
for _ in range(160):
    words.append("".join("%08x" % random.getrandbits(32) for _ in range(4)))
print(json.dumps({
    "source": f"CPython {platform.python_version()} random.getrandbits after random.seed(20261206) and random.seed(7)",
    "getrandbits128": hex128,
    "getrandbits64Unpadded": hex64,
    "fourWordsInOrder": words,
}, indent=1))
