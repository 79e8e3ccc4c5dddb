// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Safetensors files move between this library and real PyTorch with every
 * bit intact, both ways. Runs in the full suite (`deno task test:full`) and
 * needs `/usr/bin/python3` with torch and numpy; skipped otherwise. The Python side parses and
 * writes the format itself (no safetensors package).
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { empty, kaimingUniform, manualSeed, normal, setCpuCapability } from "../mod.ts";
import { loadSafetensors, saveSafetensors } from "./mod.ts";
import { PYTHON, torchAvailable } from "../../conformance/_torch_available.ts";

const SCRIPT = new URL("./testdata/safetensors_interop.py", import.meta.url).pathname;
const ENV = { ...Deno.env.toObject(), ATEN_CPU_CAPABILITY: "avx2", OMP_NUM_THREADS: "1" };

/** The fills both sides agree on, after `manualSeed(0)` / `torch.manual_seed(0)`. */
function fills() {
  setCpuCapability("avx2");
  manualSeed(0);
  const weight = kaimingUniform(empty([64, 32]), { a: Math.sqrt(5) });
  const normal64 = normal(empty([5, 7], { dtype: "float64" }));
  return { weight, normal64 };
}

function run(args: string[]): string {
  const r = spawnSync(PYTHON, [SCRIPT, ...args], { env: ENV, encoding: "utf8" });
  assert.equal(r.status, 0, `python ${args[0]} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

Deno.test({
  name: "safetensors interop: torch reads this library's file bit for bit",
  ignore: !torchAvailable,
  fn: async () => {
    const dir = await Deno.makeTempDir();
    try {
      const path = `${dir}/ours.safetensors`;
      await Deno.writeFile(path, saveSafetensors(fills(), { format: "pt" }));
      const out = run(["check", path]);
      assert.match(out, /weight: 2048 F32 elements bit-identical/);
      assert.match(out, /normal64: 35 F64 elements bit-identical/);
      assert.match(out, /metadata: \{"format": "pt"\}/);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name: "safetensors interop: the check fails on a single flipped bit",
  ignore: !torchAvailable,
  fn: async () => {
    const dir = await Deno.makeTempDir();
    try {
      const path = `${dir}/bad.safetensors`;
      const t = fills();
      new Uint32Array(t.normal64.data.buffer)[10] ^= 1;
      await Deno.writeFile(path, saveSafetensors(t));
      const r = spawnSync(PYTHON, [SCRIPT, "check", path], { env: ENV, encoding: "utf8" });
      assert.equal(r.status, 1, r.stdout + r.stderr);
      assert.match(r.stdout, /normal64: 1 of 35 elements differ from torch/);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name: "safetensors interop: this library reads torch's file bit for bit",
  ignore: !torchAvailable,
  fn: async () => {
    const dir = await Deno.makeTempDir();
    try {
      const path = `${dir}/torch.safetensors`;
      const jsonPath = `${dir}/torch.json`;
      run(["write", path, jsonPath]);
      const expected = JSON.parse(await Deno.readTextFile(jsonPath)) as {
        torch: string;
        half_bits: number[];
        int64: string[];
      };
      const { tensors, metadata } = loadSafetensors(await Deno.readFile(path));
      assert.deepEqual(metadata, { torch: expected.torch, writer: "safetensors_interop.py" });
      assert.deepEqual(Object.keys(tensors).sort(), ["half", "int64", "normal64", "weight"]);
      const ours = fills();
      const w = tensors.weight;
      assert.equal(w.dtype, "F32");
      assert.deepEqual(w.shape, [64, 32]);
      assert.deepEqual(new Uint32Array(w.data.buffer), new Uint32Array(ours.weight.data.buffer));
      const n = tensors.normal64;
      assert.equal(n.dtype, "F64");
      assert.deepEqual(n.shape, [5, 7]);
      assert.deepEqual(new Uint32Array(n.data.buffer), new Uint32Array(ours.normal64.data.buffer));
      // F16: widened exactly, so narrowing back gives torch's bits.
      const h = tensors.half;
      assert.equal(h.dtype, "F16");
      assert.deepEqual(h.shape, [9]);
      const bits = Array.from(h.data as Float32Array, toHalfBits);
      assert.deepEqual(bits, expected.half_bits);
      assert.deepEqual(Array.from(h.data.subarray(0, 3) as Float32Array), [Infinity, -0, 2 ** -24]);
      const i = tensors.int64;
      assert.equal(i.dtype, "I64");
      assert.deepEqual(i.shape, [2, 3]);
      assert.deepEqual(Array.from(i.data as BigInt64Array, String), expected.int64);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

/** float32 (exactly representable in float16) → float16 bits. */
function toHalfBits(x: number): number {
  const sign = Object.is(x, -0) || x < 0 ? 0x8000 : 0;
  const a = Math.abs(x);
  if (a === Infinity) return sign | 0x7c00;
  if (Number.isNaN(x)) return 0x7e00;
  if (a === 0) return sign;
  if (a < 2 ** -14) return sign | (a / 2 ** -24);
  const e = Math.floor(Math.log2(a));
  const m = a / 2 ** e - 1;
  return sign | ((e + 15) << 10) | (m * 1024);
}
