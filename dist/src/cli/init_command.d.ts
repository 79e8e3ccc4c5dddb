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
import { type CpuCapability, type TorchVersion } from "../mod.js";
import { type ModuleSpec } from "../nn/build_module.js";
import type { InitArgs, TensorOp } from "../../conformance/port.js";
export type { InitArgs, TensorOp } from "../../conformance/port.js";
export type { CpuCapability } from "../mod.js";
/** The library name and version recorded in every file's metadata. */
export declare const LIBRARY_VERSION = "torch-parity 0.1.0";
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
export declare function parseInitArgs(argv: string[]): InitCommandOptions;
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
export declare function runInit(argv: string[]): Promise<number>;
