// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Half-precision module state dicts move between this library and real
 * PyTorch with every bit intact, both ways (issue 15 item 4): modules built
 * here with `dtype: "bfloat16"` / `"float16"` are saved with
 * `saveSafetensors` (BF16 / F16, int64 buffers I64) and torch loads the file
 * into the same module built with `dtype=torch.bfloat16` (other values) with
 * `load_state_dict(strict=True)`, equal entry for entry to torch's own module
 * after the same `manual_seed`; torch's state dicts read back here as the
 * same bits, load into our modules with `loadStateDict`, and torch's
 * `module.half()` / `module.bfloat16()` equal ours. Both capabilities, torch
 * 1.13 (`/usr/bin/python3`); full suite only (`deno task test:full`). The
 * Python side is src/nn/testdata/half_state_dict.py.
 *
 * @module
 */

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import {
  getCpuCapability,
  getTorchVersion,
  halfBits,
  type HalfDType,
  manualSeed,
  setCpuCapability,
  setTorchVersion,
} from "../mod.ts";
import { loadSafetensors, saveSafetensors } from "../io/mod.ts";
import { buildModule, type ModuleSpec } from "./build_module.ts";
import { PYTHON, torchAvailable } from "../../conformance/_torch_available.ts";

const SCRIPT = new URL("./testdata/half_state_dict.py", import.meta.url).pathname;

/** torch-format module specs; `dtype` is set on every module that takes it. */
function specs(dtype: HalfDType | null): ModuleSpec[] {
  const d = dtype === null ? {} : { dtype };
  const M = (type: string, args: unknown[], kwargs: Record<string, unknown> = {}) =>
    ({ type, args, kwargs: { ...kwargs, ...d } }) as ModuleSpec;
  return [
    {
      type: "Sequential",
      args: [M("Linear", [20, 7]), M("LayerNorm", [7]), M("Linear", [7, 3, false])],
      kwargs: {},
    } as ModuleSpec,
    M("Conv2d", [3, 4, 3]),
    M("Embedding", [10, 4], { padding_idx: 0 }),
    M("BatchNorm1d", [4]),
    M("LSTM", [4, 3], { proj_size: 2 }),
    M("MultiheadAttention", [8, 2], { add_bias_kv: true }),
    M("TransformerEncoderLayer", [8, 2, 16]),
    M("PReLU", [3], { init: 0.1 }),
  ];
}

function run(args: string[], capability: string) {
  return spawnSync(PYTHON, [SCRIPT, ...args], {
    env: { ...Deno.env.toObject(), ATEN_CPU_CAPABILITY: capability, OMP_NUM_THREADS: "1" },
    encoding: "utf8",
  });
}

/** Our module of `spec` after manual_seed(seed) (the default generator, as torch). */
function ours(spec: ModuleSpec, seed: number) {
  manualSeed(seed);
  return buildModule(spec);
}

/** Every entry's raw bytes, by name. */
function bytesOf(t: { data: ArrayBufferView }): number[] {
  return Array.from(new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength));
}

async function withTorch113(capability: "avx2" | "default", fn: (dir: string) => Promise<void>) {
  const previous = [getTorchVersion(), getCpuCapability()] as const;
  setTorchVersion("1.13");
  setCpuCapability(capability);
  const dir = await Deno.makeTempDir();
  try {
    await fn(dir);
  } finally {
    setTorchVersion(previous[0]);
    setCpuCapability(previous[1]);
    await Deno.remove(dir, { recursive: true });
  }
}

type Job = [
  op: "check" | "write" | "convert",
  path: string,
  spec: string,
  seed: number,
  dtype?: string,
];

/** Run `jobs` in one Python process (torch imported once). */
async function batch(dir: string, jobs: Job[], capability: string) {
  const file = `${dir}/jobs.json`;
  await Deno.writeTextFile(file, JSON.stringify(jobs));
  return run(["batch", file], capability);
}

for (const capability of ["avx2", "default"] as const) {
  Deno.test({
    name:
      `half state dicts (torch 1.13, ${capability}): torch load_state_dict(strict=True)s ours, bit for bit`,
    ignore: !torchAvailable,
    fn: () =>
      withTorch113(capability, async (dir) => {
        const jobs: Job[] = [];
        for (const dtype of ["bfloat16", "float16"] as const) {
          for (const [i, spec] of specs(dtype).entries()) {
            const net = ours(spec, 3);
            const path = `${dir}/ours_${dtype}_${i}.safetensors`;
            await Deno.writeFile(path, saveSafetensors(Object.fromEntries(net.stateDict())));
            jobs.push(["check", path, JSON.stringify(spec), 3]);
          }
        }
        const r = await batch(dir, jobs, capability);
        assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
        assert.doesNotMatch(r.stdout, /DIFFER/);
        assert.equal(r.stdout.match(/^== check/gm)?.length, jobs.length);
        for (const tag of ["BF16", "F16"]) {
          assert.match(r.stdout, new RegExp(`: \\d+ ${tag} elements bit-identical`));
        }
        assert.match(r.stdout, /num_batches_tracked: 1 I64 elements bit-identical/);
        // A flipped bit is caught.
        const spec = specs("bfloat16")[0];
        const sd = ours(spec, 3).stateDict();
        (sd.get("0.weight")!.data as Uint16Array)[5] ^= 1;
        const path = `${dir}/bad.safetensors`;
        await Deno.writeFile(path, saveSafetensors(Object.fromEntries(sd)));
        const bad = await batch(dir, [["check", path, JSON.stringify(spec), 3]], capability);
        assert.equal(bad.status, 1, bad.stdout + bad.stderr);
        assert.match(bad.stdout, /0\.weight: 140 BF16 elements DIFFER/);
      }),
  });

  Deno.test({
    name:
      `half state dicts (torch 1.13, ${capability}): torch's read back and load here; half() and bfloat16() equal torch's`,
    ignore: !torchAvailable,
    fn: () =>
      withTorch113(capability, async (dir) => {
        const jobs: Job[] = [];
        const expect: Array<() => Promise<void>> = [];
        for (const dtype of ["bfloat16", "float16"] as const) {
          for (const [i, spec] of specs(dtype).entries()) {
            const path = `${dir}/torch_${dtype}_${i}.safetensors`;
            jobs.push(["write", path, JSON.stringify(spec), 11]);
            expect.push(async () => {
              const { tensors } = loadSafetensors(await Deno.readFile(path));
              const mine = ours(spec, 11).stateDict();
              assert.deepEqual(Object.keys(tensors).sort(), [...mine.keys()].sort(), spec.type);
              for (const [name, t] of mine) {
                const got = tensors[name];
                if (t.data instanceof Uint16Array) {
                  assert.equal(got.dtype, dtype === "bfloat16" ? "BF16" : "F16", name);
                  // loadSafetensors widens exactly to float32: narrowing back gives torch's bits.
                  const bits = Array.from(got.data as Float32Array, (x) => halfBits(x, dtype));
                  assert.deepEqual(bits, Array.from(t.data), `${spec.type} ${name}`);
                } else assert.deepEqual(bytesOf(got), bytesOf(t), `${spec.type} ${name}`);
              }
              // loadStateDict(strict) into a module of other values gives torch's bits.
              const fresh = ours(spec, 12);
              fresh.loadStateDict(tensors);
              for (const [name, t] of fresh.stateDict()) {
                assert.deepEqual(bytesOf(t), bytesOf(mine.get(name)!), `${spec.type} ${name}`);
              }
            });
          }
          for (const [i, base] of [...specs(null), ...specs(null).map(withFloat64)].entries()) {
            const path = `${dir}/converted_${dtype}_${i}.safetensors`;
            jobs.push(["convert", path, JSON.stringify(base), 5, dtype]);
            expect.push(async () => {
              const { tensors } = loadSafetensors(await Deno.readFile(path));
              const net = ours(base, 5);
              if (dtype === "float16") net.half();
              else net.bfloat16();
              for (const [name, t] of net.stateDict()) {
                const got = tensors[name];
                if (t.data instanceof Uint16Array) {
                  const bits = Array.from(got.data as Float32Array, (x) => halfBits(x, dtype));
                  assert.deepEqual(Array.from(t.data), bits, `${base.type} ${name} .${dtype}()`);
                } else assert.deepEqual(bytesOf(got), bytesOf(t), `${base.type} ${name}`);
              }
            });
          }
        }
        const r = await batch(dir, jobs, capability);
        assert.equal(r.status, 0, r.stdout + r.stderr);
        for (const e of expect) await e();
      }),
  });
}

/** The spec with dtype float64 on every module that takes dtype=. */
function withFloat64(spec: ModuleSpec): ModuleSpec {
  const s = spec as unknown as { type: string; args: unknown[]; kwargs: Record<string, unknown> };
  if (s.type === "Sequential") {
    return { ...s, args: s.args.map((a) => withFloat64(a as ModuleSpec)) } as ModuleSpec;
  }
  return { ...s, kwargs: { ...s.kwargs, dtype: "float64" } } as ModuleSpec;
}
