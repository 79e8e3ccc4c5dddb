// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { torchAvailable } from "../../conformance/_torch_available.ts";
import { loadSafetensors } from "../io/mod.ts";
import { getCpuCapability, getTorchVersion, manualSeed } from "../mod.ts";
import { Linear, type Module } from "../nn/mod.ts";
import { parseInitModelArgs, runInitModel } from "./init_model.ts";

const root = new URL("../../", import.meta.url);
const NN = new URL("src/nn/mod.ts", root).href;
const LIB = new URL("src/mod.ts", root).href;

/** A model file: a class, a factory, an async factory, an instance, and things that are no model. */
const MODELS_TS = `
import { constant, kaimingNormal, normal, zeros } from "${LIB}";
import { BatchNorm2d, Conv2d, Embedding, LayerNorm, Linear, Module, ReLU, Sequential } from "${NN}";

export class Net extends Module {
  conv = new Conv2d(3, 8, 3, { padding: 1, bias: false });
  bn = new BatchNorm2d(8);
  relu = new ReLU({ inplace: true });
  head = new Sequential(new Linear(8, 16), new ReLU(), new Linear(16, 4));
  constructor() {
    super();
    for (const m of this.modules()) {
      if (m instanceof Conv2d) kaimingNormal(m.weight, { mode: "fan_out", nonlinearity: "relu" });
      else if (m instanceof BatchNorm2d) {
        constant(m.weight!, 1);
        constant(m.bias!, 0);
      }
    }
  }
}

class Tied extends Module {
  wte = new Embedding(20, 8);
  ln = new LayerNorm(8);
  lm_head = new Linear(8, 20, { bias: false });
  constructor() {
    super();
    this.wte.weight = this.lm_head.weight;
    this.apply((m) => {
      if (m instanceof Linear || m instanceof Embedding) normal(m.weight, { std: 0.02 });
      if (m instanceof Linear && m.bias !== null) zeros(m.bias);
    });
  }
}
export const tied = () => new Tied();
export const tiedLater = async () => {
  await new Promise((r) => setTimeout(r, 1));
  return new Tied();
};
export default Net;
export const instance = new Linear(3, 2);
export const big = () => new Linear(4000, 2600);
export const notAModule = { weight: 1 };
export const returnsNumber = () => 42;
export class NotModule {}
export const foreign = { stateDict() {}, namedModules() {} };
export const throws = () => new Conv2d(4, 6, 3, { groups: 4 });
`;

const NET_PY = `
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3, padding=1, bias=False)
        self.bn = nn.BatchNorm2d(8)
        self.relu = nn.ReLU(inplace=True)
        self.head = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 4))
        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")
            elif isinstance(m, nn.BatchNorm2d):
                nn.init.constant_(m.weight, 1)
                nn.init.constant_(m.bias, 0)

class Tied(nn.Module):
    def __init__(self):
        super().__init__()
        self.wte = nn.Embedding(20, 8)
        self.ln = nn.LayerNorm(8)
        self.lm_head = nn.Linear(8, 20, bias=False)
        self.wte.weight = self.lm_head.weight
        self.apply(self._init)

    def _init(self, m):
        if isinstance(m, (nn.Linear, nn.Embedding)):
            nn.init.normal_(m.weight, std=0.02)
        if isinstance(m, nn.Linear) and m.bias is not None:
            nn.init.zeros_(m.bias)

BUILD = {"Net": Net, "default": Net, "tied": Tied, "tiedLater": Tied,
         "instance": lambda: nn.Linear(3, 2)}
`;

const dir = mkdtempSync(join(tmpdir(), "torch-parity-init-model-"));
const modelFile = join(dir, "models.ts");
writeFileSync(modelFile, MODELS_TS);

/** Run `runInitModel` with console output captured. */
async function capture(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = console.log;
  const error = console.error;
  console.log = (...a: unknown[]) => void out.push(a.join(" "));
  console.error = (...a: unknown[]) => void err.push(a.join(" "));
  try {
    const code = await runInitModel(argv);
    return { code, out: out.join("\n"), err: err.join("\n") };
  } finally {
    console.log = log;
    console.error = error;
  }
}

function readOut(path: string) {
  return loadSafetensors(new Uint8Array(readFileSync(path)));
}

Deno.test("parseInitModelArgs: defaults, every flag, and refusals naming the flag", () => {
  const o = parseInitModelArgs(["--model", "m.ts", "--out", "o.safetensors"]);
  assert.deepEqual(o, {
    model: "m.ts",
    exportName: "default",
    seed: 0n,
    capability: "avx2",
    torchVersion: getTorchVersion(),
    out: "o.safetensors",
  });
  const all = parseInitModelArgs([
    "--model",
    "m.ts",
    "--export",
    "GPT",
    "--seed",
    "-1",
    "--capability",
    "default",
    "--torch",
    "1.13",
    "--out",
    "x",
  ]);
  assert.equal(all.seed, -1n);
  assert.equal(all.exportName, "GPT");
  assert.equal(all.capability, "default");
  assert.equal(all.torchVersion, "1.13");
  const bad: [string[], ErrorConstructor, RegExp][] = [
    [["--out", "x"], TypeError, /^Flag --model is missing/],
    [["--model", "m.ts"], TypeError, /^Flag --out is missing/],
    [["--model"], TypeError, /^Flag --model needs a value/],
    [["--model", "m.ts", "--out", "x", "--seed", "1.5"], RangeError, /--seed must be an integer/],
    [["--model", "m.ts", "--out", "x", "--seed", "2e3"], RangeError, /received "2e3"/],
    [["--model", "m.ts", "--out", "x", "--seed", String(2n ** 64n)], RangeError, /--seed/],
    [["--model", "m.ts", "--out", "x", "--capability", "sse"], RangeError, /--capability must/],
    [["--model", "m.ts", "--out", "x", "--torch", "2.0"], RangeError, /--torch must be 1.13/],
    [["--model", "m.ts", "--out", "x", "--export", ""], RangeError, /--export must be non-empty/],
    [["--model", "m.ts", "--out", "x", "--shape", "3"], TypeError, /Unknown flag "--shape"/],
  ];
  for (const [argv, type, message] of bad) {
    assert.throws(() => parseInitModelArgs(argv), (e: unknown) => {
      assert.ok(e instanceof type, `${argv.join(" ")}: ${e}`);
      assert.match((e as Error).message, message);
      return true;
    });
  }
});

Deno.test("init --model: a class, a factory, an async factory and an instance give torch's construction after manualSeed", async () => {
  for (const name of ["Net", "default", "tied", "tiedLater"]) {
    const out = join(dir, `${name}.safetensors`);
    const r = await capture(["--model", modelFile, "--export", name, "--seed", "7", "--out", out]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, new RegExp(`^Wrote ${out}: ${name} from .*models\\.ts, \\d+ tensors`));
    assert.match(r.out, /seed 7, capability avx2, torch 2\.14/); // the default release
    const { tensors, metadata } = readOut(out);
    // The same model built here after manualSeed(7).
    const mod = await import(new URL(`file://${modelFile}`).href);
    manualSeed(7);
    const ctor = mod[name];
    const m: Module = name === "Net" || name === "default" ? new ctor() : await ctor();
    const sd = m.stateDict();
    assert.deepEqual(Object.keys(tensors), [...sd.keys()].sort());
    for (const [k, t] of sd) assert.deepEqual(tensors[k].data, t.data, k);
    assert.equal(metadata.seed, "7");
    assert.equal(metadata.export, name);
    assert.equal(metadata.model, "models.ts");
    assert.equal(metadata.capability, "avx2");
    assert.equal(metadata.torch, getTorchVersion());
  }
  // Tied weights: both keys, the same values (as torch's state_dict).
  const { tensors } = readOut(join(dir, "tied.safetensors"));
  assert.deepEqual(tensors["wte.weight"].data, tensors["lm_head.weight"].data);
  assert.equal(tensors["wte.weight"].data.length, 160);
  // BatchNorm's num_batches_tracked is I64.
  assert.ok(
    readOut(join(dir, "Net.safetensors")).tensors["bn.num_batches_tracked"].data instanceof
      BigInt64Array,
  );
});

Deno.test("init --model: an exported instance is built by the import, right after manualSeed", async () => {
  // A fresh copy of the file, so that its import (and the instance) happen in this run.
  const file = join(dir, "instance_only.ts");
  writeFileSync(file, `import { Linear } from "${NN}";\nexport const fc = new Linear(3, 2);\n`);
  const out = join(dir, "instance.safetensors");
  const r = await capture(["--model", file, "--export", "fc", "--out", out]);
  assert.equal(r.code, 0, r.err);
  manualSeed(0);
  const fc = new Linear(3, 2);
  assert.deepEqual(readOut(out).tensors.weight.data, fc.weight.data);
  // torch.manual_seed(0); nn.Linear(3, 2).weight[0, 1]
  assert.equal(fc.weight.data[1].toFixed(4), "0.3097");
});

Deno.test("init --model: --capability and --torch are applied, then restored", async () => {
  const before = [getCpuCapability(), getTorchVersion()];
  const a = join(dir, "cap_avx2.safetensors");
  const d = join(dir, "cap_default.safetensors");
  const args = ["--model", modelFile, "--export", "Net", "--torch", "1.13"];
  assert.equal((await capture([...args, "--out", a])).code, 0);
  assert.equal((await capture([...args, "--capability", "default", "--out", d])).code, 0);
  assert.deepEqual([getCpuCapability(), getTorchVersion()], before);
  const wa = readOut(a).tensors["conv.weight"].data;
  const wd = readOut(d).tensors["conv.weight"].data;
  assert.notDeepEqual(wa, wd, "avx2 and default normal_ kernels differ at 216 elements");
  assert.equal(readOut(d).metadata.capability, "default");
  assert.equal(readOut(d).metadata.torch, "1.13");
});

Deno.test("init --model: refusals exit 1 or 2 with a message, and write nothing", async () => {
  const out = join(dir, "refused.safetensors");
  const cases: [string[], number, RegExp][] = [
    [["--model", modelFile, "--export", "nope"], 1, /has no export "nope"; its exports: .*"Net"/],
    [["--model", modelFile, "--export", "notAModule"], 1, /must be a Module subclass.*Object/],
    [
      ["--model", modelFile, "--export", "returnsNumber"],
      1,
      /returnsNumber"[^]*must be a Module, received number 42/,
    ],
    [["--model", modelFile, "--export", "NotModule"], 1, /does not extend this library's Module/],
    [["--model", modelFile, "--export", "foreign"], 1, /another copy of @torch-parity\/init/],
    [["--model", modelFile, "--export", "throws"], 1, /groups/],
    [["--model", join(dir, "missing.ts")], 1, /^Cannot import .*missing\.ts/],
    [["--model", modelFile, "--bogus"], 2, /Unknown flag "--bogus"/],
  ];
  for (const [argv, code, message] of cases) {
    const r = await capture([...argv, "--out", out]);
    assert.equal(r.code, code, `${argv.join(" ")}: ${r.err}`);
    assert.match(r.err, message);
    assert.equal(r.out, "");
    assert.ok(!existsSync(out), `${argv.join(" ")} wrote ${out}`);
  }
  // An unwritable destination: exit 1, no temporary file left behind.
  const sub = join(dir, "no_such_dir", "x.safetensors");
  const r = await capture(["--model", modelFile, "--export", "Net", "--out", sub]);
  assert.equal(r.code, 1);
  assert.match(r.err, /^Cannot write .*no_such_dir/);
  assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith(".tmp")), []);
  // An existing file is replaced only on success.
  writeFileSync(out, "keep");
  await capture(["--model", modelFile, "--export", "throws", "--out", out]);
  assert.equal(readFileSync(out, "utf8"), "keep");
  rmSync(out);
});

Deno.test("cli.ts init --model dispatches from the command line; --help exits 0", () => {
  const cli = new URL("src/cli/mod.ts", root).pathname;
  const out = join(dir, "cli.safetensors");
  const r = spawnSync(
    Deno.execPath(),
    [
      "run",
      "-A",
      cli,
      "init",
      "--model",
      modelFile,
      "--export",
      "Net",
      "--seed",
      "3",
      "--out",
      out,
    ],
    { encoding: "utf8", cwd: new URL(".", root).pathname },
  );
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Wrote .*cli\.safetensors: Net from .*, 10 tensors, 444 parameters/);
  assert.equal(readOut(out).metadata.seed, "3");
  // More than 10M elements: progress lines on stderr (not a TTY here).
  const large = spawnSync(
    Deno.execPath(),
    ["run", "-A", cli, "init", "--model", modelFile, "--export", "big", "--out", out],
    { encoding: "utf8" },
  );
  assert.equal(large.status, 0, large.stderr);
  assert.match(large.stderr, /^Built big: 2 tensors, 10402600 elements in [\d.]+ s$/m);
  assert.match(large.stderr, /^Serialising …$/m);
  assert.match(large.stderr, /^Writing 39\.7 MiB to .*cli\.safetensors …$/m);
  assert.equal(readOut(out).tensors.weight.data.length, 10_400_000);
  const help = spawnSync(Deno.execPath(), ["run", "-A", cli, "init", "--model", "x", "--help"], {
    encoding: "utf8",
  });
  assert.equal(help.status, 0);
  assert.match(help.stdout, /--export NAME/);
});

Deno.test({
  name:
    "init --model files load into live torch 1.13 with load_state_dict(strict=True), equal to torch's own construction (avx2, default)",
  ignore: !torchAvailable,
  async fn() {
    const cases: { name: string; seed: number; capability: string; file: string }[] = [];
    for (const capability of ["avx2", "default"]) {
      for (const [name, seed] of [["Net", 0], ["tied", 5], ["instance", 0]] as const) {
        const file = join(dir, `torch_${name}_${capability}.safetensors`);
        // "instance" needs a fresh import: a copy of the file per run.
        let model = modelFile;
        if (name === "instance") {
          model = join(dir, `instance_${capability}.ts`);
          writeFileSync(model, MODELS_TS);
        }
        const r = await capture([
          "--model",
          model,
          "--export",
          name,
          "--seed",
          String(seed),
          "--capability",
          capability,
          "--torch",
          "1.13",
          "--out",
          file,
        ]);
        assert.equal(r.code, 0, r.err);
        cases.push({ name, seed, capability, file });
      }
    }
    const script = `
import json, struct, sys
import numpy as np
import torch
import torch.nn as nn
${NET_PY}
TO_NP = {"F32": np.float32, "F64": np.float64, "I64": np.int64}
def read(path):
    data = open(path, "rb").read()
    (n,) = struct.unpack_from("<Q", data, 0)
    header = json.loads(data[8:8 + n])
    header.pop("__metadata__", None)
    return {k: torch.from_numpy(np.frombuffer(data[8 + n + v["data_offsets"][0]:8 + n + v["data_offsets"][1]],
            dtype=TO_NP[v["dtype"]]).copy().reshape(v["shape"])) for k, v in header.items()}
def bits(sd):
    return [(k, str(v.dtype), tuple(v.shape), v.detach().contiguous().numpy().tobytes()) for k, v in sd.items()]
out = []
for c in json.loads(sys.argv[1]):
    torch.manual_seed(c["seed"])
    own = BUILD[c["name"]]()
    theirs = BUILD[c["name"]]()
    theirs.load_state_dict(read(c["file"]), strict=True)
    out.append({"name": c["name"], "equal": bits(own.state_dict()) == bits(theirs.state_dict()),
                "keys": len(own.state_dict())})
print(json.dumps({"version": torch.__version__, "config": torch.__config__.show(), "results": out}))
`;
    for (const capability of ["avx2", "default"]) {
      const mine = cases.filter((c) => c.capability === capability);
      const r = spawnSync("/usr/bin/python3", ["-c", script, JSON.stringify(mine)], {
        encoding: "utf8",
        env: { ...Deno.env.toObject(), ATEN_CPU_CAPABILITY: capability, OMP_NUM_THREADS: "1" },
      });
      assert.equal(r.status, 0, r.stderr);
      const res = JSON.parse(r.stdout);
      assert.match(res.version, /^1\.13\./);
      assert.match(res.config, capability === "avx2" ? /usage: AVX2/ : /usage: NO AVX/);
      for (const x of res.results) assert.ok(x.equal, `${capability} ${x.name}: bits differ`);
      assert.deepEqual(res.results.map((x: { keys: number }) => x.keys), [10, 4, 2]);
    }
  },
});

globalThis.addEventListener("unload", () => rmSync(dir, { recursive: true, force: true }));
