// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { PortFailure, PortRefusal, processPort, splitCommand } from "./process_port.ts";
import { selfPort } from "./self_port.ts";
import { PYTHON, torchAvailable } from "./_torch_available.ts";

const examples = new URL("./examples/", import.meta.url).pathname;

Deno.test("splitCommand handles quotes", () => {
  assert.deepEqual(splitCommand(`python3 "my port.py" --x 'a b'`), [
    "python3",
    "my port.py",
    "--x",
    "a b",
  ]);
});

Deno.test("a misbehaving port never crashes the runner", async () => {
  const port = await processPort(`${PYTHON} ${examples}bad_port.py`, { timeoutMs: 1500 });
  try {
    assert.equal(port.name, "bad port");
    const req = async (op: string) =>
      await port.init!({ op: op as "ones_", shape: [2], dtype: "float32", args: {} });
    const kinds: Record<string, string> = {};
    for (const op of ["uniform_", "normal_", "ones_", "zeros_", "constant_", "eye_"]) {
      await assert.rejects(() => req(op), (e: unknown) => {
        assert.ok(e instanceof PortFailure, `${op}: ${e}`);
        kinds[op] = e.kind;
        return true;
      });
    }
    assert.deepEqual(kinds, {
      uniform_: "timeout",
      normal_: "protocol",
      ones_: "exit",
      zeros_: "protocol",
      constant_: "protocol",
      eye_: "timeout",
    });
    await assert.rejects(async () => await port.calculateGain!("relu", null), PortFailure);
    // Still usable afterwards: the process is restarted and refuses politely.
    await assert.rejects(
      () => req("sparse_"),
      (e: unknown) => e instanceof PortRefusal && e.type === "NotImplemented",
    );
  } finally {
    await port.close?.();
  }
});

Deno.test({
  name: "the torch-backed example port answers bit-identically to this library",
  ignore: !torchAvailable,
  async fn() {
    const port = await processPort(`${PYTHON} ${examples}torch_port.py`);
    const self = selfPort("avx2");
    try {
      assert.equal(port.capability, "avx2");
      assert.equal(
        await port.calculateGain!("leaky_relu", 0.2),
        self.calculateGain!("leaky_relu", 0.2),
      );
      assert.deepEqual(await port.calculateFanInAndFanOut!([32, 16, 3, 3]), [144, 288]);
      const request = {
        op: "kaiming_uniform_" as const,
        shape: [64, 48],
        dtype: "float32" as const,
        args: { a: Math.sqrt(5) },
      };
      await port.manualSeed!(3n);
      self.manualSeed!(3n);
      const theirs = await port.init!(request);
      const ours = await self.init!(request);
      assert.deepEqual(new Uint8Array(theirs.buffer), new Uint8Array(ours.buffer));
      assert.deepEqual(await port.random32!(5), await self.random32!(5));
      await assert.rejects(
        async () => await port.init!({ op: "eye_", shape: [2, 2, 2], dtype: "float32", args: {} }),
        (e: unknown) => e instanceof PortRefusal && e.type === "ValueError",
      );
    } finally {
      await port.close?.();
    }
  },
});
