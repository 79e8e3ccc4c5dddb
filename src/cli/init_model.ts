// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `init --model`: build a whole network from a TypeScript (or JavaScript)
 * module file after `manualSeed(seed)` and save its state dict, the file
 * `torch.save`-free PyTorch users load with `load_state_dict`.
 *
 * ```sh
 * deno run -A jsr:@torch-parity/init/cli init --model ./gpt.ts --export GPT2 --seed 0 \
 *   --out gpt2.safetensors [--capability default|avx2|avx512] [--torch 1.13|2.6|2.14]
 * ```
 *
 * `--export NAME` (default `default`) names what the file exports: a
 * {@linkcode Module} subclass whose constructor takes no arguments, a
 * function returning a Module (or a promise of one), or a Module instance.
 * Classes and functions are called right after `manualSeed(seed)`; an
 * instance is built while the file is imported, which happens right after
 * `manualSeed(seed)` too, so it matches torch only when the file draws
 * nothing else before it. The model must use this copy of the library
 * (the same `@torch-parity/init` the command runs from): a Module of another
 * copy draws from that copy's generator, which `--seed` cannot reach, and is
 * refused.
 *
 * The file holds every state dict entry (tied weights under each of their
 * keys, as torch's `state_dict()`; BatchNorm's `num_batches_tracked` as I64)
 * and the metadata `format`, `model`, `export`, `seed`, `capability`,
 * `torch`, `version`. It is written to a temporary file in the same directory
 * and renamed, so a failure never leaves a partial file. Progress goes to
 * stderr when it is a TTY or the model has more than 10M elements; one
 * summary line goes to stdout on success.
 *
 * Exit codes: 0 on success, 2 for a bad command line, 1 when the file cannot
 * be imported, the export is not a model, building it throws, or the output
 * cannot be written.
 *
 * @module
 */

import process from "node:process";
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, isAbsolute, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import {
  type CpuCapability,
  Generator,
  getCpuCapability,
  getTorchVersion,
  manualSeed,
  setCpuCapability,
  setTorchVersion,
  type TorchVersion,
} from "../mod.ts";
import type { TensorData } from "../tensor.ts";
import type { HalfTensor, Tensor } from "../tensor.ts";
import { Module } from "../nn/module.ts";
import { saveSafetensors } from "../io/mod.ts";
import { LIBRARY_VERSION } from "./init_command.ts";

/** Above this many elements, progress is shown even when stderr is not a TTY. */
const PROGRESS_ELEMENTS = 10_000_000;

const USAGE = `usage: cli.ts init --model FILE --out FILE [--export NAME] [--seed 0]
                   [--capability default|avx2|avx512] [--torch 1.13|2.6|2.14]
  FILE: a TypeScript or JavaScript module; NAME (default "default") is one of its exports:
        a Module subclass with a no-argument constructor, a function returning a Module,
        or a Module instance`;

/** The parsed command line of `init --model`. */
export interface InitModelOptions {
  /** `--model`: the module file, as given. */
  model: string;
  /** `--export` (default `"default"`): the export to build. */
  exportName: string;
  /** `--seed` (default 0), as `torch.manual_seed` takes it. */
  seed: bigint;
  /** `--capability` (default `"avx2"`): the CPU kernels whose bits are reproduced. */
  capability: CpuCapability;
  /** `--torch` (default: the library's default release): the torch release reproduced. */
  torchVersion: TorchVersion;
  /** `--out`: the safetensors file to write. */
  out: string;
}

const q = (s: string) => JSON.stringify(s);

/**
 * Parse the arguments of `init --model` (everything after `init`).
 *
 * @param argv The arguments after `init`.
 * @returns The options.
 * @throws {TypeError} If a flag is unknown, lacks its value, or `--model`/`--out` is missing.
 * @throws {RangeError} If a value is out of range (`--seed`, `--capability`, `--torch`, an empty name).
 *
 * @example
 * ```ts
 * import { parseInitModelArgs } from "./init_model.ts";
 * import assert from "node:assert/strict";
 *
 * const o = parseInitModelArgs(["--model", "net.ts", "--export", "Net", "--out", "net.safetensors"]);
 * assert.equal(o.exportName, "Net");
 * assert.equal(o.seed, 0n);
 * assert.throws(() => parseInitModelArgs(["--model", "net.ts"]), TypeError);
 * ```
 */
export function parseInitModelArgs(argv: readonly string[]): InitModelOptions {
  let model: string | undefined;
  let out: string | undefined;
  let exportName = "default";
  let seed = 0n;
  let capability: CpuCapability = "avx2";
  let torchVersion: TorchVersion = getTorchVersion();
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new TypeError(`Flag ${flag} needs a value\n${USAGE}`);
      return v;
    };
    const nonEmpty = (v: string) => {
      if (v === "") throw new RangeError(`${flag} must be non-empty, received ""`);
      return v;
    };
    switch (flag) {
      case "--model":
        model = nonEmpty(value());
        break;
      case "--export":
        exportName = nonEmpty(value());
        break;
      case "--out":
        out = nonEmpty(value());
        break;
      case "--seed": {
        const v = value();
        try {
          if (!/^[+-]?\d+$/.test(v.trim())) throw new RangeError();
          seed = BigInt(v.trim());
          new Generator().manualSeed(seed);
        } catch {
          throw new RangeError(`--seed must be an integer in [-2^63, 2^64), received ${q(v)}`);
        }
        break;
      }
      case "--capability": {
        const v = value();
        if (v !== "default" && v !== "avx2" && v !== "avx512") {
          throw new RangeError(`--capability must be default, avx2 or avx512, received ${q(v)}`);
        }
        capability = v;
        break;
      }
      case "--torch": {
        const v = value();
        if (v !== "1.13" && v !== "2.6" && v !== "2.14") {
          throw new RangeError(`--torch must be 1.13, 2.6 or 2.14, received ${q(v)}`);
        }
        torchVersion = v;
        break;
      }
      case "--help":
      case "-h":
        throw new TypeError(USAGE);
      default:
        throw new TypeError(`Unknown flag ${q(flag)} (with --model)\n${USAGE}`);
    }
  }
  if (model === undefined) throw new TypeError(`Flag --model is missing\n${USAGE}`);
  if (out === undefined) throw new TypeError(`Flag --out is missing\n${USAGE}`);
  return { model, exportName, seed, capability, torchVersion, out };
}

function describe(x: unknown): string {
  if (x === null) return "null";
  if (typeof x === "function") return `function ${x.name || "(anonymous)"}`;
  if (typeof x === "object") return (x as object).constructor?.name ?? "object";
  if (typeof x === "string") return q(x);
  return `${typeof x} ${String(x)}`;
}

/** A Module of another copy of this library: it has the methods, not the class. */
function looksLikeModule(x: unknown): boolean {
  return x !== null && typeof x === "object" &&
    typeof (x as { stateDict?: unknown }).stateDict === "function" &&
    typeof (x as { namedModules?: unknown }).namedModules === "function";
}

function checkModule(x: unknown, what: string): Module {
  if (x instanceof Module) return x;
  if (looksLikeModule(x)) {
    throw new TypeError(
      `${what} is a Module of another copy of @torch-parity/init, whose generator --seed cannot reach: import the same copy the command runs from, received ${
        describe(x)
      }`,
    );
  }
  throw new TypeError(`${what} must be a Module, received ${describe(x)}`);
}

/** Build the model from the export: call a class or a factory, or take an instance. */
async function build(value: unknown, o: InitModelOptions): Promise<Module> {
  const what = `Export ${q(o.exportName)} of ${o.model}`;
  if (value instanceof Module || looksLikeModule(value)) return checkModule(value, what);
  if (typeof value !== "function") {
    throw new TypeError(
      `${what} must be a Module subclass, a function returning a Module, or a Module instance, received ${
        describe(value)
      }`,
    );
  }
  manualSeed(o.seed);
  if (value.prototype instanceof Module) {
    return checkModule(new (value as new () => Module)(), `new ${value.name}()`);
  }
  if (/^class\b/.test(Function.prototype.toString.call(value))) {
    throw new TypeError(
      `${what} is a class that does not extend this library's Module, received ${describe(value)}`,
    );
  }
  return checkModule(await (value as () => unknown)(), `${what}()`);
}

function formatBytes(n: number): string {
  return n >= 2 ** 20 ? `${(n / 2 ** 20).toFixed(1)} MiB` : `${n} B`;
}

/** Count of unique parameters (tied ones once, as torch's `parameters()`). */
function parameterCount(m: Module): number {
  let n = 0;
  for (const p of m.parameters()) n += p.shape.reduce((a, b) => a * b, 1);
  return n;
}

/**
 * Run `init --model`: parse `argv`, set the capability and the torch
 * release, `manualSeed(seed)`, import the file, build its export, and write
 * the state dict with its metadata to `--out` through a temporary file in
 * the same directory that is renamed into place. Messages and progress go to
 * stderr, the summary line to stdout.
 *
 * @param argv The arguments after `init`.
 * @returns The exit code: 0 on success, 2 for a bad command line, 1 when the model cannot be imported or built, or the file cannot be written.
 *
 * @example Write a small model's state dict
 * ```ts
 * import { runInitModel } from "./init_model.ts";
 * import { loadSafetensors } from "../io/mod.ts";
 * import { readFileSync, writeFileSync } from "node:fs";
 * import assert from "node:assert/strict";
 *
 * const dir = Deno.makeTempDirSync();
 * const nn = new URL("../nn/mod.ts", import.meta.url).href;
 * writeFileSync(`${dir}/net.ts`, `import { Linear } from "${nn}";\nexport const net = () => new Linear(3, 2);\n`);
 * const code = await runInitModel(["--model", `${dir}/net.ts`, "--export", "net", "--out", `${dir}/net.safetensors`]);
 * assert.equal(code, 0);
 * const { tensors, metadata } = loadSafetensors(new Uint8Array(readFileSync(`${dir}/net.safetensors`)));
 * assert.deepEqual(Object.keys(tensors), ["bias", "weight"]);
 * assert.equal(Number(tensors.weight.data[1]).toFixed(4), "0.3097"); // torch.manual_seed(0); nn.Linear(3, 2)
 * assert.equal(metadata.seed, "0");
 * ```
 */
export async function runInitModel(argv: string[]): Promise<number> {
  let o: InitModelOptions;
  try {
    o = parseInitModelArgs(argv);
  } catch (e) {
    if (argv.includes("--help") || argv.includes("-h")) {
      console.log((e as Error).message);
      return 0;
    }
    console.error((e as Error).message);
    return 2;
  }
  const tty = process.stderr.isTTY === true;
  const say = (m: string) => {
    if (tty) process.stderr.write(`\r\x1b[K${m}`);
  };
  const start = performance.now();
  const previousCapability = getCpuCapability();
  const previousTorch = getTorchVersion();
  let model: Module;
  let entries: Map<string, Tensor<TensorData> | HalfTensor>;
  let bytes: Uint8Array;
  let show = tty;
  const progress = (m: string) => {
    if (!show) return;
    if (tty) process.stderr.write(`\r\x1b[K${m}`);
    else process.stderr.write(`${m}\n`);
  };
  try {
    setCpuCapability(o.capability);
    setTorchVersion(o.torchVersion);
    const path = isAbsolute(o.model) ? o.model : resolve(process.cwd(), o.model);
    say(`Importing ${o.model} …`);
    manualSeed(o.seed);
    let mod: Record<string, unknown>;
    try {
      mod = await import(pathToFileURL(path).href);
    } catch (e) {
      throw new Error(`Cannot import ${o.model}: ${(e as Error).message}`);
    }
    if (!(o.exportName in mod)) {
      const names = Object.keys(mod);
      throw new TypeError(
        `${o.model} has no export ${q(o.exportName)}; its exports: ${
          names.length ? names.map(q).join(", ") : "none"
        }`,
      );
    }
    say(`Building ${o.exportName} (seed ${o.seed}, ${o.capability}, torch ${o.torchVersion}) …`);
    model = await build(mod[o.exportName], o);
    entries = model.stateDict();
    let elements = 0;
    for (const t of entries.values()) elements += t.shape.reduce((a, b) => a * b, 1);
    show ||= elements > PROGRESS_ELEMENTS;
    const built = ((performance.now() - start) / 1000).toFixed(2);
    progress(`Built ${o.exportName}: ${entries.size} tensors, ${elements} elements in ${built} s`);
    if (tty) process.stderr.write("\n");
    progress("Serialising …");
    bytes = saveSafetensors(Object.fromEntries(entries), {
      format: "pt",
      model: basename(o.model),
      export: o.exportName,
      seed: String(o.seed),
      capability: o.capability,
      torch: o.torchVersion,
      version: LIBRARY_VERSION,
    });
  } catch (e) {
    if (tty) process.stderr.write("\r\x1b[K");
    console.error((e as Error).message);
    return 1;
  } finally {
    setCpuCapability(previousCapability);
    setTorchVersion(previousTorch);
  }
  const tmp = join(
    dirname(o.out),
    `.${basename(o.out)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`,
  );
  try {
    progress(`Writing ${formatBytes(bytes.length)} to ${o.out} …`);
    writeFileSync(tmp, bytes);
    renameSync(tmp, o.out);
    if (tty && show) process.stderr.write("\r\x1b[K");
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // Nothing more can be done; the message below names the real failure.
    }
    if (tty && show) process.stderr.write("\n");
    console.error(`Cannot write ${o.out}: ${(e as Error).message}`);
    return 1;
  }
  const seconds = ((performance.now() - start) / 1000).toFixed(2);
  console.log(
    `Wrote ${o.out}: ${o.exportName} from ${o.model}, ${entries.size} tensors, ${
      parameterCount(model)
    } parameters, ${
      formatBytes(bytes.length)
    }, seed ${o.seed}, capability ${o.capability}, torch ${o.torchVersion}, ${seconds} s`,
  );
  return 0;
}
