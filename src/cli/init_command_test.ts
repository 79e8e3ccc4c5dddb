// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { empty, Generator, kaimingUniform, normal, setWarningHandler, uniform } from "../mod.ts";
import { loadSafetensors } from "../io/mod.ts";
import { LIBRARY_VERSION, parseInitArgs, runInit } from "./init_command.ts";
import { PYTHON, torchAvailable } from "../../conformance/_torch_available.ts";

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "init_command_test_"));
}

/** Run `runInit` with console.error captured. */
async function run(argv: string[]): Promise<{ code: number; errors: string }> {
  const original = console.error;
  const lines: string[] = [];
  console.error = (...a: unknown[]) => lines.push(a.join(" "));
  try {
    return { code: await runInit(argv), errors: lines.join("\n") };
  } finally {
    console.error = original;
  }
}

function bits(a: Float32Array | Float64Array): Uint32Array {
  return new Uint32Array(a.buffer, a.byteOffset, a.byteLength / 4);
}

Deno.test("parseInitArgs: single-tensor flags", () => {
  const o = parseInitArgs([
    "--shape",
    "768,3072",
    "--init",
    "kaiming_uniform",
    "--a",
    "2.2360679775",
    "--seed",
    "0",
    "--out",
    "w.safetensors",
  ]);
  assert.deepEqual(o, {
    tensors: [{
      name: "weight",
      shape: [768, 3072],
      op: "kaiming_uniform_",
      args: { a: 2.2360679775 },
    }],
    seed: 0n,
    dtype: "float32",
    capability: "avx2",
    out: "w.safetensors",
  });
  const p = parseInitArgs([
    "--name=enc.w",
    "--shape=16,8",
    "--init=kaiming_normal_",
    "--mode",
    "fan_out",
    "--nonlinearity",
    "relu",
    "--dtype",
    "float64",
    "--capability",
    "default",
    "--seed",
    "18446744073709551615",
    "--out",
    "x",
  ]);
  assert.deepEqual(p.tensors, [{
    name: "enc.w",
    shape: [16, 8],
    op: "kaiming_normal_",
    args: { mode: "fan_out", nonlinearity: "relu" },
  }]);
  assert.equal(p.seed, 2n ** 64n - 1n);
  assert.equal(p.dtype, "float64");
  assert.equal(p.capability, "default");
});

Deno.test("parseInitArgs: --tensor entries", () => {
  const o = parseInitArgs([
    "--tensor",
    "fc.weight=300,100:kaiming_uniform(a=2.2360679775)",
    "--tensor",
    "fc.bias=100:uniform(a=-0.0577,b=0.0577)",
    "--tensor",
    "conv=8,4,3:kaiming_normal(mode=fan_out,nonlinearity=relu)",
    "--tensor",
    "e=5,5:eye",
    "--tensor",
    "t=10:trunc_normal_(mean=0,std=0.02,a=-inf,b=inf)",
    "--tensor",
    "s=10,4:sparse(sparsity=0.5)",
    "--out",
    "o.safetensors",
  ]);
  assert.deepEqual(o.tensors.map((t) => [t.name, t.shape, t.op, t.args]), [
    ["fc.weight", [300, 100], "kaiming_uniform_", { a: 2.2360679775 }],
    ["fc.bias", [100], "uniform_", { a: -0.0577, b: 0.0577 }],
    ["conv", [8, 4, 3], "kaiming_normal_", { mode: "fan_out", nonlinearity: "relu" }],
    ["e", [5, 5], "eye_", {}],
    ["t", [10], "trunc_normal_", { mean: 0, std: 0.02, a: -Infinity, b: Infinity }],
    ["s", [10, 4], "sparse_", { sparsity: 0.5 }],
  ]);
});

Deno.test("parseInitArgs: bad flags name the flag and its value", () => {
  const cases: [string[], ErrorConstructor, RegExp][] = [
    [["--shape", "3", "--init", "ones", "--bogus", "1", "--out", "o"], TypeError, /--bogus/],
    [["--shape", "3,x", "--init", "ones", "--out", "o"], RangeError, /--shape "3,x"/],
    [["--shape", "-3", "--init", "ones", "--out", "o"], RangeError, /--shape "-3"/],
    [["--shape", "3", "--init", "glorot", "--out", "o"], RangeError, /--init.*"glorot"/],
    [["--shape", "3", "--init", "uniform", "--a", "abc", "--out", "o"], RangeError, /--a "abc"/],
    [
      ["--shape", "3,3", "--init", "kaiming_uniform", "--mode", "fan_avg", "--out", "o"],
      RangeError,
      /--mode "fan_avg"/,
    ],
    [
      ["--shape", "3,3", "--init", "kaiming_uniform", "--nonlinearity", "gelu", "--out", "o"],
      RangeError,
      /--nonlinearity "gelu"/,
    ],
    [["--shape", "3", "--init", "uniform", "--gain", "2", "--out", "o"], TypeError, /--gain/],
    [["--shape", "3", "--init", "constant", "--out", "o"], TypeError, /val/],
    [["--shape", "3", "--init", "ones"], TypeError, /--out is missing/],
    [["--init", "ones", "--out", "o"], TypeError, /--shape is missing/],
    [["--shape", "3", "--out", "o"], TypeError, /--init is missing/],
    [["--out", "o"], TypeError, /at least one tensor/],
    [["--shape", "3", "--init", "ones", "--out"], TypeError, /--out needs a value/],
    [
      ["--shape", "3", "--init", "ones", "--seed", "1.5", "--out", "o"],
      RangeError,
      /--seed.*"1\.5"/,
    ],
    [
      ["--shape", "3", "--init", "ones", "--seed", String(2n ** 64n), "--out", "o"],
      RangeError,
      /--seed/,
    ],
    [
      ["--shape", "3", "--init", "ones", "--dtype", "float16", "--out", "o"],
      RangeError,
      /--dtype.*"float16"/,
    ],
    [
      ["--shape", "3", "--init", "ones", "--capability", "sse", "--out", "o"],
      RangeError,
      /--capability.*"sse"/,
    ],
    [["--tensor", "w=3"], TypeError, /--tensor "w=3"/],
    [["--tensor", "w=3,y:ones", "--out", "o"], RangeError, /--tensor "w=3,y:ones": shape/],
    [["--tensor", "w=3:normalish", "--out", "o"], RangeError, /--tensor "w=3:normalish": init/],
    [
      ["--tensor", "w=3:uniform(a=x)", "--out", "o"],
      RangeError,
      /--tensor "w=3:uniform\(a=x\)": a/,
    ],
    [
      ["--tensor", "w=3:uniform(std=1)", "--out", "o"],
      TypeError,
      /uniform takes a, b, received "std"/,
    ],
    [["--tensor", "w=3:uniform(a)", "--out", "o"], TypeError, /key=value/],
    [
      ["--tensor", "w=3:ones", "--tensor", "w=4:zeros", "--out", "o"],
      RangeError,
      /"w" is given twice/,
    ],
    [
      ["--tensor", "w=3:ones", "--shape", "3", "--init", "ones", "--out", "o"],
      TypeError,
      /--shape/,
    ],
    [["--tensor", "w=3,3:dirac(groups=1.5)", "--out", "o"], RangeError, /groups/],
  ];
  for (const [argv, type, message] of cases) {
    assert.throws(() => parseInitArgs(argv), (e: unknown) => {
      assert.ok(e instanceof type, `${argv.join(" ")}: ${String(e)}`);
      assert.match((e as Error).message, message, argv.join(" "));
      return true;
    });
  }
});

Deno.test("runInit: round trip equals the library's fills in the same order", async () => {
  const dir = tempDir();
  try {
    const out = join(dir, "fc.safetensors");
    const { code, errors } = await run([
      "--tensor",
      "fc.weight=300,100:kaiming_uniform(a=2.2360679775)",
      "--tensor",
      "fc.bias=100:uniform(a=-0.0577,b=0.0577)",
      "--tensor",
      "emb=17,5:normal(std=0.02)",
      "--seed",
      "1234",
      "--out",
      out,
    ]);
    assert.equal(code, 0, errors);
    const { tensors, metadata } = loadSafetensors(new Uint8Array(readFileSync(out)));
    const g = new Generator().manualSeed(1234);
    const w = kaimingUniform(empty([300, 100]), { a: 2.2360679775, generator: g });
    const b = uniform(empty([100]), { a: -0.0577, b: 0.0577, generator: g });
    const e = normal(empty([17, 5]), { std: 0.02, generator: g });
    for (const [name, want] of [["fc.weight", w], ["fc.bias", b], ["emb", e]] as const) {
      const got = tensors[name];
      assert.equal(got.dtype, "F32");
      assert.deepEqual(got.shape, [...want.shape]);
      assert.deepEqual(bits(got.data as Float32Array), bits(want.data), name);
    }
    assert.deepEqual(metadata, {
      capability: "avx2",
      dtype: "float32",
      format: "pt",
      seed: "1234",
      tensors: JSON.stringify([
        "fc.weight=300,100:kaiming_uniform(a=2.2360679775)",
        "fc.bias=100:uniform(a=-0.0577,b=0.0577)",
        "emb=17,5:normal(std=0.02)",
      ]),
      version: LIBRARY_VERSION,
    });
    assert.deepEqual(readdirSync(dir), ["fc.safetensors"]);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

Deno.test("runInit: single tensor, float64, and an existing file is replaced", async () => {
  const dir = tempDir();
  try {
    const out = join(dir, "w.safetensors");
    const argv = [
      "--shape",
      "64,32",
      "--init",
      "kaiming_uniform_",
      "--a",
      "2.23606797749979",
      "--dtype",
      "float64",
      "--seed",
      "7",
      "--out",
      out,
    ];
    assert.equal((await run(argv)).code, 0);
    assert.equal((await run(argv)).code, 0);
    const { tensors } = loadSafetensors(new Uint8Array(readFileSync(out)));
    const want = kaimingUniform(empty([64, 32], { dtype: "float64" }), {
      a: 2.23606797749979,
      generator: new Generator().manualSeed(7),
    });
    assert.equal(tensors.weight.dtype, "F64");
    assert.deepEqual(bits(tensors.weight.data as Float64Array), bits(want.data));
    assert.deepEqual(readdirSync(dir), ["w.safetensors"]);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

Deno.test("runInit: bad flags exit 2, library errors exit 1, and no file is left", async () => {
  const dir = tempDir();
  const previous = setWarningHandler(() => {});
  try {
    const out = join(dir, "w.safetensors");
    const bad = await run(["--shape", "3", "--init", "nope", "--out", out]);
    assert.equal(bad.code, 2);
    assert.match(bad.errors, /--init.*"nope"/);
    // The second init throws (kaiming needs 2 dimensions) after the first was filled.
    const midway = await run([
      "--tensor",
      "a=64,64:uniform",
      "--tensor",
      "b=64:kaiming_uniform",
      "--tensor",
      "c=4:ones",
      "--out",
      out,
    ]);
    assert.equal(midway.code, 1);
    assert.match(midway.errors, /2 dimensions|fan/i);
    const range = await run(["--tensor", "s=4,4:sparse(sparsity=2)", "--out", out]);
    assert.equal(range.code, 1, range.errors);
    assert.ok(!existsSync(out));
    assert.deepEqual(readdirSync(dir), []);
  } finally {
    setWarningHandler(previous);
    rmSync(dir, { recursive: true });
  }
});

Deno.test("runInit: a failed rename removes the temporary file", async () => {
  const dir = tempDir();
  try {
    const out = join(dir, "taken");
    mkdirSync(join(out, "inside"), { recursive: true }); // rename onto a non-empty directory fails
    const { code, errors } = await run(["--shape", "8", "--init", "zeros", "--out", out]);
    assert.equal(code, 1);
    assert.match(errors, /Cannot write/);
    assert.deepEqual(readdirSync(dir), ["taken"]);
    assert.deepEqual(readdirSync(out), ["inside"]);
    const missing = await run(["--shape", "8", "--init", "zeros", "--out", join(dir, "no", "x")]);
    assert.equal(missing.code, 1);
    assert.deepEqual(readdirSync(dir), ["taken"]);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

const TORCH_CHECK = `
import json, struct, sys
import numpy as np
import torch
raw = open(sys.argv[1], "rb").read()
n = struct.unpack("<Q", raw[:8])[0]
header = json.loads(raw[8:8 + n])
meta = header.pop("__metadata__")
assert meta["seed"] == "0", meta
def tensor(name):
    e = header[name]
    assert e["dtype"] == "F32", e
    b, f = e["data_offsets"]
    return np.frombuffer(raw[8 + n + b:8 + n + f], dtype="<i4").reshape(e["shape"])
torch.manual_seed(0)
w = torch.nn.init.kaiming_uniform_(torch.empty(64, 32), a=2.23606797749979)
b = torch.nn.init.uniform_(torch.empty(64), -0.125, 0.125)
bad = 0
for name, t in (("w", w), ("b", b)):
    got = tensor(name)
    want = t.view(torch.int32).numpy()
    assert got.shape == want.shape, (name, got.shape, want.shape)
    bad += int((got != want).sum())
print(bad)
`;

Deno.test({
  name: "runInit: the file matches PyTorch bit for bit",
  ignore: !torchAvailable,
  async fn() {
    const dir = tempDir();
    try {
      const out = join(dir, "torch.safetensors");
      const { code, errors } = await run([
        "--tensor",
        "w=64,32:kaiming_uniform(a=2.23606797749979)",
        "--tensor",
        "b=64:uniform(a=-0.125,b=0.125)",
        "--seed",
        "0",
        "--out",
        out,
      ]);
      assert.equal(code, 0, errors);
      const r = spawnSync(PYTHON, ["-c", TORCH_CHECK, out], {
        encoding: "utf8",
        env: { ...Deno.env.toObject(), ATEN_CPU_CAPABILITY: "avx2" },
      });
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout.trim(), "0", "elements differing from torch");
    } finally {
      rmSync(dir, { recursive: true });
    }
  },
});
