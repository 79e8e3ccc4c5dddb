/* @ts-self-types="./mod.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
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
import process from "node:process";
import { writeFileSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { formatJson, formatJUnit, formatTable, passed, } from "../../conformance/report.js";
import { runConformance } from "../../conformance/runner.js";
import { selfPort } from "../../conformance/self_port.js";
import { processPort } from "../../conformance/process_port.js";
import { runInit } from "./init_command.js";
import { runInitModel } from "./init_model.js";
const USAGE = `usage: cli.ts init --out FILE [--seed 0] (--tensor NAME=SHAPE:INIT(k=v,...) | --tensor NAME=MODULE(args) ... | --shape S --init I [...])
       cli.ts init --model FILE.ts [--export NAME] --out FILE [--seed 0] [--capability C] [--torch V]
       cli.ts [--port MODULE | --port-cmd "COMMAND" | --python-port FILE]
              [--levels 1,2,3,4,5] [--report table|json|junit] [--out FILE]
              [--capability default|avx2|avx512] [--torch 1.13|2.6|2.14] [--alpha 1e-6] [--timeout-ms 30000]`;
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
export function parseArgs(argv) {
    const o = {
        levels: [1, 2, 3, 4, 5],
        report: "table",
        alpha: 1e-6,
        timeoutMs: 30_000,
    };
    for (let i = 0; i < argv.length; i++) {
        const flag = argv[i];
        const value = () => {
            const v = argv[++i];
            if (v === undefined)
                throw new TypeError(`Flag ${flag} needs a value`);
            return v;
        };
        switch (flag) {
            case "--port":
                o.port = value();
                break;
            case "--port-cmd":
                o.portCmd = value();
                break;
            case "--python-port":
                o.pythonPort = value();
                break;
            case "--levels": {
                const v = value();
                const levels = v.split(",").map((s) => Number(s.trim()));
                if (levels.length === 0 || levels.some((l) => ![1, 2, 3, 4, 5].includes(l))) {
                    throw new RangeError(`--levels must be a comma-separated subset of 1,2,3,4,5, received ${JSON.stringify(v)}`);
                }
                o.levels = [...new Set(levels)];
                break;
            }
            case "--report": {
                const v = value();
                if (v !== "table" && v !== "json" && v !== "junit") {
                    throw new RangeError(`--report must be table, json or junit, received ${JSON.stringify(v)}`);
                }
                o.report = v;
                break;
            }
            case "--out":
                o.out = value();
                break;
            case "--capability": {
                const v = value();
                if (v !== "default" && v !== "avx2" && v !== "avx512") {
                    throw new RangeError(`--capability must be default, avx2 or avx512, received ${JSON.stringify(v)}`);
                }
                o.capability = v;
                break;
            }
            case "--torch": {
                const v = value();
                if (v !== "1.13" && v !== "2.6" && v !== "2.14") {
                    throw new RangeError(`--torch must be 1.13, 2.6 or 2.14, received ${JSON.stringify(v)}`);
                }
                o.torchVersion = v;
                break;
            }
            case "--alpha": {
                const v = value();
                const a = Number(v);
                if (!(a > 0 && a < 1)) {
                    throw new RangeError(`--alpha must be in (0, 1), received ${JSON.stringify(v)}`);
                }
                o.alpha = a;
                break;
            }
            case "--timeout-ms": {
                const v = value();
                const t = Number(v);
                if (!Number.isInteger(t) || t <= 0) {
                    throw new RangeError(`--timeout-ms must be a positive integer, received ${JSON.stringify(v)}`);
                }
                o.timeoutMs = t;
                break;
            }
            case "--help":
            case "-h":
                throw new TypeError(USAGE);
            default:
                throw new TypeError(`Unknown flag ${JSON.stringify(flag)}\n${USAGE}`);
        }
    }
    const sources = [o.port, o.portCmd, o.pythonPort].filter((x) => x !== undefined);
    if (sources.length > 1) {
        throw new TypeError("Give at most one of --port, --port-cmd, --python-port");
    }
    return o;
}
async function loadPorts(o) {
    if (o.port) {
        const url = pathToFileURL(isAbsolute(o.port) ? o.port : resolve(process.cwd(), o.port)).href;
        const mod = await import(url);
        const candidate = mod.default ?? mod.port;
        const port = typeof candidate === "function" ? await candidate() : candidate;
        if (!port || typeof port.name !== "string" || !Array.isArray(port.ops)) {
            throw new TypeError(`--port ${o.port} must export a Port (default export or \`port\`), or a function returning one`);
        }
        return [port];
    }
    if (o.portCmd)
        return [await processPort(o.portCmd, { timeoutMs: o.timeoutMs })];
    if (o.pythonPort) {
        const { pyodidePort } = await import("../../conformance/pyodide_port.js");
        return [await pyodidePort(o.pythonPort, { timeoutMs: o.timeoutMs })];
    }
    const caps = o.capability ? [o.capability] : ["avx2", "avx512", "default"];
    return caps.map((c) => selfPort(c, undefined, o.torchVersion));
}
function render(report, format) {
    return format === "json"
        ? formatJson(report)
        : format === "junit"
            ? formatJUnit(report)
            : formatTable(report);
}
/** Run the CLI; returns the exit code. *
 * @example
 * ```ts
 * import { main } from "./mod.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(await main(["--levels", "9"]), 2);
 * ```
 */
export async function main(argv) {
    if (argv[0] === "init") {
        const rest = argv.slice(1);
        return rest.includes("--model") ? await runInitModel(rest) : await runInit(rest);
    }
    let options;
    try {
        options = parseArgs(argv);
    }
    catch (e) {
        console.error(e.message);
        return 2;
    }
    let ports;
    try {
        ports = await loadPorts(options);
    }
    catch (e) {
        console.error(`Cannot start the port: ${e.message}`);
        return 2;
    }
    const tty = process.stderr.isTTY === true;
    let last = 0;
    const progress = (m) => {
        const now = Date.now();
        if (tty)
            process.stderr.write(`\r\x1b[K${m.slice(0, 110)}`);
        else if (now - last > 2000) {
            process.stderr.write(`${m}\n`);
            last = now;
        }
    };
    let ok = true;
    const outputs = [];
    for (const port of ports) {
        try {
            const report = await runConformance(port, {
                levels: options.levels,
                alpha: options.alpha,
                capability: options.capability ?? port.capability,
                torchVersion: options.torchVersion ?? port.torchVersion,
                onProgress: progress,
            });
            if (tty)
                process.stderr.write("\r\x1b[K");
            ok &&= passed(report);
            outputs.push(render(report, options.report));
        }
        finally {
            await port.close?.();
        }
    }
    const text = options.report === "json" && outputs.length > 1
        ? `[${outputs.join(",\n")}]`
        : outputs.join("\n\n");
    if (options.out)
        writeFileSync(options.out, text + "\n");
    else
        console.log(text);
    return ok ? 0 : 1;
}
if (import.meta.main) {
    // Exit explicitly: a hung port's interpreter thread must not keep the process alive.
    process.exit(await main(process.argv.slice(2)));
}
