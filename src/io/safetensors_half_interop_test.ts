// Copyright 2026 the torch-parity authors. MIT license.
/**
 * float16 and bfloat16 safetensors move between this library and real
 * PyTorch with every bit intact, both ways: a state dict built here as
 * `nn.Linear(20, 7, dtype=torch.bfloat16)` and `nn.Linear(20, 7,
 * dtype=torch.float16)` initialise themselves after `torch.manual_seed(s)`
 * (Kaiming-uniform weight, uniform bias) is written as BF16/F16 and loaded by
 * torch with `load_state_dict(strict=True)`, equal to torch's own modules bit
 * for bit; torch's state dict written as BF16/F16 reads back here as the same
 * bits. Both capabilities. Runs in the full suite (`deno task test:full`) with
 * `/usr/bin/python3`'s torch (skipped otherwise); the Python side parses and
 * writes the format itself.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import {
  empty,
  halfBits,
  type HalfDType,
  type HalfTensor,
  kaimingUniform,
  manualSeed,
  setCpuCapability,
  setTorchVersion,
  uniform,
} from "../mod.ts";
import { loadSafetensors, saveSafetensors } from "./mod.ts";
import { PYTHON, torchAvailable } from "../../conformance/_torch_available.ts";

const SCRIPT = new URL("./testdata/safetensors_half_interop.py", import.meta.url).pathname;

/** nn.Linear(20, 7, dtype)'s reset_parameters, on the default generator. */
function linear(dtype: HalfDType): Record<string, HalfTensor> {
  const weight = kaimingUniform(empty([7, 20], { dtype }), { a: Math.sqrt(5) });
  const bound = 1 / Math.sqrt(20);
  const bias = uniform(empty([7], { dtype }), { a: -bound, b: bound });
  return { weight, bias };
}

/** The state dict torch 1.13 builds after manual_seed(seed), bf16 module first. */
function stateDict(seed: number): Record<string, HalfTensor> {
  manualSeed(seed);
  const out: Record<string, HalfTensor> = {};
  for (const [prefix, dtype] of [["bf", "bfloat16"], ["f16", "float16"]] as const) {
    for (const [k, v] of Object.entries(linear(dtype))) out[`${prefix}.${k}`] = v;
  }
  return out;
}

function run(args: string[], capability: string) {
  return spawnSync(PYTHON, [SCRIPT, ...args], {
    env: { ...Deno.env.toObject(), ATEN_CPU_CAPABILITY: capability, OMP_NUM_THREADS: "1" },
    encoding: "utf8",
  });
}

for (const capability of ["avx2", "default"] as const) {
  Deno.test({
    name: `half safetensors interop (${capability}): torch loads our BF16/F16 state dict strictly`,
    ignore: !torchAvailable,
    fn: async () => {
      setTorchVersion("1.13");
      setCpuCapability(capability);
      const dir = await Deno.makeTempDir();
      try {
        for (const seed of [0, 42]) {
          const path = `${dir}/ours.safetensors`;
          await Deno.writeFile(path, saveSafetensors(stateDict(seed), { format: "pt" }));
          const r = run(["check", path, String(seed)], capability);
          assert.equal(r.status, 0, r.stdout + r.stderr);
          assert.match(r.stdout, /bf\.weight: 140 BF16 elements bit-identical/);
          assert.match(r.stdout, /bf\.bias: 7 BF16 elements bit-identical/);
          assert.match(r.stdout, /f16\.weight: 140 F16 elements bit-identical/);
          assert.match(r.stdout, /f16\.bias: 7 F16 elements bit-identical/);
        }
        // A flipped bit is caught.
        const sd = stateDict(0);
        sd["bf.weight"].data[3] ^= 1;
        const path = `${dir}/bad.safetensors`;
        await Deno.writeFile(path, saveSafetensors(sd));
        const r = run(["check", path, "0"], capability);
        assert.equal(r.status, 1, r.stdout + r.stderr);
        assert.match(r.stdout, /bf\.weight: 140 BF16 elements DIFFER/);
      } finally {
        setTorchVersion("2.6");
        setCpuCapability("avx2");
        await Deno.remove(dir, { recursive: true });
      }
    },
  });

  Deno.test({
    name:
      `half safetensors interop (${capability}): torch's BF16/F16 state dict reads back as its bits`,
    ignore: !torchAvailable,
    fn: async () => {
      setTorchVersion("1.13");
      setCpuCapability(capability);
      const dir = await Deno.makeTempDir();
      try {
        const path = `${dir}/torch.safetensors`;
        const r = run(["write", path, "7"], capability);
        assert.equal(r.status, 0, r.stdout + r.stderr);
        const { tensors } = loadSafetensors(await Deno.readFile(path));
        const ours = stateDict(7);
        assert.deepEqual(Object.keys(tensors).sort(), Object.keys(ours).sort());
        for (const [name, t] of Object.entries(ours)) {
          const got = tensors[name];
          assert.equal(got.dtype, t.dtype === "bfloat16" ? "BF16" : "F16", name);
          assert.deepEqual(got.shape, t.shape, name);
          // loadSafetensors widens exactly to float32: narrowing back gives torch's bits.
          const bits = Array.from(got.data as Float32Array, (x) => halfBits(x, t.dtype));
          assert.deepEqual(bits, Array.from(t.data), name);
        }
      } finally {
        setTorchVersion("2.6");
        setCpuCapability("avx2");
        await Deno.remove(dir, { recursive: true });
      }
    },
  });
}
