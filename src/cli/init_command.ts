// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The `init` command of the CLI: fill tensors the way `torch.nn.init` does
 * after `torch.manual_seed(seed)` and save them to a safetensors file.
 *
 * ```sh
 * deno run -A jsr:@torch-parity/init/cli init --shape 768,3072 --init kaiming_uniform \
 *   --a 'sqrt(5)' --seed 0 [--dtype float32] [--capability avx2] [--torch 2.6] --out w.safetensors
 * deno run -A jsr:@torch-parity/init/cli init --seed 0 --out fc.safetensors \
 *   --tensor 'fc.weight=100,300:kaiming_uniform(a=sqrt(5))' \
 *   --tensor 'fc.bias=100:uniform(a=-1/sqrt(300),b=1/sqrt(300))'
 * deno run -A jsr:@torch-parity/init/cli init --seed 0 --out fc.safetensors --tensor 'fc=Linear(300,100)'
 * ```
 *
 * Numeric options take the expressions torch code writes: `sqrt(5)`,
 * `1/math.sqrt(300)`, `-1/sqrt(fan_in)`, with `fan_in` and `fan_out` the
 * tensor's own fans (`nn.init._calculate_fan_in_and_fan_out`), evaluated in
 * double as Python does. `NAME=Module(args)` builds a module of the `nn`
 * entry point (`Linear(300, 100)`, `Conv2d(3, 16, 3, bias=False)`,
 * `Sequential(Linear(4, 8), ReLU())`) with torch's default initialisation
 * and stores its state dict under `NAME.`.
 *
 * Tensors are filled in the order given, all from one generator seeded with
 * `--seed`, so the file holds what `torch.manual_seed(seed)` followed by the
 * same `nn.init` calls (and module constructions) in the same order gives.
 * The file is written to a temporary file in the same directory and renamed,
 * so a failure never leaves a partial file. On success one summary line goes
 * to stdout (file, tensors, bytes, seed, capability, torch release).
 *
 * Exit codes: 0 on success, 2 for a bad command line, 1 when the library
 * refuses a call (its `RangeError`/`TypeError`) or the file cannot be written.
 *
 * @module
 */

import process from "node:process";
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import {
  type CpuCapability,
  empty,
  Generator,
  getCpuCapability,
  getTorchVersion,
  setCpuCapability,
  setTorchVersion,
  type Tensor,
  type TorchVersion,
} from "../mod.ts";
import type { HalfTensor, TensorData } from "../tensor.ts";
import { NONLINEARITIES } from "../init/calculate_gain.ts";
import { fansOfShape } from "../init/fan.ts";
import { TORCH_VERSIONS } from "../random/torch_version.ts";
import { saveSafetensors } from "../io/mod.ts";
import { buildModule, type ModuleSpec, type SpecValue } from "../nn/build_module.ts";
import { MODULE_TYPES } from "../nn/_module_types.ts";
import type { InitArgs, TensorOp } from "../../conformance/port.ts";
import { applyInit } from "../../conformance/self_port.ts";
import { evaluateExpression, type Expression, parseExpression } from "./_expression.ts";
import { parseModuleCall } from "./_module_call.ts";

export type { InitArgs, TensorOp } from "../../conformance/port.ts";
export type { CpuCapability } from "../mod.ts";

/** The library name and version recorded in every file's metadata. */
export const LIBRARY_VERSION = "torch-parity 0.1.0";

/** Above this many elements in total, progress is shown even when stderr is not a TTY. */
const PROGRESS_ELEMENTS = 10_000_000;

const INIT_USAGE = `usage: cli.ts init --out FILE [--seed 0] [--dtype float32|float64]
                   [--capability default|avx2|avx512] [--torch 1.13|2.6|2.14]
                   (--tensor NAME=SHAPE:INIT(KEY=VALUE,...) | --tensor NAME=MODULE(ARGS) ... |
                    --shape SHAPE --init INIT [--name weight] [--a X] [--b X] [--mean X]
                    [--std X] [--gain X] [--mode fan_in|fan_out] [--nonlinearity NAME]
                    [--sparsity X] [--val X] [--groups N])
  INIT: uniform normal trunc_normal constant ones zeros eye dirac xavier_uniform
        xavier_normal kaiming_uniform kaiming_normal orthogonal sparse (a trailing _ is allowed)
  SHAPE: comma-separated sizes, e.g. 768,3072
  X: a number or an expression: sqrt(5), 1/sqrt(300), -1/math.sqrt(fan_in) (fan_in, fan_out:
     the tensor's own fans)
  MODULE: a torch.nn module with torch's arguments: Linear(300,100), Conv2d(3,16,3,bias=False)`;

/** The torch keyword arguments each initializer accepts here (`generator` is `--seed`). */
const KEYWORDS: Readonly<Record<TensorOp, readonly string[]>> = {
  uniform_: ["a", "b"],
  normal_: ["mean", "std"],
  trunc_normal_: ["mean", "std", "a", "b"],
  constant_: ["val"],
  ones_: [],
  zeros_: [],
  eye_: [],
  dirac_: ["groups"],
  xavier_uniform_: ["gain"],
  xavier_normal_: ["gain"],
  kaiming_uniform_: ["a", "mode", "nonlinearity"],
  kaiming_normal_: ["a", "mode", "nonlinearity"],
  orthogonal_: ["gain"],
  sparse_: ["sparsity", "std"],
};

/** Keywords torch requires (no default). */
const REQUIRED: Partial<Record<TensorOp, readonly string[]>> = {
  constant_: ["val"],
  sparse_: ["sparsity"],
};

/** Keywords whose value is a bare string, with the accepted values. */
const STRING_VALUES: Readonly<Record<string, readonly string[]>> = {
  mode: ["fan_in", "fan_out"],
  nonlinearity: NONLINEARITIES,
};

/** The single-tensor flags that become torch keyword arguments. */
const KEYWORD_FLAGS = [
  "a",
  "b",
  "mean",
  "std",
  "gain",
  "mode",
  "nonlinearity",
  "sparsity",
  "val",
  "groups",
] as const;

/** One tensor to create and fill. */
export interface InitTensorSpec {
  /** The tensor's name in the file. */
  name: string;
  /** Its shape (row-major, contiguous). */
  shape: number[];
  /** The torch op, with the trailing underscore (`"kaiming_uniform_"`). */
  op: TensorOp;
  /** torch's keyword arguments; a missing key means torch's default. */
  args: InitArgs;
}

/** A module to build (`NAME=Linear(300,100)`): its state dict is stored under `NAME.`. */
export interface InitModuleSpec {
  /** The prefix of its state dict keys in the file (`"fc"` → `fc.weight`, `fc.bias`). */
  name: string;
  /** The constructor call as a module spec (`{ type: "Linear", args: [300, 100] }`). */
  module: ModuleSpec;
}

/** The parsed command line of `init`. */
export interface InitCommandOptions {
  /** The tensors and modules, in the order they are filled. */
  tensors: (InitTensorSpec | InitModuleSpec)[];
  /** `--seed` (default 0), as `torch.manual_seed` takes it. */
  seed: bigint;
  /** `--dtype` (default `"float32"`). */
  dtype: "float32" | "float64";
  /** `--capability` (default `"avx2"`): the CPU kernels whose bits are reproduced. */
  capability: CpuCapability;
  /** `--torch` (default: the library's default release): the torch release reproduced. */
  torchVersion: TorchVersion;
  /** `--out`: the safetensors file to write. */
  out: string;
}

const q = (s: string) => JSON.stringify(s);

function parseShape(text: string, what: string): number[] {
  if (text.trim() === "") return [];
  const shape = text.split(",").map((s) => s.trim());
  if (shape.some((s) => !/^\d+$/.test(s))) {
    throw new RangeError(
      `${what} must be comma-separated non-negative integers, received ${q(text)}`,
    );
  }
  const sizes = shape.map(Number);
  const numel = sizes.reduce((a, b) => a * b, 1);
  if (sizes.some((s) => !Number.isSafeInteger(s)) || numel > 2 ** 32) {
    throw new RangeError(`${what} has too many elements, received ${q(text)}`);
  }
  return sizes;
}

function parseOp(text: string, what: string): TensorOp {
  const op = (text.endsWith("_") ? text : `${text}_`) as TensorOp;
  if (!Object.hasOwn(KEYWORDS, op)) {
    throw new RangeError(
      `${what} must be one of ${
        Object.keys(KEYWORDS).map((k) => k.slice(0, -1)).join(", ")
      }, received ${q(text)}`,
    );
  }
  return op;
}

/** A keyword value as given: a string option, or a numeric expression still to evaluate. */
type RawValue = { text: string; value: string } | { text: string; expression: Expression };

function parseValue(key: string, text: string, what: string): RawValue {
  const allowed = STRING_VALUES[key];
  if (allowed) {
    if (!allowed.includes(text)) {
      throw new RangeError(`${what} must be one of ${allowed.join(", ")}, received ${q(text)}`);
    }
    return { text, value: text };
  }
  try {
    return { text, expression: parseExpression(text) };
  } catch (e) {
    throw new RangeError(
      `${what} must be a number or an expression such as 1/sqrt(fan_in), received ${q(text)} (${
        (e as Error).message
      })`,
    );
  }
}

/** Evaluate the raw keyword values for a tensor of `shape` (`fan_in`/`fan_out` are its fans). */
function resolveArgs(
  raw: Record<string, RawValue>,
  shape: number[],
  whatOf: (key: string) => string,
): InitArgs {
  let fans: [number, number] | undefined;
  const fan = (i: 0 | 1, name: string) => () => {
    if (shape.length < 2) {
      throw new RangeError(
        `${name} needs a tensor with at least 2 dimensions (a bias takes its weight's fans: write them out, e.g. 1/sqrt(300)), received shape [${
          shape.join(", ")
        }]`,
      );
    }
    fans ??= fansOfShape(shape, "Cannot compute fans");
    return fans[i];
  };
  const names = { fan_in: fan(0, "fan_in"), fan_out: fan(1, "fan_out") };
  const args: InitArgs = {};
  for (const [key, v] of Object.entries(raw)) {
    if ("value" in v) {
      args[key] = v.value;
      continue;
    }
    let x: number;
    try {
      x = evaluateExpression(v.expression, names);
    } catch (e) {
      throw new RangeError(`${whatOf(key)}: ${(e as Error).message}`);
    }
    if (key === "groups" && !Number.isInteger(x)) {
      throw new RangeError(`${whatOf(key)} must be an integer, received ${q(v.text)}`);
    }
    args[key] = x;
  }
  return args;
}

function checkArgs(op: TensorOp, args: Record<string, unknown>, what: string): void {
  for (const key of REQUIRED[op] ?? []) {
    if (!Object.hasOwn(args, key)) {
      throw new TypeError(`${what}: ${op.slice(0, -1)} needs ${key}, received none`);
    }
  }
}

/** `text` split at the commas outside parentheses and brackets. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (c === "," && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** The module types of a spec and its nested specs. */
function moduleTypes(spec: SpecValue): string[] {
  if (spec === null || typeof spec !== "object") return [];
  if (Array.isArray(spec)) return spec.flatMap(moduleTypes);
  const record = spec as Record<string, SpecValue>;
  const own = typeof record.type === "string" ? [record.type] : [];
  return [...own, ...Object.values(record).flatMap(moduleTypes)];
}

/** Parse `name=Module(args)`. */
function parseModuleSpec(name: string, call: string, text: string): InitModuleSpec {
  const what = `--tensor ${q(text)}`;
  let module: ModuleSpec;
  try {
    module = parseModuleCall(call);
  } catch (e) {
    throw new TypeError(
      `${what} must look like name=Module(args), e.g. fc=Linear(300,100) (${(e as Error).message})`,
    );
  }
  for (const type of moduleTypes(module as SpecValue)) {
    if (!Object.hasOwn(MODULE_TYPES, type) || MODULE_TYPES[type].internal) {
      const known = Object.keys(MODULE_TYPES).filter((k) => !MODULE_TYPES[k].internal);
      throw new RangeError(
        `${what}: module must be one of ${known.join(", ")}, received ${q(type)}`,
      );
    }
  }
  return { name, module };
}

/** Parse `name=shape:init(key=value,...)` or `name=Module(args)`. */
function parseTensorSpec(text: string): InitTensorSpec | InitModuleSpec {
  const what = `--tensor ${q(text)}`;
  const preset = /^([^=:]+)=([A-Z][A-Za-z0-9_]*\s*\(.*)$/s.exec(text);
  if (preset) return parseModuleSpec(preset[1], preset[2], text);
  const m = /^([^=]+)=([^:]*):([A-Za-z_]+)(?:\((.*)\))?$/s.exec(text);
  if (!m) {
    throw new TypeError(
      `${what} must look like name=shape:init(key=value,...) or name=Module(args)`,
    );
  }
  const [, name, shapeText, opText, optionText] = m;
  const shape = parseShape(shapeText, `${what}: shape`);
  const op = parseOp(opText, `${what}: init`);
  const raw: Record<string, RawValue> = {};
  if (optionText !== undefined && optionText.trim() !== "") {
    for (const part of splitTopLevel(optionText)) {
      const eq = part.indexOf("=");
      const key = (eq < 0 ? part : part.slice(0, eq)).trim();
      if (eq < 0) {
        throw new TypeError(`${what}: option must be key=value, received ${q(part)}`);
      }
      if (!KEYWORDS[op].includes(key)) {
        throw new TypeError(
          `${what}: ${op.slice(0, -1)} takes ${
            KEYWORDS[op].length ? KEYWORDS[op].join(", ") : "no options"
          }, received ${q(key)}`,
        );
      }
      if (Object.hasOwn(raw, key)) {
        throw new TypeError(`${what}: option ${key} is given twice`);
      }
      raw[key] = parseValue(key, part.slice(eq + 1).trim(), `${what}: ${key}`);
    }
  }
  checkArgs(op, raw, what);
  return { name, shape, op, args: resolveArgs(raw, shape, (k) => `${what}: ${k}`) };
}

/** Python's spelling of a spec value (`True`, `(3, 3)`, `'same'`, `Linear(4, 8)`). */
function formatValue(v: SpecValue): string {
  if (v === null) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (typeof v === "number") return String(v);
  if (typeof v === "string") return `'${v}'`;
  if (Array.isArray(v)) return `(${v.map(formatValue).join(", ")}${v.length === 1 ? "," : ""})`;
  const spec = v as ModuleSpec;
  const args = (spec.args ?? []).map(formatValue);
  const kwargs = Object.entries(spec.kwargs ?? {}).map(([k, x]) => `${k}=${formatValue(x)}`);
  return `${spec.type}(${[...args, ...kwargs].join(", ")})`;
}

/** The canonical text of a spec, as stored in the metadata. */
function formatSpec(t: InitTensorSpec | InitModuleSpec): string {
  if ("module" in t) return `${t.name}=${formatValue(t.module as SpecValue)}`;
  const opts = Object.entries(t.args).map(([k, v]) => `${k}=${v}`).join(",");
  return `${t.name}=${t.shape.join(",")}:${t.op.slice(0, -1)}${opts ? `(${opts})` : ""}`;
}

/** `spec` with `dtype` set on every module that takes one and was not given one. */
function withDtype(spec: ModuleSpec, dtype: "float32" | "float64"): ModuleSpec {
  const map = (v: SpecValue): SpecValue => {
    if (v === null || typeof v !== "object") return v;
    if (Array.isArray(v)) return v.map(map);
    const record = v as Record<string, SpecValue>;
    if (typeof record.type !== "string") {
      return Object.fromEntries(Object.entries(record).map(([k, x]) => [k, map(x)]));
    }
    const s = v as ModuleSpec;
    const kwargs: Record<string, SpecValue> = Object.fromEntries(
      Object.entries(s.kwargs ?? {}).map(([k, x]) => [k, map(x)]),
    );
    const params = MODULE_TYPES[s.type]?.params ?? [];
    const positionalDtype = params.indexOf("dtype") < (s.args?.length ?? 0);
    if (params.includes("dtype") && !Object.hasOwn(kwargs, "dtype") && !positionalDtype) {
      kwargs.dtype = dtype;
    }
    return {
      ...s,
      ...(s.args !== undefined ? { args: s.args.map(map) } : {}),
      ...(Object.keys(kwargs).length > 0 ? { kwargs } : {}),
    } as ModuleSpec;
  };
  return map(spec as SpecValue) as ModuleSpec;
}

/**
 * Parse the arguments of the `init` command (after the word `init`).
 *
 * Either one or more `--tensor name=shape:init(key=value,...)` or
 * `--tensor name=Module(args)` entries, or a single tensor described by
 * `--shape`, `--init`, `--name` (default `"weight"`) and the keyword flags
 * `--a --b --mean --std --gain --mode --nonlinearity --sparsity --val
 * --groups`. Init names are torch's, with or without the trailing
 * underscore; keyword names are torch's. Numeric values are numbers or
 * expressions (`sqrt(5)`, `-1/sqrt(fan_in)`), evaluated here for the tensor's
 * shape.
 *
 * @param argv The arguments after `init`.
 * @returns The parsed options, defaults filled in.
 * @throws {TypeError} For an unknown flag, a missing value, a malformed `--tensor`, an option the init does not take, a missing `--out`, or `--help` (the message is the usage).
 * @throws {RangeError} For a bad shape, an unknown init, module, dtype, capability or torch release, a bad option, expression or seed value, or `fan_in`/`fan_out` on a tensor of fewer than 2 dimensions.
 *
 * @example nn.Linear(300, 100)'s two tensors, with the expressions torch's code uses
 * ```ts
 * import { parseInitArgs } from "./init_command.ts";
 * import assert from "node:assert/strict";
 *
 * const o = parseInitArgs([
 *   "--tensor", "fc.weight=100,300:kaiming_uniform(a=sqrt(5))",
 *   "--tensor", "fc.bias=100:uniform(a=-1/sqrt(300),b=1/sqrt(300))",
 *   "--seed", "0", "--out", "fc.safetensors",
 * ]);
 * assert.deepEqual(o.tensors[1], {
 *   name: "fc.bias", shape: [100], op: "uniform_", args: { a: -1 / Math.sqrt(300), b: 1 / Math.sqrt(300) },
 * });
 * assert.equal(o.seed, 0n);
 * assert.throws(() => parseInitArgs(["--shape", "3,x", "--init", "ones", "--out", "o"]), RangeError);
 * ```
 */
export function parseInitArgs(argv: string[]): InitCommandOptions {
  const tensors: (InitTensorSpec | InitModuleSpec)[] = [];
  let seed = 0n;
  let dtype: "float32" | "float64" = "float32";
  let capability: CpuCapability = "avx2";
  let torchVersion: TorchVersion = getTorchVersion();
  let out: string | undefined;
  let name: string | undefined;
  let shape: number[] | undefined;
  let op: TensorOp | undefined;
  const single: Record<string, RawValue> = {};
  const singleFlags: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    let flag = argv[i];
    let inline: string | undefined;
    const eq = flag.indexOf("=");
    if (flag.startsWith("--") && eq > 0) {
      inline = flag.slice(eq + 1);
      flag = flag.slice(0, eq);
    }
    const value = () => {
      if (inline !== undefined) return inline;
      const v = argv[++i];
      if (v === undefined) throw new TypeError(`Flag ${flag} needs a value`);
      return v;
    };
    const key = flag.slice(2);
    if ((KEYWORD_FLAGS as readonly string[]).includes(key)) {
      const v = value();
      if (Object.hasOwn(single, key)) throw new TypeError(`Flag ${flag} is given twice`);
      single[key] = parseValue(key, v, `${flag} ${q(v)}`);
      singleFlags.push(flag);
      continue;
    }
    switch (flag) {
      case "--tensor":
        tensors.push(parseTensorSpec(value()));
        break;
      case "--shape": {
        const v = value();
        shape = parseShape(v, `--shape ${q(v)}`);
        singleFlags.push(flag);
        break;
      }
      case "--init": {
        const v = value();
        op = parseOp(v, "--init");
        singleFlags.push(flag);
        break;
      }
      case "--name": {
        const v = value();
        if (v === "") throw new RangeError(`--name must be non-empty, received ""`);
        name = v;
        singleFlags.push(flag);
        break;
      }
      case "--seed": {
        const v = value();
        let s: bigint;
        try {
          if (!/^[+-]?\d+$/.test(v.trim())) throw new RangeError();
          s = BigInt(v.trim());
          new Generator().manualSeed(s);
        } catch {
          throw new RangeError(
            `--seed must be an integer in [-2^63, 2^64), received ${q(v)}`,
          );
        }
        seed = s;
        break;
      }
      case "--dtype": {
        const v = value();
        if (v !== "float32" && v !== "float64") {
          throw new RangeError(`--dtype must be float32 or float64, received ${q(v)}`);
        }
        dtype = v;
        break;
      }
      case "--capability": {
        const v = value();
        if (v !== "default" && v !== "avx2" && v !== "avx512") {
          throw new RangeError(
            `--capability must be default, avx2 or avx512, received ${q(v)}`,
          );
        }
        capability = v;
        break;
      }
      case "--torch": {
        const v = value();
        if (!(TORCH_VERSIONS as readonly string[]).includes(v)) {
          throw new RangeError(`--torch must be ${TORCH_VERSIONS.join(", ")}, received ${q(v)}`);
        }
        torchVersion = v as TorchVersion;
        break;
      }
      case "--out": {
        const v = value();
        if (v === "") throw new RangeError(`--out must be a file name, received ""`);
        out = v;
        break;
      }
      case "--help":
      case "-h":
        throw new TypeError(INIT_USAGE);
      default:
        throw new TypeError(`Unknown flag ${q(argv[i])}\n${INIT_USAGE}`);
    }
  }
  if (singleFlags.length > 0) {
    if (tensors.length > 0) {
      throw new TypeError(
        `Give either --tensor entries or a single tensor with --shape and --init, received --tensor and ${
          singleFlags[0]
        }`,
      );
    }
    if (shape === undefined) {
      throw new TypeError(`Flag --shape is missing (needed by ${singleFlags[0]})`);
    }
    if (op === undefined) {
      throw new TypeError(`Flag --init is missing (needed by ${singleFlags[0]})`);
    }
    for (const key of Object.keys(single)) {
      if (!KEYWORDS[op].includes(key)) {
        throw new TypeError(
          `Flag --${key} does not apply to --init ${op.slice(0, -1)}, which takes ${
            KEYWORDS[op].length ? KEYWORDS[op].map((k) => `--${k}`).join(", ") : "no options"
          }`,
        );
      }
    }
    checkArgs(op, single, `--init ${op.slice(0, -1)}`);
    const args = resolveArgs(single, shape, (k) => `--${k} ${q(single[k].text)}`);
    tensors.push({ name: name ?? "weight", shape, op, args });
  }
  if (tensors.length === 0) {
    throw new TypeError(`Give at least one tensor: --tensor or --shape with --init\n${INIT_USAGE}`);
  }
  const seen = new Set<string>();
  for (const t of tensors) {
    if (t.name === "__metadata__") {
      throw new RangeError(`Tensor name "__metadata__" is reserved, received ${q(formatSpec(t))}`);
    }
    if (seen.has(t.name)) throw new RangeError(`Tensor name ${q(t.name)} is given twice`);
    seen.add(t.name);
  }
  if (out === undefined) throw new TypeError(`Flag --out is missing\n${INIT_USAGE}`);
  return { tensors, seed, dtype, capability, torchVersion, out };
}

function formatBytes(n: number): string {
  return n >= 2 ** 20 ? `${(n / 2 ** 20).toFixed(1)} MiB` : `${n} B`;
}

/**
 * Run the `init` command: parse `argv`, fill the tensors (and build the
 * modules) in order from one generator seeded with `--seed`, and write them
 * with their metadata (`tensors`, `seed`, `capability`, `torch`, `dtype`,
 * `version`, `format`) to `--out` through a temporary file in the same
 * directory that is renamed into place. On success one summary line goes to
 * stdout: the file, the tensors, the bytes, the seed, the capability and the
 * torch release. Other messages go to stderr; progress too, when stderr is a
 * TTY or the tensors hold more than 10M elements in total.
 *
 * @param argv The arguments after `init`.
 * @returns The exit code: 0 on success, 2 for a bad command line, 1 when the library refuses a call or the file cannot be written.
 *
 * @example Write one tensor
 * ```ts
 * import { runInit } from "./init_command.ts";
 * import { loadSafetensors } from "../io/mod.ts";
 * import { readFileSync } from "node:fs";
 * import assert from "node:assert/strict";
 *
 * const out = Deno.makeTempDirSync() + "/w.safetensors";
 * const code = await runInit(["--shape", "4,3", "--init", "ones", "--out", out]);
 * assert.equal(code, 0);
 * const { tensors, metadata } = loadSafetensors(new Uint8Array(readFileSync(out)));
 * assert.deepEqual(tensors.weight.data, new Float32Array(12).fill(1));
 * assert.equal(metadata.seed, "0");
 * ```
 */
export async function runInit(argv: string[]): Promise<number> {
  let o: InitCommandOptions;
  try {
    o = parseInitArgs(argv);
  } catch (e) {
    if (argv.includes("--help") || argv.includes("-h")) {
      console.log((e as Error).message);
      return 0;
    }
    console.error((e as Error).message);
    return 2;
  }
  const start = performance.now();
  const numelOf = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);
  const numels = o.tensors.map((t) => "module" in t ? 0 : numelOf(t.shape));
  const totalElements = numels.reduce((a, b) => a + b, 0);
  const bytesPer = o.dtype === "float32" ? 4 : 8;
  const totalBytes = totalElements * bytesPer;
  const tty = process.stderr.isTTY === true;
  const show = tty || totalElements > PROGRESS_ELEMENTS;
  const progress = (m: string, done = false) => {
    if (!show) return;
    if (tty) process.stderr.write(`\r\x1b[K${m}${done ? "\n" : ""}`);
    else process.stderr.write(`${m}\n`);
  };
  const generator = new Generator().manualSeed(o.seed);
  const previous = getCpuCapability();
  const previousTorch = getTorchVersion();
  const filled = new Map<string, Tensor<TensorData> | HalfTensor>();
  let bytes: Uint8Array;
  try {
    setCpuCapability(o.capability);
    setTorchVersion(o.torchVersion);
    let done = 0;
    for (let i = 0; i < o.tensors.length; i++) {
      const t = o.tensors[i];
      const head = `[${i + 1}/${o.tensors.length}] ${formatSpec(t)}`;
      progress(`${head} …`);
      if ("module" in t) {
        const module = buildModule(withDtype(t.module, o.dtype), { generator });
        for (const [key, tensor] of module.stateDict({ prefix: `${t.name}.` })) {
          if (filled.has(key)) {
            console.error(`Tensor name ${q(key)} is given twice (by ${q(formatSpec(t))})`);
            return 2;
          }
          filled.set(key, tensor);
        }
        progress(`${head} done`, true);
        continue;
      }
      if (filled.has(t.name)) {
        console.error(`Tensor name ${q(t.name)} is given twice`);
        return 2;
      }
      const tensor = empty(t.shape, { dtype: o.dtype });
      applyInit(t.op, tensor, t.args, generator);
      filled.set(t.name, tensor);
      done += numels[i] * bytesPer;
      progress(`${head} done (${formatBytes(done)} of ${formatBytes(totalBytes)})`, true);
      // Let a TTY redraw between big tensors.
      if (show && numels[i] > 1_000_000) await new Promise((r) => setTimeout(r, 0));
    }
    bytes = saveSafetensors(Object.fromEntries(filled), {
      format: "pt",
      tensors: JSON.stringify(o.tensors.map(formatSpec)),
      seed: String(o.seed),
      capability: o.capability,
      torch: o.torchVersion,
      dtype: o.dtype,
      version: LIBRARY_VERSION,
    });
  } catch (e) {
    console.error((e as Error).message);
    return 1;
  } finally {
    setCpuCapability(previous);
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
    progress(`Wrote ${formatBytes(bytes.length)} to ${o.out}`, true);
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
  const elements = [...filled.values()].reduce((n, t) => n + numelOf(t.shape), 0);
  const seconds = ((performance.now() - start) / 1000).toFixed(2);
  console.log(
    `Wrote ${o.out}: ${filled.size} tensor${
      filled.size === 1 ? "" : "s"
    }, ${elements} elements, ${bytes.length} bytes, seed ${o.seed}, capability ${o.capability}, torch ${o.torchVersion}, ${o.dtype}, ${seconds} s`,
  );
  return 0;
}
