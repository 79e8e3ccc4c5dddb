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
import { type CpuCapability, type TorchVersion } from "../mod.js";
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
export declare function parseInitModelArgs(argv: readonly string[]): InitModelOptions;
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
export declare function runInitModel(argv: string[]): Promise<number>;
