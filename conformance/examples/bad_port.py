#!/usr/bin/env python3
"""A deliberately broken port, used to test that the harness survives misbehaviour.

It answers `hello`, then misbehaves per op: `uniform_` hangs forever, `normal_` prints garbage,
`ones_` exits the process, `zeros_` replies with a wrong id, `constant_` returns data of the wrong
length, `eye_` writes nothing and closes stdout. Every other op is refused as not implemented.
"""
import json
import os
import sys
import time

for line in sys.stdin:
    req = json.loads(line)
    op, rid = req.get("op"), req.get("id")
    if op == "hello":
        ops = ["uniform_", "normal_", "ones_", "zeros_", "constant_", "eye_", "calculate_gain"]
        print(json.dumps({"id": rid, "ok": True, "name": "bad port", "ops": ops}), flush=True)
    elif op == "uniform_":
        time.sleep(3600)
    elif op == "normal_":
        print("Traceback (most recent call last): this is not JSON", flush=True)
    elif op == "ones_":
        sys.stderr.write("bad port: exiting on purpose\n")
        os._exit(3)
    elif op == "zeros_":
        print(json.dumps({"id": rid + 1000, "ok": True, "data": ""}), flush=True)
    elif op == "constant_":
        print(json.dumps({"id": rid, "ok": True, "dtype": "float32", "shape": [1], "data": "AAAA"}), flush=True)
    elif op == "eye_":
        sys.stdout.close()
        time.sleep(3600)
    elif op == "calculate_gain":
        print(json.dumps({"id": rid, "ok": True, "value": "not a number"}), flush=True)
    else:
        print(json.dumps({"id": rid, "ok": False, "error": {"type": "NotImplemented", "message": op}}), flush=True)
