// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The `init` command of the CLI: fill tensors the way `torch.nn.init` does
 * after `torch.manual_seed(seed)` and save them to a safetensors file.
 *
 * ```sh
 * deno run -A jsr:@torch-parity/init/cli init --shape 768,3072 --init kaiming_uniform \
 *   --a 2.2360679775 --seed 0 [--dtype float32] [--capability avx2] --out w.safetensors
 * deno run -A jsr:@torch-parity/init/cli init --seed 0 --out fc.safetensors \
 *   --tensor fc.weight=300,100:kaiming_uniform(a=2.2360679775) \
 *   --tensor fc.bias=100:uniform(a=-0.0577,b=0.0577)
 * ```
 *
 * Tensors are filled in the order given, all from one generator seeded with
 * `--seed`, so the file holds what `torch.manual_seed(seed)` followed by the
 * same `nn.init` calls in the same order gives. The file is written to a
 * temporary file in the same directory and renamed, so a failure never
 * leaves a partial file.
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
  setCpuCapability,
} from "../mod.ts";
import { NONLINEARITIES } from "../init/calculate_gain.ts";
import { saveSafetensors } from "../io/mod.ts";
import type { InitArgs, TensorOp } from "../../conformance/port.ts";
import { applyInit } from "../../conformance/self_port.ts";

export type { InitArgs, TensorOp } from "../../conformance/port.ts";
export type { CpuCapability } from "../mod.ts";

/** The library name and version recorded in every file's metadata. */
export const LIBRARY_VERSION = "torch-parity 0.1.0";

/** Above this many elements in total, progress is shown even when stderr is not a TTY. */
const PROGRESS_ELEMENTS = 10_000_000;

const INIT_USAGE = `usage: cli.ts init --out FILE [--seed 0] [--dtype float32|float64]
                   [--capability default|avx2|avx512]
                   (--tensor NAME=SHAPE:INIT(KEY=VALUE,...) ... |
                    --shape SHAPE --init INIT [--name weight] [--a X] [--b X] [--mean X]
                    [--std X] [--gain X] [--mode fan_in|fan_out] [--nonlinearity NAME]
                    [--sparsity X] [--val X] [--groups N])
  INIT: uniform normal trunc_normal constant ones zeros eye dirac xavier_uniform
        xavier_normal kaiming_uniform kaiming_normal orthogonal sparse (a trailing _ is allowed)
  SHAPE: comma-separated sizes, e.g. 768,3072`;

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

/** The parsed command line of `init`. */
export interface InitCommandOptions {
  /** The tensors, in the order they are filled. */
  tensors: InitTensorSpec[];
  /** `--seed` (default 0), as `torch.manual_seed` takes it. */
  seed: bigint;
  /** `--dtype` (default `"float32"`). */
  dtype: "float32" | "float64";
  /** `--capability` (default `"avx2"`): the CPU kernels whose bits are reproduced. */
  capability: CpuCapability;
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

function parseValue(key: string, text: string, what: string): number | string {
  const allowed = STRING_VALUES[key];
  if (allowed) {
    if (!allowed.includes(text)) {
      throw new RangeError(`${what} must be one of ${allowed.join(", ")}, received ${q(text)}`);
    }
    return text;
  }
  const t = text.trim();
  const v = /^[+-]?inf(inity)?$/i.test(t)
    ? (t.startsWith("-") ? -Infinity : Infinity)
    : /^nan$/i.test(t)
    ? NaN
    : t === ""
    ? NaN
    : Number(t);
  if (Number.isNaN(v) && !/^nan$/i.test(t)) {
    throw new RangeError(`${what} must be a number, received ${q(text)}`);
  }
  if (key === "groups" && !Number.isInteger(v)) {
    throw new RangeError(`${what} must be an integer, received ${q(text)}`);
  }
  return v;
}

function checkArgs(op: TensorOp, args: InitArgs, what: string): void {
  for (const key of REQUIRED[op] ?? []) {
    if (!Object.hasOwn(args, key)) {
      throw new TypeError(`${what}: ${op.slice(0, -1)} needs ${key}, received none`);
    }
  }
}

/** Parse `name=shape:init(key=value,...)`. */
function parseTensorSpec(text: string): InitTensorSpec {
  const what = `--tensor ${q(text)}`;
  const m = /^([^=]+)=([^:]*):([A-Za-z_]+)(?:\((.*)\))?$/s.exec(text);
  if (!m) {
    throw new TypeError(`${what} must look like name=shape:init(key=value,...)`);
  }
  const [, name, shapeText, opText, optionText] = m;
  const shape = parseShape(shapeText, `${what}: shape`);
  const op = parseOp(opText, `${what}: init`);
  const args: InitArgs = {};
  if (optionText !== undefined && optionText.trim() !== "") {
    for (const part of optionText.split(",")) {
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
      if (Object.hasOwn(args, key)) {
        throw new TypeError(`${what}: option ${key} is given twice`);
      }
      args[key] = parseValue(key, part.slice(eq + 1).trim(), `${what}: ${key}`);
    }
  }
  checkArgs(op, args, what);
  return { name, shape, op, args };
}

/** The canonical `name=shape:init(options)` text of a spec, as stored in the metadata. */
function formatSpec(t: InitTensorSpec): string {
  const opts = Object.entries(t.args).map(([k, v]) => `${k}=${v}`).join(",");
  return `${t.name}=${t.shape.join(",")}:${t.op.slice(0, -1)}${opts ? `(${opts})` : ""}`;
}

/**
 * Parse the arguments of the `init` command (after the word `init`).
 *
 * Either one or more `--tensor name=shape:init(key=value,...)` entries, or a
 * single tensor described by `--shape`, `--init`, `--name` (default
 * `"weight"`) and the keyword flags `--a --b --mean --std --gain --mode
 * --nonlinearity --sparsity --val --groups`. Init names are torch's, with or
 * without the trailing underscore; keyword names are torch's.
 *
 * @param argv The arguments after `init`.
 * @returns The parsed options, defaults filled in.
 * @throws {TypeError} For an unknown flag, a missing value, a malformed `--tensor`, an option the init does not take, a missing `--out`, or `--help` (the message is the usage).
 * @throws {RangeError} For a bad shape, an unknown init, dtype or capability, or a bad option or seed value.
 *
 * @example Parse a two-tensor command line
 * ```ts
 * import { parseInitArgs } from "./init_command.ts";
 * import assert from "node:assert/strict";
 *
 * const o = parseInitArgs([
 *   "--tensor", "fc.weight=300,100:kaiming_uniform(a=2.2360679775)",
 *   "--tensor", "fc.bias=100:uniform(a=-0.0577,b=0.0577)",
 *   "--seed", "0", "--out", "fc.safetensors",
 * ]);
 * assert.deepEqual(o.tensors[1], {
 *   name: "fc.bias", shape: [100], op: "uniform_", args: { a: -0.0577, b: 0.0577 },
 * });
 * assert.equal(o.seed, 0n);
 * assert.throws(() => parseInitArgs(["--shape", "3,x", "--init", "ones", "--out", "o"]), RangeError);
 * ```
 */
export function parseInitArgs(argv: string[]): InitCommandOptions {
  const tensors: InitTensorSpec[] = [];
  let seed = 0n;
  let dtype: "float32" | "float64" = "float32";
  let capability: CpuCapability = "avx2";
  let out: string | undefined;
  let name: string | undefined;
  let shape: number[] | undefined;
  let op: TensorOp | undefined;
  const single: InitArgs = {};
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
    tensors.push({ name: name ?? "weight", shape, op, args: single });
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
  return { tensors, seed, dtype, capability, out };
}

function formatBytes(n: number): string {
  return n >= 2 ** 20 ? `${(n / 2 ** 20).toFixed(1)} MiB` : `${n} B`;
}

/**
 * Run the `init` command: parse `argv`, fill the tensors in order from one
 * generator seeded with `--seed`, and write them with their metadata
 * (`tensors`, `seed`, `capability`, `dtype`, `version`, `format`) to `--out`
 * through a temporary file in the same directory that is renamed into place.
 * Messages go to stderr; progress too, when stderr is a TTY or the tensors
 * hold more than 10M elements in total.
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
  const numels = o.tensors.map((t) => t.shape.reduce((a, b) => a * b, 1));
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
  const filled: Record<string, ReturnType<typeof empty>> = {};
  let bytes: Uint8Array;
  try {
    setCpuCapability(o.capability);
    let done = 0;
    for (let i = 0; i < o.tensors.length; i++) {
      const t = o.tensors[i];
      const head = `[${i + 1}/${o.tensors.length}] ${formatSpec(t)}`;
      progress(`${head} …`);
      const tensor = empty(t.shape, { dtype: o.dtype });
      applyInit(t.op, tensor, t.args, generator);
      filled[t.name] = tensor;
      done += numels[i] * bytesPer;
      progress(`${head} done (${formatBytes(done)} of ${formatBytes(totalBytes)})`, true);
      // Let a TTY redraw between big tensors.
      if (show && numels[i] > 1_000_000) await new Promise((r) => setTimeout(r, 0));
    }
    bytes = saveSafetensors(filled, {
      format: "pt",
      tensors: JSON.stringify(o.tensors.map(formatSpec)),
      seed: String(o.seed),
      capability: o.capability,
      dtype: o.dtype,
      version: LIBRARY_VERSION,
    });
  } catch (e) {
    console.error((e as Error).message);
    return 1;
  } finally {
    setCpuCapability(previous);
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
  return 0;
}
