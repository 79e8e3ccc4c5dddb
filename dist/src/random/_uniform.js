/* @ts-self-types="./_uniform.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Mirror of ATen's CPU `uniform_` kernel (`uniform_kernel` with
 * `uniform_real_distribution`): one 32-bit draw per float32 element (24 random
 * bits), one 64-bit draw per float64 element (53 random bits, high word first),
 * then `x * (to - from) + from` in the tensor's dtype — fused into one FMA by
 * the AVX2/AVX-512 builds, two roundings in the default build.
 *
 * Contiguous tensors take a fast path that tempers the engine's words and
 * converts them in the same loop, one twist block (624 words) at a time,
 * writing straight into the output: no scratch proportional to the tensor.
 *
 * @module
 */
import { usesFma } from "./capability.js";
import { fillUint32, MT_N, temper, twist } from "./_mt19937.js";
import { fma32, fma64Fast } from "./_fma.js";
import { forEachIndex } from "../_layout.js";
import { moderateForWasm, wasmKernels } from "./_wasm.js";
import { parallelFill } from "./_worker_hook.js";
const TWO_M24 = 2 ** -24;
const TWO_M53 = 2 ** -53;
const TWO_32 = 2 ** 32;
/** Below this many elements the TypeScript loop beats copying the state in and out. */
const WASM_MIN = 256;
/** How a [0, 1) draw becomes the output value. */
const UNIT = 0; // x
const FUSED = 1; // fma(x, range, from)
const TWO_ROUNDINGS = 2; // x * range + from, rounded twice
/**
 * Make sure at least one word is left before the next twist, and return how
 * many can be taken now (at most `want`).
 */
function ready(mt, want) {
    if (mt.left === 1) {
        twist(mt.words);
        mt.left = MT_N + 1;
        mt.next = 0;
    }
    return Math.min(mt.left - 1, want);
}
/**
 * float32 elements data[start .. start+count): each takes one tempered word,
 * keeps its low 24 bits as x in [0, 1), and stores the transformed value.
 */
function fillF32(mt, data, start, count, mode, range, from) {
    const w = mt.words;
    const f = Math.fround;
    let i = start;
    const end = start + count;
    while (i < end) {
        const take = ready(mt, end - i);
        let nx = mt.next;
        const stop = i + take;
        if (mode === UNIT) {
            for (; i < stop; i++) {
                const y = temper(w[nx++]);
                data[i] = (y & 0xffffff) * TWO_M24;
            }
        }
        else if (mode === FUSED) {
            for (; i < stop; i++) {
                const y = temper(w[nx++]);
                data[i] = fma32((y & 0xffffff) * TWO_M24, range, from);
            }
        }
        else {
            for (; i < stop; i++) {
                const y = temper(w[nx++]);
                data[i] = f(f((y & 0xffffff) * TWO_M24 * range) + from);
            }
        }
        mt.next = nx;
        mt.left -= take;
    }
}
/** One tempered word, as `nextUint32` but for the float64 straddle case. */
function oneWord(mt) {
    ready(mt, 1);
    mt.left--;
    return temper(mt.words[mt.next++]);
}
/**
 * float64 elements data[start .. start+count): each takes two tempered words
 * (high first), keeps 53 bits as x in [0, 1), and stores the transformed value.
 */
function fillF64(mt, data, start, count, mode, range, from) {
    const w = mt.words;
    let i = start;
    const end = start + count;
    while (i < end) {
        const pairs = ready(mt, 2 * (end - i)) >> 1;
        if (pairs === 0) {
            // One word before the twist: the element straddles it.
            const hi = oneWord(mt);
            const x = ((hi & 0x1fffff) * TWO_32 + oneWord(mt)) * TWO_M53;
            data[i++] = mode === UNIT ? x : mode === FUSED ? fma64Fast(x, range, from) : x * range + from;
            continue;
        }
        let nx = mt.next;
        const stop = i + pairs;
        for (; i < stop; i++) {
            const hi = temper(w[nx++]);
            const x = ((hi & 0x1fffff) * TWO_32 + temper(w[nx++])) * TWO_M53;
            data[i] = mode === UNIT ? x : mode === FUSED ? fma64Fast(x, range, from) : x * range + from;
        }
        mt.next = nx;
        mt.left -= 2 * pairs;
    }
}
/**
 * Write `count` fresh [0, 1) uniforms of the given dtype at
 * data[start .. start+count), as `uniform_(0, 1)` on a contiguous tensor.
 */
export function fillUnit(engine, data, start, count, float32) {
    if (float32)
        fillF32(engine.mt, data, start, count, UNIT, 1, 0);
    else
        fillF64(engine.mt, data, start, count, UNIT, 1, 0);
}
/** A source of raw words that refills a fixed block from the engine. */
class WordStream {
    static BLOCK = 1024;
    /** Scratch for raw draws; its size does not depend on the tensor. */
    static words = new Uint32Array(WordStream.BLOCK);
    #engine;
    #pos = WordStream.BLOCK;
    #remaining;
    constructor(engine, total) {
        this.#engine = engine;
        this.#remaining = total;
    }
    next() {
        const block = WordStream.BLOCK;
        const words = WordStream.words;
        if (this.#pos === block) {
            // Never draw more than the fill needs: the generator state must end
            // exactly where torch's does.
            const n = Math.min(block, this.#remaining);
            fillUint32(this.#engine.mt, words, n);
            this.#remaining -= n;
            this.#pos = block - n;
            if (n < block)
                words.copyWithin(this.#pos, 0, n);
        }
        return words[this.#pos++];
    }
}
/** Strided tensors: one element at a time in TensorIterator order. */
function fillStrided(layout, engine, mode, range, from) {
    const data = layout.data;
    const f = Math.fround;
    if (layout.dtype === "float32") {
        const stream = new WordStream(engine, layout.numel);
        forEachIndex(layout, (i) => {
            const x = (stream.next() & 0xffffff) * TWO_M24;
            data[i] = mode === UNIT ? x : mode === FUSED ? fma32(x, range, from) : f(f(x * range) + from);
        });
    }
    else {
        const stream = new WordStream(engine, 2 * layout.numel);
        forEachIndex(layout, (i) => {
            const hi = stream.next();
            const x = ((hi & 0x1fffff) * TWO_32 + stream.next()) * TWO_M53;
            data[i] = mode === UNIT ? x : mode === FUSED ? fma64Fast(x, range, from) : x * range + from;
        });
    }
}
/** The form of the `uniform_` kernel for these bounds, dtype and capability. */
export function uniformForm(from, to, float32, capability) {
    // The kernel's arithmetic is in the tensor's dtype.
    const lo = float32 ? Math.fround(from) : from;
    const range = float32 ? Math.fround(Math.fround(to) - lo) : to - from;
    const mode = range === 1 && lo === 0 ? UNIT : usesFma(capability) ? FUSED : TWO_ROUNDINGS;
    return { mode, range, lo };
}
/**
 * Fill `layout` with uniform values in [from, to) exactly as torch's CPU
 * `uniform_` does for `capability`. `from`/`to` are the Python doubles passed
 * to torch; validation is the caller's job.
 */
export function uniformFill(layout, from, to, engine, capability) {
    const n = layout.numel;
    if (n === 0)
        return;
    if (parallelFill("uniform", layout, [from, to], engine, capability))
        return;
    const float32 = layout.dtype === "float32";
    const { mode, range, lo } = uniformForm(from, to, float32, capability);
    if (!layout.contiguous)
        fillStrided(layout, engine, mode, range, lo);
    else if (float32) {
        const k = n >= WASM_MIN ? wasmKernels() : null;
        if (k === null)
            fillF32(engine.mt, layout.data, layout.offset, n, mode, range, lo);
        else {
            k.load(engine.mt);
            for (let i = 0; i < n; i += k.chunk) {
                const count = Math.min(k.chunk, n - i);
                k.uniformF32(count, mode, range, lo);
                layout.data.set(k.out.subarray(0, count), layout.offset + i);
            }
            k.store(engine.mt);
        }
    }
    else {
        // The module's emulated double FMA is exact for operands of moderate
        // magnitude; others (and small fills) stay in TypeScript.
        const k = n >= WASM_MIN && moderateForWasm(range) && moderateForWasm(lo) ? wasmKernels() : null;
        if (k === null)
            fillF64(engine.mt, layout.data, layout.offset, n, mode, range, lo);
        else {
            const chunk = k.chunk / 2;
            k.load(engine.mt);
            for (let i = 0; i < n; i += chunk) {
                const count = Math.min(chunk, n - i);
                k.uniformF64(count, mode, range, lo);
                layout.data.set(k.out64.subarray(0, count), layout.offset + i);
            }
            k.store(engine.mt);
        }
    }
}
