// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  empty,
  Generator,
  getTorchVersion,
  kaimingUniform,
  normal,
  setWarningHandler,
  uniform,
} from "../mod.ts";
import { Conv2d, Linear, ReLU, Sequential } from "../nn/mod.ts";
import { loadSafetensors } from "../io/mod.ts";
import { LIBRARY_VERSION, parseInitArgs, runInit } from "./init_command.ts";
import { PYTHON, torchAvailable } from "../../conformance/_torch_available.ts";

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "init_command_test_"));
}

/** Run `runInit` with console.error (`errors`) and console.log (`output`) captured. */
async function run(argv: string[]): Promise<{ code: number; errors: string; output: string }> {
  const [error, log] = [console.error, console.log];
  const lines: string[] = [];
  const out: string[] = [];
  console.error = (...a: unknown[]) => lines.push(a.join(" "));
  console.log = (...a: unknown[]) => out.push(a.join(" "));
  try {
    return { code: await runInit(argv), errors: lines.join("\n"), output: out.join("\n") };
  } finally {
    [console.error, console.log] = [error, log];
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
    torchVersion: getTorchVersion(),
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
  assert.deepEqual(o.tensors.map((t) => "module" in t ? [] : [t.name, t.shape, t.op, t.args]), [
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
      torch: getTorchVersion(),
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

Deno.test("parseInitArgs: numeric options take torch's expressions, in Python's double arithmetic", () => {
  const args = (spec: string) => {
    const t = parseInitArgs(["--tensor", spec, "--out", "o"]).tensors[0];
    assert.ok(!("module" in t));
    return t.args;
  };
  // Object.is: the same bits as Python's `1 / math.sqrt(300)`, `-1 / math.sqrt(fan_in)`.
  const a = args("b=100,300:uniform(a=-1/sqrt(fan_in),b=1/math.sqrt(fan_in))");
  assert.ok(Object.is(a.a, -1 / Math.sqrt(300)) && Object.is(a.b, 1 / Math.sqrt(300)));
  const k = args("w=16,8,3,3:kaiming_uniform(a=math.sqrt(5),mode=fan_out)");
  assert.deepEqual(k, { a: Math.sqrt(5), mode: "fan_out" });
  const f = args("w=16,8,3,3:uniform(a=-1/sqrt(fan_out),b=2*(3-1)/4+1e-3)");
  assert.ok(Object.is(f.a, -1 / Math.sqrt(16 * 9)));
  assert.ok(Object.is(f.b, 2 * (3 - 1) / 4 + 1e-3));
  assert.deepEqual(args("w=4:normal(mean=-(1),std=+.5e1)"), { mean: -1, std: 5 });
  assert.deepEqual(args("w=4:trunc_normal(a=-inf,b=math.inf,std=pi/pi)"), {
    a: -Infinity,
    b: Infinity,
    std: 1,
  });
  // Python's precedence: unary minus binds tighter than * and /, which associate left.
  assert.ok(Object.is(args("w=4:uniform(a=-1/3*3)").a, ((-1) / 3) * 3));
  // The single-tensor flags too, with the fans of --shape (given after them).
  const o = parseInitArgs([
    "--a",
    "-1/sqrt(fan_in)",
    "--init",
    "uniform",
    "--shape",
    "7,9",
    "--out",
    "o",
  ]);
  assert.ok(!("module" in o.tensors[0]) && Object.is(o.tensors[0].args.a, -1 / Math.sqrt(9)));
});

Deno.test("parseInitArgs: a bad expression names the flag, the value and why", () => {
  const cases: [string[], RegExp][] = [
    [
      ["--tensor", "b=100:uniform(a=-1/sqrt(fan_in))"],
      /"b=100:uniform.*": a: fan_in needs a tensor with at least 2 dimensions.*received shape \[100\]/,
    ],
    [
      ["--shape", "3", "--init", "uniform", "--b", "1/sqrt(fan_out)"],
      /--b "1\/sqrt\(fan_out\)": fan_out needs/,
    ],
    [
      ["--shape", "3", "--init", "uniform", "--a", "sqrt(5"],
      /--a "sqrt\(5" must be a number or an expression.*expected "\)"/,
    ],
    [
      ["--shape", "3", "--init", "uniform", "--a", "2**0.5"],
      /--a "2\*\*0\.5".*\*\* at position 1 is not supported/,
    ],
    [
      ["--shape", "3", "--init", "uniform", "--a", "log(2)"],
      /--a "log\(2\)".*log is not supported/,
    ],
    [["--shape", "3", "--init", "uniform", "--a", "1/0"], /--a "1\/0": division by zero/],
    [["--shape", "3", "--init", "uniform", "--a", "sqrt(-1)"], /sqrt of a negative number/],
    [
      ["--shape", "3", "--init", "uniform", "--a", "fan"],
      /unknown name "fan" \(known: fan_in, fan_out\)/,
    ],
    [["--shape", "3", "--init", "uniform", "--a", "os.system(1)"], /unknown function "os\.system"/],
    [["--shape", "3", "--init", "uniform", "--a", "1;2"], /unexpected ";" at position 1/],
    [["--tensor", "w=3,3:dirac(groups=3/2)"], /groups must be an integer, received "3\/2"/],
  ];
  for (const [argv, message] of cases) {
    assert.throws(() => parseInitArgs([...argv, "--out", "o"]), (e: unknown) => {
      assert.ok(e instanceof RangeError, `${argv.join(" ")}: ${String(e)}`);
      assert.match((e as Error).message, message, argv.join(" "));
      return true;
    });
  }
});

Deno.test("parseInitArgs: NAME=Module(args) presets are torch constructor calls", () => {
  const o = parseInitArgs([
    "--tensor",
    "fc=Linear(300, 100)",
    "--tensor",
    "conv=Conv2d(3, 16, kernel_size=(3, 3), stride=2, bias=False, padding_mode='zeros')",
    "--tensor",
    "net=Sequential(Linear(4,8),ReLU(),Linear(8,2))",
    "--out",
    "o",
    "--torch",
    "1.13",
  ]);
  assert.equal(o.torchVersion, "1.13");
  assert.deepEqual(o.tensors, [
    { name: "fc", module: { type: "Linear", args: [300, 100] } },
    {
      name: "conv",
      module: {
        type: "Conv2d",
        args: [3, 16],
        kwargs: { kernel_size: [3, 3], stride: 2, bias: false, padding_mode: "zeros" },
      },
    },
    {
      name: "net",
      module: {
        type: "Sequential",
        args: [
          { type: "Linear", args: [4, 8] },
          { type: "ReLU" },
          { type: "Linear", args: [8, 2] },
        ],
      },
    },
  ]);
  assert.throws(() => parseInitArgs(["--tensor", "x=Lineer(3,3)", "--out", "o"]), /"Lineer"/);
  assert.throws(
    () => parseInitArgs(["--tensor", "x=Linear(3,3", "--out", "o"]),
    /must look like name=Module\(args\)/,
  );
  assert.throws(
    () => parseInitArgs(["--torch", "2.0", "--shape", "3", "--init", "ones", "--out", "o"]),
    /--torch must be 1\.13, 2\.6, 2\.14, received "2\.0"/,
  );
});

Deno.test("runInit: presets hold the module's state dict, the same bits as the nn classes", async () => {
  const dir = tempDir();
  try {
    const out = join(dir, "m.safetensors");
    const { code, errors, output } = await run([
      "--seed",
      "7",
      "--dtype",
      "float64",
      "--tensor",
      "fc=Linear(300,100)",
      "--tensor",
      "head.scale=4:ones",
      "--tensor",
      "conv=Conv2d(3,4,3,bias=False)",
      "--tensor",
      "net=Sequential(Linear(4,8),ReLU(),Linear(8,2))",
      "--out",
      out,
    ]);
    assert.equal(code, 0, errors);
    const { tensors, metadata } = loadSafetensors(new Uint8Array(readFileSync(out)));
    const g = new Generator().manualSeed(7);
    const want = new Map([
      ...new Linear(300, 100, { dtype: "float64", generator: g }).stateDict({ prefix: "fc." }),
      ["head.scale", { data: new Float64Array(4).fill(1), shape: [4] }],
      ...new Conv2d(3, 4, 3, { bias: false, dtype: "float64", generator: g }).stateDict({
        prefix: "conv.",
      }),
      ...new Sequential(
        new Linear(4, 8, { dtype: "float64", generator: g }),
        new ReLU(),
        new Linear(8, 2, { dtype: "float64", generator: g }),
      ).stateDict({ prefix: "net." }),
    ]);
    assert.deepEqual(Object.keys(tensors).sort(), [...want.keys()].sort());
    for (const [name, t] of want) {
      assert.equal(tensors[name].dtype, "F64", name);
      assert.deepEqual(tensors[name].shape, [...t.shape], name);
      assert.deepEqual(
        bits(tensors[name].data as Float64Array),
        bits(t.data as Float64Array),
        name,
      );
    }
    assert.equal(
      metadata.tensors,
      JSON.stringify([
        "fc=Linear(300, 100)",
        "head.scale=4:ones",
        "conv=Conv2d(3, 4, 3, bias=False)",
        "net=Sequential(Linear(4, 8), ReLU(), Linear(8, 2))",
      ]),
    );
    const size = readFileSync(out).length;
    assert.match(
      output,
      new RegExp(
        `^Wrote ${
          out.replaceAll("/", "\\/")
        }: 8 tensors, 30270 elements, ${size} bytes, seed 7, capability avx2, torch ${getTorchVersion()}, float64, [\\d.]+ s$`,
      ),
    );
    // A module's keys may not collide with another tensor's.
    const clash = await run([
      "--tensor",
      "fc=Linear(2,2)",
      "--tensor",
      "fc.bias=2:zeros",
      "--out",
      out,
    ]);
    assert.equal(clash.code, 2);
    assert.match(clash.errors, /Tensor name "fc\.bias" is given twice/);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

Deno.test("runInit: nn.Linear(300, 100) written tensor by tensor equals the Linear preset", async () => {
  const dir = tempDir();
  try {
    const explicit = join(dir, "linear.safetensors");
    const preset = join(dir, "fc.safetensors");
    const a = await run([
      "--seed",
      "0",
      "--out",
      explicit,
      "--tensor",
      "weight=100,300:kaiming_uniform(a=sqrt(5))",
      "--tensor",
      "bias=100:uniform(a=-1/sqrt(300),b=1/sqrt(300))",
    ]);
    const b = await run(["--seed", "0", "--out", preset, "--tensor", "fc=Linear(300,100)"]);
    assert.equal(a.code, 0, a.errors);
    assert.equal(b.code, 0, b.errors);
    const x = loadSafetensors(new Uint8Array(readFileSync(explicit))).tensors;
    const y = loadSafetensors(new Uint8Array(readFileSync(preset))).tensors;
    for (const name of ["weight", "bias"]) {
      assert.deepEqual(
        bits(x[name].data as Float32Array),
        bits(y[`fc.${name}`].data as Float32Array),
      );
    }
    // The old README's rounded bound (0.0577) is not torch's: most elements differ.
    const c = await run([
      "--seed",
      "0",
      "--out",
      explicit,
      "--tensor",
      "weight=100,300:kaiming_uniform(a=sqrt(5))",
      "--tensor",
      "bias=100:uniform(a=-0.0577,b=0.0577)",
    ]);
    assert.equal(c.code, 0, c.errors);
    const z = loadSafetensors(new Uint8Array(readFileSync(explicit))).tensors;
    const differ = Array.from(z.bias.data as Float32Array).filter((v, i) =>
      !Object.is(v, (y["fc.bias"].data as Float32Array)[i])
    );
    assert.ok(differ.length > 90, `${differ.length} of 100 differ`);
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

/** Builds the same modules in torch after manual_seed and counts differing state-dict elements. */
const TORCH_PRESETS = `
import json, struct, sys
import numpy as np
import torch
import torch.nn as nn
raw = open(sys.argv[1], "rb").read()
n = struct.unpack("<Q", raw[:8])[0]
header = json.loads(raw[8:8 + n])
torch.manual_seed(3)
modules = [
    ("conv", nn.Conv2d(3, 8, 3, stride=2)),
    ("rnn", nn.LSTM(4, 6, num_layers=2)),
    ("bn", nn.BatchNorm1d(5)),
    ("emb", nn.Embedding(10, 3, padding_idx=0)),
    ("net", nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2, bias=False))),
]
bad, names = 0, []
for prefix, m in modules:
    for key, t in m.state_dict().items():
        name = prefix + "." + key
        names.append(name)
        e = header[name]
        b, f = e["data_offsets"]
        kind = {"F32": "<i4", "I64": "<i8"}[e["dtype"]]
        got = np.frombuffer(raw[8 + n + b:8 + n + f], dtype=kind).reshape(e["shape"])
        want = t.view(torch.int32).numpy() if t.dtype == torch.float32 else t.numpy()
        assert list(got.shape) == list(want.shape), (name, got.shape, want.shape)
        bad += int((got != want).sum())
assert sorted(names) == sorted(k for k in header if k != "__metadata__"), names
print(bad)
`;

Deno.test({
  name:
    "runInit: NAME=Module(args) presets match torch's modules bit for bit (state dicts, in order)",
  ignore: !torchAvailable,
  async fn() {
    const dir = tempDir();
    try {
      const out = join(dir, "presets.safetensors");
      const presets = [
        "conv=Conv2d(3, 8, 3, stride=2)",
        "rnn=LSTM(4, 6, num_layers=2)",
        "bn=BatchNorm1d(5)",
        "emb=Embedding(10, 3, padding_idx=0)",
        "net=Sequential(Linear(4, 8), ReLU(), Linear(8, 2, bias=False))",
      ].flatMap((p) => ["--tensor", p]);
      for (const capability of ["avx2", "default"]) {
        const argv = ["--seed", "3", "--torch", "1.13", "--capability", capability, ...presets];
        const again = await run([...argv, "--out", out]);
        assert.equal(again.code, 0, again.errors);
        const r = spawnSync(PYTHON, ["-c", TORCH_PRESETS, out], {
          encoding: "utf8",
          env: { ...Deno.env.toObject(), ATEN_CPU_CAPABILITY: capability },
        });
        assert.equal(r.status, 0, r.stderr);
        assert.equal(r.stdout.trim(), "0", `elements differing from torch (${capability})`);
      }
    } finally {
      rmSync(dir, { recursive: true });
    }
  },
});
