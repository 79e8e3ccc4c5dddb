// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pyodidePort } from "./pyodide_port.ts";
import { PortFailure, PortRefusal, processPort } from "./process_port.ts";
import { selfPort } from "./self_port.ts";
import type { InitRequest, Port } from "./port.ts";

const PURE = new URL("./examples/pure_port.py", import.meta.url).pathname;
const PYTHON = "/usr/bin/python3";
const pythonAvailable = spawnSync(PYTHON, ["--version"], { stdio: "ignore" }).status === 0;

/** A request's outcome, comparable across ports: the bytes, or the refusal. */
async function outcome(port: Port, request: InitRequest): Promise<string> {
  try {
    const data = await port.init!(request);
    return Array.from(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)).join(",");
  } catch (e) {
    if (e instanceof PortRefusal) return `refused ${e.message}`;
    throw e;
  }
}

const STRUCTURE: InitRequest[] = [
  { op: "eye_", shape: [3, 5], dtype: "float32", args: {} },
  { op: "eye_", shape: [4, 4], dtype: "float64", args: {} },
  { op: "eye_", shape: [0, 2], dtype: "float32", args: {} },
  { op: "dirac_", shape: [6, 3, 3, 3], dtype: "float64", args: { groups: 2 } },
  { op: "dirac_", shape: [4, 2, 5], dtype: "float32", args: {} },
  { op: "dirac_", shape: [4, 6, 3, 2, 5], dtype: "float32", args: { groups: 2 } },
  { op: "zeros_", shape: [2, 3], dtype: "float32", args: {} },
  { op: "ones_", shape: [3], dtype: "float64", args: {} },
  { op: "constant_", shape: [2, 3], dtype: "float32", args: { val: 0.1 } },
  { op: "constant_", shape: [5], dtype: "float64", args: { val: -2.5 } },
];

/** Calls torch refuses; the pure port refuses them with torch's exception types. */
const INVALID: InitRequest[] = [
  { op: "eye_", shape: [2, 3, 4], dtype: "float64", args: {} },
  { op: "dirac_", shape: [3, 3], dtype: "float64", args: {} },
  { op: "dirac_", shape: [6, 3, 3, 3], dtype: "float64", args: { groups: 4 } },
  { op: "kaiming_uniform_", shape: [4, 5], dtype: "float64", args: { mode: "FAN_AVG" } },
  { op: "kaiming_uniform_", shape: [4, 5], dtype: "float64", args: { nonlinearity: "gelu" } },
  { op: "kaiming_normal_", shape: [5], dtype: "float32", args: {} },
  { op: "xavier_uniform_", shape: [5], dtype: "float32", args: {} },
  { op: "orthogonal_", shape: [0], dtype: "float64", args: {} },
  { op: "sparse_", shape: [2, 3, 4], dtype: "float64", args: { sparsity: 0.1 } },
  { op: "normal_", shape: [5], dtype: "float64", args: { std: -1 } },
  { op: "uniform_", shape: [5], dtype: "float64", args: { a: 1, b: 0 } },
  { op: "constant_", shape: [2], dtype: "float32", args: { val: 1e300 } },
];

const GAINS: [string, number | null][] = [
  ["linear", null],
  ["conv2d", null],
  ["conv_transpose3d", null],
  ["sigmoid", null],
  ["tanh", null],
  ["relu", null],
  ["leaky_relu", null],
  ["leaky_relu", 0.2],
  ["leaky_relu", 0],
  ["leaky_relu", Math.sqrt(5)],
  ["selu", null],
];

const FANS = [[4, 5], [32, 16, 3, 3], [2, 3, 4, 5, 6], [0, 3], [7, 0, 2]];

Deno.test({
  name: "the pure Python port answers the same in Pyodide and in CPython",
  ignore: !pythonAvailable,
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    const [inPyodide, inCPython] = await Promise.all([
      pyodidePort(PURE),
      processPort(`${PYTHON} ${PURE}`),
    ]);
    const self = selfPort();
    try {
      assert.equal(inPyodide.name, inCPython.name);
      assert.deepEqual(inPyodide.ops, inCPython.ops);
      assert.equal(inPyodide.capability, undefined);
      assert.equal(inCPython.capability, undefined);
      for (const [nl, param] of GAINS) {
        const expected = self.calculateGain!(nl, param);
        assert.equal(await inPyodide.calculateGain!(nl, param), expected, `${nl} ${param}`);
        assert.equal(await inCPython.calculateGain!(nl, param), expected, `${nl} ${param}`);
      }
      for (const shape of FANS) {
        const expected = self.calculateFanInAndFanOut!(shape);
        assert.deepEqual(await inPyodide.calculateFanInAndFanOut!(shape), expected);
        assert.deepEqual(await inCPython.calculateFanInAndFanOut!(shape), expected);
      }
      for (const request of STRUCTURE) {
        const ours = await self.init!(request);
        const expected = Array.from(new Uint8Array(ours.buffer)).join(",");
        assert.equal(await outcome(inPyodide, request), expected, JSON.stringify(request));
        assert.equal(await outcome(inCPython, request), expected, JSON.stringify(request));
      }
      for (const request of INVALID) {
        const a = await outcome(inPyodide, request);
        assert.match(a, /^refused (ValueError|RuntimeError): /, JSON.stringify(request));
        assert.equal(await outcome(inCPython, request), a, JSON.stringify(request));
      }
      for (const [nl, param] of [["gelu", null], ["leaky_relu", true]] as const) {
        const refusal = (e: unknown) => e instanceof PortRefusal && e.type === "ValueError";
        await assert.rejects(
          async () => await inPyodide.calculateGain!(nl, param as null),
          refusal,
        );
        await assert.rejects(
          async () => await inCPython.calculateGain!(nl, param as null),
          refusal,
        );
      }
      await assert.rejects(
        async () => await inPyodide.calculateFanInAndFanOut!([5]),
        (e: unknown) => e instanceof PortRefusal && e.type === "ValueError",
      );
      for (const port of [inPyodide, inCPython]) {
        await assert.rejects(
          async () => await port.random32!(4),
          (e: unknown) => e instanceof PortRefusal && e.type === "NotImplemented",
        );
      }
      // Both draw from CPython's `random` (the same MT19937 and seeding in every version), and
      // uniform_ is plain arithmetic on random(), so seeded uniform fills agree too.
      const uniform: InitRequest = {
        op: "kaiming_uniform_",
        shape: [6, 7],
        dtype: "float64",
        args: { a: Math.sqrt(5) },
      };
      await inPyodide.manualSeed!(-3n);
      await inCPython.manualSeed!(-3n);
      assert.equal(await outcome(inPyodide, uniform), await outcome(inCPython, uniform));
    } finally {
      await inPyodide.close?.();
      await inCPython.close?.();
    }
  },
});

Deno.test({
  name: "the pure Python port in Pyodide fills with the right structure and distribution",
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    const port = await pyodidePort(PURE);
    try {
      await port.manualSeed!(0n);
      // orthogonal_: Q^T Q = gain^2 I for a 256 x 256 matrix, in reasonable time.
      const n = 256;
      const start = performance.now();
      const q = await port.init!({
        op: "orthogonal_",
        shape: [n, n],
        dtype: "float64",
        args: { gain: 2 },
      });
      const seconds = (performance.now() - start) / 1000;
      assert.ok(seconds < 60, `orthogonal_ 256x256 took ${seconds} s`);
      let worst = 0;
      for (let i = 0; i < n; i += 17) {
        for (let j = 0; j < n; j++) {
          let dot = 0;
          for (let k = 0; k < n; k++) dot += q[k * n + i] * q[k * n + j];
          worst = Math.max(worst, Math.abs(dot / 4 - (i === j ? 1 : 0)));
        }
      }
      assert.ok(worst < 1e-12, `orthogonality error ${worst}`);
      // A wide matrix has orthonormal rows.
      const w = await port.init!({
        op: "orthogonal_",
        shape: [3, 2, 4],
        dtype: "float64",
        args: {},
      });
      for (let i = 0; i < 3; i++) {
        for (let j = 0; j < 3; j++) {
          let dot = 0;
          for (let k = 0; k < 8; k++) dot += w[i * 8 + k] * w[j * 8 + k];
          assert.ok(Math.abs(dot - (i === j ? 1 : 0)) < 1e-12);
        }
      }
      // trunc_normal_ stays in [a, b]; its mean is the truncated normal's (0.8549 here).
      const t = await port.init!({
        op: "trunc_normal_",
        shape: [20000],
        dtype: "float64",
        args: { mean: 0.5, std: 2, a: -1, b: 3 },
      });
      assert.ok(t.every((x) => x >= -1 && x <= 3));
      const mean = Array.from(t).reduce((s, x) => s + x, 0) / t.length;
      assert.ok(Math.abs(mean - 0.8549) < 0.03, `trunc_normal_ mean ${mean}`);
      // sparse_: ceil(0.3 * 10) = 3 zeros in every column.
      const s = await port.init!({
        op: "sparse_",
        shape: [10, 40],
        dtype: "float32",
        args: { sparsity: 0.3, std: 1 },
      });
      for (let c = 0; c < 40; c++) {
        let zeros = 0;
        for (let r = 0; r < 10; r++) zeros += s[r * 40 + c] === 0 ? 1 : 0;
        assert.equal(zeros, 3);
      }
      // kaiming_normal_ with torch's defaults: std = sqrt(2 / (1 + 0.0^2)) / sqrt(fan_in).
      const k = await port.init!({
        op: "kaiming_normal_",
        shape: [200, 100],
        dtype: "float32",
        args: {},
      });
      const sd = Math.sqrt(Array.from(k).reduce((a, x) => a + x * x, 0) / k.length);
      assert.ok(Math.abs(sd / Math.sqrt(2 / 100) - 1) < 0.02, `kaiming_normal_ std ${sd}`);
    } finally {
      await port.close?.();
    }
  },
});

const BAD_MODULE = `
import json, os, sys

def handle_json(line):
    req = json.loads(line)
    op, rid = req.get("op"), req.get("id")
    if op == "hello":
        print("bad module: hello")
        return json.dumps({"id": rid, "ok": True, "name": "bad module", "ops": ["uniform_"]})
    if op == "uniform_":
        while True:
            pass
    if op == "normal_":
        return "Traceback (most recent call last): this is not JSON"
    if op == "ones_":
        raise RuntimeError("bad module: raising on purpose")
    if op == "zeros_":
        return json.dumps({"id": rid + 1000, "ok": True, "data": ""})
    if op == "constant_":
        return json.dumps({"id": rid, "ok": True, "data": "AAAA"})
    if op == "eye_":
        return 42
    if op == "dirac_":
        return json.dumps([rid])
    if op == "sparse_":
        sys.exit(2)
    if op == "orthogonal_":
        os._exit(3)
    if op == "calculate_gain":
        return json.dumps({"id": rid, "ok": True, "value": "not a number"})
    return json.dumps({"id": rid, "ok": False, "error": {"type": "NotImplemented", "message": op}})
`;

Deno.test({
  name: "a misbehaving Python module makes pyodidePort fail requests, not crash",
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    const dir = await mkdtemp(join(tmpdir(), "pyodide-port-"));
    try {
      const bad = join(dir, "bad.py");
      await writeFile(bad, BAD_MODULE);
      await writeFile(join(dir, "no_handler.py"), "x = 1\n");
      await writeFile(join(dir, "syntax.py"), "def handle_json(line)\n    return line\n");
      await writeFile(join(dir, "hello_raises.py"), "def handle_json(line):\n    1 / 0\n");
      // PROTOCOL.md's unguarded child-process loop: stdin is empty in Pyodide, so it just ends.
      await writeFile(
        join(dir, "unguarded.py"),
        "import json, sys\n" +
          "def handle_json(line):\n" +
          "    req = json.loads(line)\n" +
          '    return json.dumps({"id": req["id"], "ok": True, "name": "unguarded", "ops": []})\n' +
          "for line in sys.stdin:\n" +
          "    print(handle_json(line), flush=True)\n",
      );
      const [port, ...broken] = await Promise.all([
        pyodidePort(bad, { timeoutMs: 1500 }),
        ...["no_handler.py", "syntax.py", "hello_raises.py", "missing.py", "unguarded.py"].map((
          f,
        ) =>
          pyodidePort(join(dir, f)).then(
            async (p) => {
              await p.close?.();
              return `loaded ${p.name}`;
            },
            (e: unknown) => e instanceof PortFailure ? `${e.kind}: ${e.message}` : String(e),
          )
        ),
      ]);
      assert.match(broken[0], /^protocol: .*defines no callable handle_json/s);
      assert.match(broken[1], /^protocol: .*SyntaxError/s);
      assert.match(broken[2], /^protocol: handle_json raised: .*ZeroDivisionError/s);
      assert.match(broken[3], /^exit: could not read/);
      assert.equal(broken[4], "loaded unguarded");
      try {
        assert.equal(port.name, "bad module");
        assert.match((port as unknown as { stderr: string }).stderr, /bad module: hello/);
        const kinds: Record<string, string> = {};
        for (const op of ["normal_", "ones_", "zeros_", "constant_", "eye_", "dirac_", "sparse_"]) {
          await assert.rejects(
            async () =>
              await port.init!({ op: op as "ones_", shape: [2], dtype: "float32", args: {} }),
            (e: unknown) => {
              assert.ok(e instanceof PortFailure, `${op}: ${e}`);
              kinds[op] = e.kind;
              return true;
            },
          );
        }
        assert.deepEqual(kinds, {
          normal_: "protocol",
          ones_: "protocol",
          zeros_: "protocol",
          constant_: "protocol",
          eye_: "protocol",
          dirac_: "protocol",
          sparse_: "protocol",
        });
        await assert.rejects(async () => await port.calculateGain!("relu", null), PortFailure);
        // A hung module is interrupted and its interpreter replaced.
        await assert.rejects(
          async () => await port.init!({ op: "uniform_", shape: [2], dtype: "float32", args: {} }),
          (e: unknown) => e instanceof PortFailure && e.kind === "timeout",
        );
        // A module that ends the interpreter.
        await assert.rejects(
          async () =>
            await port.init!({ op: "orthogonal_", shape: [2, 2], dtype: "float32", args: {} }),
          (e: unknown) => e instanceof PortFailure && e.kind === "exit",
        );
        // Still usable afterwards: a fresh interpreter refuses politely.
        await assert.rejects(
          async () =>
            await port.init!({ op: "xavier_normal_", shape: [2, 2], dtype: "float32", args: {} }),
          (e: unknown) => e instanceof PortRefusal && e.type === "NotImplemented",
        );
      } finally {
        await port.close?.();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
});
