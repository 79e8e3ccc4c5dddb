/* @ts-self-types="./bitexact.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Level 4, bit-exact: for ports that claim torch-stream parity (they can be
 * seeded), replay every golden case recorded from PyTorch that the port can
 * express (contiguous tensors, the default generator, ops it implements),
 * compare the bits of every output, check that refused calls are refused, and
 * compare the number of generator draws by asking for the next raw words
 * after each case (this library, whose stream is proven by the same goldens,
 * provides the expected words). `orthogonal_` goes through LAPACK in torch and
 * is compared within 1e-5 (float32) / 1e-12 (float64).
 *
 * @module
 */
import { GOLDEN_DIRS, loadGolden } from "../golden.js";
import { TENSOR_OPS } from "../port.js";
import { selfPort } from "../self_port.js";
import { Generator } from "../../src/mod.js";
import { ask } from "./_common.js";
const TOL = { float32: 1e-5, float64: 1e-12 };
/** Whether a golden case can be replayed through the Port interface. */
function replayable(c, portOps, hasRandom32, hasHalf = false) {
    for (const s of c.steps) {
        if (s.op === "random32") {
            if (!hasRandom32)
                return "needs random32";
            continue;
        }
        if (s.op === "calculate_gain" || s.op === "calculate_fan_in_and_fan_out")
            return "formula";
        if (!TENSOR_OPS.includes(s.op))
            return `op ${s.op}`;
        if (!portOps.includes(s.op))
            return `op ${s.op} not implemented`;
        if (s.view)
            return "view";
        if ((s.dtype === "float16" || s.dtype === "bfloat16") && !hasHalf)
            return "half precision";
    }
    return null;
}
function opOfCase(c) {
    const ops = c.steps.map((s) => s.op).filter((op) => op !== "random32");
    return ops.length === 0 ? "random32" : ops.every((o) => o === ops[0]) ? ops[0] : "sequence";
}
/** Run level 4 on `ctx.port` against the goldens of `capability`. */
export async function runBitExact(ctx, capability, torchVersion = "1.13") {
    const { port } = ctx;
    if (!port.capability || !port.manualSeed || !port.init) {
        ctx.add({
            level: 4,
            op: "generator",
            name: "stream-parity claim",
            status: "skip",
            detail: "the port claims no capability (or cannot be seeded): level 4 does not apply",
        });
        return;
    }
    let golden;
    try {
        golden = await loadGolden(GOLDEN_DIRS[torchVersion], capability);
    }
    catch (e) {
        ctx.add({
            level: 4,
            op: "generator",
            name: `load torch ${torchVersion} goldens for ${capability}`,
            status: "error",
            detail: String(e),
        });
        return;
    }
    const reference = selfPort(capability, new Generator(), torchVersion);
    const hasRandom32 = typeof port.random32 === "function";
    let done = 0;
    for (const c of golden.cases) {
        if (c.generator === "fresh" ? false : c.seed === null)
            continue;
        const why = replayable(c, port.ops, hasRandom32, typeof port.initHalf === "function");
        const op = opOfCase(c);
        if (why !== null)
            continue;
        if (++done % 50 === 0)
            ctx.progress(`level 4: ${done} golden cases replayed`);
        const seed = c.generator === "fresh" ? 67280421310721n : BigInt(c.seed);
        const seeded = await ask(() => port.manualSeed(seed));
        await reference.manualSeed(seed);
        if (seeded.kind !== "value") {
            ctx.add({
                level: 4,
                op,
                name: `${c.id}: manual_seed`,
                status: seeded.kind === "failure" ? "error" : "fail",
                detail: String(seeded.error),
            });
            continue;
        }
        const problems = [];
        let status = "pass";
        for (const [i, step] of c.steps.entries()) {
            if (step.op === "random32") {
                const got = await ask(() => port.random32(step.count));
                await reference.random32(step.count);
                if (got.kind !== "value") {
                    status = got.kind === "failure" ? "error" : "fail";
                    problems.push(`step ${i}: ${String(got.error)}`);
                    break;
                }
                const want = new Uint8Array(golden.tensors.get(step.output).bytes);
                const have = new Uint8Array(got.value.buffer, got.value.byteOffset, got.value.byteLength);
                if (have.length !== want.length || have.some((b, k) => b !== want[k])) {
                    status = "fail";
                    problems.push(`step ${i}: raw words differ`);
                }
                continue;
            }
            const half = step.dtype === "float16" || step.dtype === "bfloat16";
            const request = {
                op: step.op,
                shape: step.shape,
                dtype: step.dtype,
                args: { ...(step.args ?? {}) },
            };
            if (request.op === "uniform_" && ("from" in request.args || "to" in request.args)) {
                request.args = { a: request.args.from ?? 0, b: request.args.to ?? 1 };
            }
            const halfRequest = request;
            const got = half
                ? await ask(() => port.initHalf(halfRequest))
                : await ask(() => port.init(request));
            // Keep the reference generator in step with torch (it refuses where torch refuses,
            // after the same draws).
            if (half)
                await ask(() => reference.initHalf(halfRequest));
            else
                await ask(() => reference.init(request));
            if (step.error) {
                if (got.kind === "value") {
                    status = "fail";
                    problems.push(`step ${i}: torch raised ${step.error.type}, the port returned data`);
                }
                else if (got.kind === "failure") {
                    status = "error";
                    problems.push(`step ${i}: ${got.error.message}`);
                }
                continue;
            }
            if (got.kind !== "value") {
                status = got.kind === "failure" ? "error" : "fail";
                problems.push(`step ${i}: ${String(got.error)}`);
                break;
            }
            const want = golden.tensors.get(step.output).bytes;
            const have = new Uint8Array(got.value.buffer, got.value.byteOffset, got.value.byteLength);
            if (step.op === "orthogonal_" && !half) {
                const a = got.value;
                const b = step.dtype === "float32"
                    ? new Float32Array(want.slice().buffer)
                    : new Float64Array(want.slice().buffer);
                let err = a.length === b.length ? 0 : Infinity;
                for (let k = 0; k < b.length && err !== Infinity; k++) {
                    err = Math.max(err, Math.abs(a[k] - b[k]));
                }
                if (!(err <= TOL[step.dtype])) {
                    status = "fail";
                    problems.push(`step ${i}: max abs error ${err}`);
                }
                continue;
            }
            if (have.length !== want.length) {
                status = "fail";
                problems.push(`step ${i}: ${have.length} bytes, torch ${want.length}`);
                continue;
            }
            let count = 0;
            let first = -1;
            const size = half ? 2 : step.dtype === "float32" ? 4 : 8;
            for (let k = 0; k < want.length; k += size) {
                for (let j = 0; j < size; j++) {
                    if (have[k + j] !== want[k + j]) {
                        if (first < 0)
                            first = k / size;
                        count++;
                        break;
                    }
                }
            }
            if (count > 0) {
                status = "fail";
                problems.push(`step ${i}: ${count} of ${want.length / size} elements differ in their bits, first at ${first}`);
            }
        }
        if (status === "pass" && hasRandom32) {
            const got = await ask(() => port.random32(4));
            const want = await reference.random32(4);
            if (got.kind !== "value") {
                status = got.kind === "failure" ? "error" : "fail";
                problems.push(`random32 after the case: ${String(got.error)}`);
            }
            else if (got.value.some((w, k) => w !== want[k])) {
                status = "fail";
                problems.push("the generator is not where torch's is after the case (different number of draws)");
            }
        }
        ctx.add({ level: 4, op, name: c.id, status, detail: problems.join("; ") || undefined });
    }
    if (done === 0) {
        ctx.add({
            level: 4,
            op: "generator",
            name: "golden cases",
            status: "skip",
            detail: "no golden case is expressible for this port",
        });
    }
}
