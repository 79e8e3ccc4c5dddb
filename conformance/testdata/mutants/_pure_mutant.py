# Copyright 2026 the torch-parity authors. MIT license.
"""Helpers for the Python mutant ports: conformance/examples/pure_port.py with one function
replaced and only the ops named in `hello` (so each grading run stays short)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "examples"))
import pure_port  # noqa: E402


def serve(name, ops, **replacements):
    """Replace pure_port's INIT_OPS entries by `replacements`, offer only `ops`, serve stdin."""
    pure_port.INIT_OPS.update(replacements)
    handle = pure_port.handle

    def patched(req):
        if req.get("op") == "hello":
            reply = handle(req)
            return {**reply, "name": "mutant (Python): " + name, "ops": list(ops)}
        return handle(req)

    pure_port.handle = patched
    for line in sys.stdin:
        if line.strip():
            print(pure_port.handle_json(line), flush=True)
