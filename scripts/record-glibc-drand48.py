#!/usr/bin/env python3
"""Records outputs of glibc's lrand48 and mrand48 (POSIX drand48 family) for the sample tests.

Run once: python3 scripts/record-glibc-drand48.py > src/core/sample/structure/testing/glibc-drand48.json
The values come from the C library itself (ctypes), not from our own arithmetic, so the test of the
truncated-LCG detector checks it against an independent implementation.
"""
import ctypes
import json
import platform

libc = ctypes.CDLL(None)
libc.lrand48.restype = ctypes.c_long
libc.mrand48.restype = ctypes.c_long
libc.srand48(20261206)
lrand48 = [libc.lrand48() for _ in range(60)]
mrand48 = [libc.mrand48() & 0xFFFFFFFF for _ in range(60)]
print(json.dumps({
    "source": f"glibc {platform.libc_ver()[1]} lrand48 and mrand48 (mrand48 as unsigned 32-bit) after srand48(20261206)",
    "lrand48": lrand48,
    "mrand48": mrand48,
}, indent=1))
