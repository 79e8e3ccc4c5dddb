/**
 * The conformance command line: grade a port of `torch.nn.init` level by
 * level, or this library itself when no port is given.
 *
 * ```sh
 * deno run -A src/cli/mod.ts                       # this library, every capability
 * deno run -A src/cli/mod.ts --port ./my_port.ts   # a TS/JS module exporting a Port
 * deno run -A src/cli/mod.ts --port-cmd "python3 port.py"   # any language, JSON lines
 * deno run -A src/cli/mod.ts --python-port ./port.py        # pure Python, in Pyodide
 *   [--levels 1,2,3,4,5] [--report table|json|junit] [--out FILE] [--capability avx2]
 *   [--alpha 1e-6] [--timeout-ms 30000]
 * ```
 *
 * Exit code 0 only when every check of every requested level passes.
 *
 * It also writes torch-identical weights to a safetensors file:
 *
 * ```sh
 * deno run -A src/cli/mod.ts init --shape 768,3072 --init kaiming_uniform --a 'sqrt(5)' \
 *   --seed 0 [--dtype float32] [--capability avx2] --out w.safetensors
 * deno run -A src/cli/mod.ts init --seed 0 --out linear.safetensors \
 *   --tensor 'weight=100,300:kaiming_uniform(a=sqrt(5))' --tensor 'bias=100:uniform(a=-1/sqrt(300),b=1/sqrt(300))'
 * deno run -A src/cli/mod.ts init --seed 0 --out linear.safetensors --tensor 'fc=Linear(300,100)'
 * ```
 *
 * and a whole model's state dict (a Module subclass, factory or instance exported by a file):
 *
 * ```sh
 * deno run -A src/cli/mod.ts init --model ./gpt.ts --export GPT2 --seed 0 --out gpt2.safetensors \
 *   [--capability avx2] [--torch 1.13|2.6|2.14]
 * ```
 *
 * @module
 */
import type { Capability } from "../../conformance/port.js";
import { type Level } from "../../conformance/report.js";
/** Parsed command-line options. */
export interface CliOptions {
    /** `--port`: a TS/JS module exporting a Port. */
    port?: string;
    /** `--port-cmd`: a command speaking the JSON-lines protocol. */
    portCmd?: string;
    /** `--python-port`: a Python module run in Pyodide. */
    pythonPort?: string;
    /** `--levels`. */
    levels: Level[];
    /** `--report`. */
    report: "table" | "json" | "junit";
    /** `--out`: write the report to this file instead of stdout. */
    out?: string;
    /** `--capability`: the goldens level 4 compares with (and this library's kernels). */
    capability?: Capability;
    /** `--torch`: the torch release whose goldens level 4 replays (and this library reproduces). */
    torchVersion?: "1.13" | "2.6" | "2.14";
    /** `--alpha`: level 3's false-alarm rate per run. */
    alpha: number;
    /** `--timeout-ms`: per-request timeout for protocol ports. */
    timeoutMs: number;
}
/** Parse argv; throws a `TypeError`/`RangeError` naming the bad flag. *
 * @example
 * ```ts
 * import { parseArgs } from "./mod.ts";
 * import assert from "node:assert/strict";
 *
 * assert.deepEqual(parseArgs(["--levels", "1,2"]).levels, [1, 2]);
 * assert.throws(() => parseArgs(["--report", "xml"]), RangeError);
 * ```
 */
export declare function parseArgs(argv: string[]): CliOptions;
/** Run the CLI; returns the exit code. *
 * @example
 * ```ts
 * import { main } from "./mod.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(await main(["--levels", "9"]), 2);
 * ```
 */
export declare function main(argv: string[]): Promise<number>;
