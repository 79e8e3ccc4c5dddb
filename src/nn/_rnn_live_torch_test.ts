// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Test helper (no tests of its own): build modules here and in live PyTorch
 * (`/usr/bin/python3`, torch 1.13.1) after the same `manualSeed`, and compare
 * the state dicts (names and order, shapes, dtypes, every bit), the module
 * tree (names and class names, pre-order) and the generator state bytes
 * after construction, for CPU capability `"avx2"` and `"default"`. One
 * Python process per capability runs all cases of a test file. Used by the
 * recurrent, attention and transformer tests; runs only in the full suite
 * (`deno task test:full`), skipped with a notice when torch is missing.
 *
 * @module
 */

import assert from "node:assert/strict";
import { torchAvailable } from "../../conformance/_torch_available.ts";
import type { TensorData } from "../tensor.ts";
import type { CpuCapability } from "../random/capability.ts";
import { getCpuCapability, setCpuCapability } from "../random/capability.ts";
import { defaultGenerator } from "../random/generator.ts";
import { getRngState } from "../random/get_rng_state.ts";
import { manualSeed } from "../random/manual_seed.ts";
import { setWarningHandler } from "../init/warnings.ts";
import type { Module } from "./module.ts";

/** One module built on both sides. */
export interface LiveCase {
  /** Unique within the file. */
  name: string;
  /** Python statements (`torch`, `nn`, `F` in scope) that assign the module to `m`. */
  py: string;
  /** Builds the same module here, drawing from the default generator. */
  ts: () => Module;
  /** The seed of `manualSeed` / `torch.manual_seed`. Default: 0. */
  seed?: number;
  /**
   * When set, this library must refuse the arguments with an error matching
   * this pattern, without drawing; torch's outcome is then not compared
   * (torch may draw before it fails, or accept what is refused here).
   */
  refuses?: RegExp;
  /** With `refuses`: torch accepts these arguments (this library is stricter on purpose). */
  stricter?: boolean;
}

/** What torch returned for one case. */
interface TorchResult {
  error?: string;
  entries?: Array<[string, number[], string, string]>;
  modules?: Array<[string, string]>;
  parameters?: string[];
  rng?: string;
}

interface TorchRun {
  version: string;
  config: string;
  cases: Record<string, TorchResult>;
}

const CAPABILITIES: readonly CpuCapability[] = ["avx2", "default"];

const SCRIPT = `
import base64, json, sys, warnings
warnings.filterwarnings("ignore")
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.set_num_threads(1)
def b64(t):
    return base64.b64encode(t.detach().contiguous().numpy().tobytes()).decode()
out = {"version": torch.__version__, "config": torch.__config__.show(), "cases": {}}
for c in json.load(sys.stdin):
    torch.manual_seed(c["seed"])
    scope = {"torch": torch, "nn": nn, "F": F}
    try:
        exec(c["py"], scope)
        m = scope["m"]
        r = {
            "entries": [[k, list(v.shape), str(v.dtype).replace("torch.", ""), b64(v)]
                        for k, v in m.state_dict().items()],
            "modules": [[k, type(v).__name__] for k, v in m.named_modules()],
            "parameters": [k for k, _ in m.named_parameters()],
            "rng": b64(torch.get_rng_state()),
        }
    except Exception as e:
        r = {"error": type(e).__name__ + ": " + str(e)}
    out["cases"][c["name"]] = r
print(json.dumps(out))
`;

async function runTorch(cases: readonly LiveCase[], capability: CpuCapability): Promise<TorchRun> {
  const child = new Deno.Command("/usr/bin/python3", {
    args: ["-c", SCRIPT],
    env: { ATEN_CPU_CAPABILITY: capability, OMP_NUM_THREADS: "1" },
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const writer = child.stdin.getWriter();
  await writer.write(
    new TextEncoder().encode(
      JSON.stringify(cases.map((c) => ({ name: c.name, py: c.py, seed: c.seed ?? 0 }))),
    ),
  );
  await writer.close();
  const { code, stdout, stderr } = await child.output();
  const text = new TextDecoder().decode(stdout);
  assert.equal(code, 0, `python failed:\n${text}\n${new TextDecoder().decode(stderr)}`);
  return JSON.parse(text) as TorchRun;
}

function dtypeName(data: TensorData | Uint16Array): string {
  if (data instanceof Uint16Array) return "half";
  if (data instanceof Float32Array) return "float32";
  if (data instanceof Float64Array) return "float64";
  return "int64";
}

/** The tensor's elements in row-major order, as raw little-endian bytes. */
function rowMajorBytes(
  t: {
    data: TensorData | Uint16Array;
    shape: readonly number[];
    strides?: readonly number[];
    offset?: number;
  },
): Uint8Array {
  const n = t.shape.reduce((a, b) => a * b, 1);
  const strides = t.strides ?? (() => {
    const s = new Array<number>(t.shape.length);
    let acc = 1;
    for (let i = t.shape.length - 1; i >= 0; i--) {
      s[i] = acc;
      acc *= t.shape[i];
    }
    return s;
  })();
  const Ctor = t.data.constructor as new (n: number) => TensorData | Uint16Array;
  const out = new Ctor(n);
  const index = new Array<number>(t.shape.length).fill(0);
  for (let k = 0; k < n; k++) {
    let at = t.offset ?? 0;
    for (let d = 0; d < index.length; d++) at += index[d] * strides[d];
    (out as Float64Array)[k] = (t.data as Float64Array)[at];
    for (let d = index.length - 1; d >= 0; d--) {
      if (++index[d] < t.shape[d]) break;
      index[d] = 0;
    }
  }
  return new Uint8Array(out.buffer);
}

function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function firstDifference(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : n;
}

function check(c: LiveCase, r: TorchResult | undefined): void {
  assert.ok(r !== undefined, `torch returned nothing for ${c.name}`);
  manualSeed(c.seed ?? 0);
  if (c.refuses !== undefined) {
    const before = getRngState();
    assert.throws(c.ts, (e: unknown) => {
      assert.ok(e instanceof TypeError || e instanceof RangeError, `${e}`);
      assert.match((e as Error).message, c.refuses!);
      return true;
    });
    assert.deepEqual(
      getRngState(),
      before,
      "the generator moved although the arguments were refused",
    );
    if (c.stricter) assert.equal(r.error, undefined, "torch refuses too: drop `stricter`");
    else {assert.ok(
        r.error !== undefined,
        "torch accepts these arguments: mark the case `stricter`",
      );}
    return;
  }
  assert.equal(r.error, undefined, `torch failed: ${r.error}`);
  const m = c.ts();
  const rng = getRngState();
  const sd = m.stateDict();
  assert.deepEqual([...sd.keys()], r.entries!.map((e) => e[0]), "state_dict keys and order");
  assert.deepEqual(
    [...m.namedModules()].map(([k, v]) => [k, v.constructor.name]),
    r.modules,
    "named_modules and class names",
  );
  assert.deepEqual([...m.namedParameters()].map(([k]) => k), r.parameters, "named_parameters");
  for (const [key, shape, dtype, b64] of r.entries!) {
    const t = sd.get(key)!;
    assert.deepEqual([...t.shape], shape, `shape of ${key}`);
    assert.equal(dtypeName(t.data), dtype, `dtype of ${key}`);
    const ours = rowMajorBytes(t);
    const theirs = fromBase64(b64);
    const at = firstDifference(ours, theirs);
    assert.equal(at, -1, `bits of ${key} differ from byte ${at}`);
  }
  const at = firstDifference(rng, fromBase64(r.rng!));
  assert.equal(at, -1, `generator state after construction differs from byte ${at}`);
}

/**
 * Register one `Deno.test` that checks every case against live torch on both
 * capabilities (one step per capability and case).
 */
export function liveTorchTest(title: string, cases: readonly LiveCase[]): void {
  const names = new Set(cases.map((c) => c.name));
  assert.equal(names.size, cases.length, "case names must be unique");
  Deno.test({
    name: `${title} (live torch, avx2 and default)`,
    ignore: !torchAvailable,
    fn: async (t) => {
      const runs = await Promise.all(CAPABILITIES.map((cap) => runTorch(cases, cap)));
      const saved = getCpuCapability();
      const savedState = defaultGenerator.getState();
      const savedHandler = setWarningHandler(() => {});
      try {
        for (let i = 0; i < CAPABILITIES.length; i++) {
          const cap = CAPABILITIES[i];
          const run = runs[i];
          assert.match(run.version, /^1\.13\./, "torch version");
          assert.match(
            run.config,
            cap === "default" ? /CPU capability usage: NO AVX\b/ : /CPU capability usage: AVX2/,
          );
          for (const c of cases) {
            await t.step(`${cap}: ${c.name}`, () => {
              setCpuCapability(cap);
              check(c, run.cases[c.name]);
            });
          }
        }
      } finally {
        setCpuCapability(saved);
        defaultGenerator.setState(savedState);
        setWarningHandler(savedHandler);
      }
    },
  });
}
