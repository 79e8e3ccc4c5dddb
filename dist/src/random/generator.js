/* @ts-self-types="./generator.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * A CPU random number generator with PyTorch's exact semantics: seeding,
 * state bytes and the cached normal sample of `at::CPUGeneratorImpl`.
 *
 * @module
 */
import { MT_N, seedState } from "./_mt19937.js";
import { sin } from "./_libm.js";
/** The seed `torch.Generator()` starts from (`default_rng_seed_val`). */
const DEFAULT_RNG_SEED = 67280421310721n;
const U64 = (1n << 64n) - 1n;
/** Size in bytes of `torch.Generator.get_state()` on 64-bit platforms. */
export const STATE_SIZE = 5056;
/** Size of the legacy TH state struct that torch 1.x `set_state` also accepts. */
export const LEGACY_STATE_SIZE = 5048;
function newEngine() {
    return {
        mt: { words: new Uint32Array(MT_N), left: 1, next: 0 },
        seed: 0n,
        normalY: 0,
        normalValid: false,
        floatNormal: 0,
        floatNormalValid: false,
    };
}
function reseed(e, seed) {
    e.seed = seed;
    seedState(e.mt, Number(seed & 0xffffffffn));
    e.normalY = 0;
    e.normalValid = false;
    e.floatNormal = 0;
    e.floatNormalValid = false;
}
/**
 * Convert a seed the way `torch.Generator.manual_seed` does: any integer in
 * [-2^63, 2^64 - 1]; negative values wrap to `2^64 + seed`.
 */
export function toSeed64(seed, what) {
    let b;
    if (typeof seed === "bigint")
        b = seed;
    else if (typeof seed === "number") {
        if (!Number.isInteger(seed)) {
            throw new TypeError(`${what}: seed must be an integer, received ${seed}`);
        }
        b = BigInt(seed);
    }
    else {
        const shown = typeof seed === "string" ? JSON.stringify(seed) : String(seed);
        throw new TypeError(`${what}: seed must be a number or bigint, received ${typeof seed} ${shown}`);
    }
    if (b < -(1n << 63n) || b > U64) {
        throw new RangeError(`${what}: seed must be in [-2^63, 2^64 - 1], received ${b}`);
    }
    return b < 0n ? b + (1n << 64n) : b;
}
/** 64 bits from the platform's cryptographic random source. */
function nonDeterministicSeed() {
    const words = new Uint32Array(2);
    crypto.getRandomValues(words);
    return (BigInt(words[0]) << 32n) | BigInt(words[1]);
}
let engineAccess;
/**
 * A PyTorch CPU generator (`torch.Generator()`): MT19937 with torch's seeding,
 * its `get_state()`/`set_state()` byte format and its cached normal sample.
 *
 * A new generator is seeded with 67280421310721, like `torch.Generator()`.
 *
 * @example Same numbers as `torch.Generator().manual_seed(0)`
 * ```ts
 * import { empty, Generator, uniform } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * const g = new Generator().manualSeed(0);
 * const t = uniform(empty([2]), { generator: g });
 * // torch.rand(2) after torch.manual_seed(0): tensor([0.4963, 0.7682])
 * assert.equal(t.data[0], Math.fround(0.49625658988952637));
 * assert.equal(t.data[1], Math.fround(0.7682217955589294));
 * ```
 */
export class Generator {
    #engine = newEngine();
    static {
        engineAccess = (g) => g.#engine;
    }
    /** Create a generator seeded like `torch.Generator()` (seed 67280421310721). */
    constructor() {
        reseed(this.#engine, DEFAULT_RNG_SEED);
    }
    /**
     * Seed the generator, like `torch.Generator.manual_seed(seed)`. Accepts every
     * integer torch accepts, [-2^63, 2^64 - 1]; a negative seed `s` is stored as
     * `2^64 + s`. Only the low 32 bits reach the Mersenne Twister. Clears the
     * cached normal sample.
     *
     * @param seed An integer number or a bigint.
     * @returns This generator.
     * @throws {TypeError} If `seed` is not an integer number or a bigint.
     * @throws {RangeError} If `seed` is outside [-2^63, 2^64 - 1].
     *
     * @example Negative seeds wrap like torch's
     * ```ts
     * import { Generator } from "@torch-parity/init";
     * import assert from "node:assert/strict";
     *
     * assert.equal(new Generator().manualSeed(-1).initialSeed(), 2n ** 64n - 1n);
     * ```
     */
    manualSeed(seed) {
        const s = toSeed64(seed, "Cannot seed generator");
        reseed(this.#engine, s);
        return this;
    }
    /**
     * The seed last set, as `torch.Generator.initial_seed()` reports it (an
     * unsigned 64-bit integer).
     *
     * @returns The initial seed.
     *
     * @example
     * ```ts
     * import { Generator } from "@torch-parity/init";
     * import assert from "node:assert/strict";
     *
     * assert.equal(new Generator().initialSeed(), 67280421310721n);
     * ```
     */
    initialSeed() {
        return this.#engine.seed;
    }
    /**
     * Re-seed from a non-deterministic source (64 random bits from
     * `crypto.getRandomValues`), like `torch.Generator.seed()`.
     *
     * @returns The new seed.
     *
     * @example
     * ```ts
     * import { Generator } from "@torch-parity/init";
     * import assert from "node:assert/strict";
     *
     * const g = new Generator();
     * const s = g.seed();
     * assert.equal(g.initialSeed(), s);
     * ```
     */
    seed() {
        const s = nonDeterministicSeed();
        reseed(this.#engine, s);
        return s;
    }
    /**
     * The generator's state as the 5056 bytes `torch.Generator.get_state()`
     * returns (x86-64 layout, little-endian): seed, `left`, `seeded`, `next`,
     * the 624 state words widened to 64 bits, the cached double normal sample
     * and the cached float normal sample.
     *
     * @returns A fresh `Uint8Array` of length 5056.
     *
     * @example Round trip
     * ```ts
     * import { Generator } from "@torch-parity/init";
     * import assert from "node:assert/strict";
     *
     * const g = new Generator().manualSeed(7);
     * const bytes = g.getState();
     * assert.equal(bytes.length, 5056);
     * assert.deepEqual(new Generator().setState(bytes).getState(), bytes);
     * ```
     */
    getState() {
        const e = this.#engine;
        const bytes = new Uint8Array(STATE_SIZE);
        const v = new DataView(bytes.buffer);
        v.setBigUint64(0, e.seed, true);
        v.setInt32(8, e.mt.left, true);
        v.setInt32(12, 1, true);
        v.setBigUint64(16, BigInt(e.mt.next), true);
        const w = e.mt.words;
        for (let i = 0; i < MT_N; i++)
            v.setUint32(24 + 8 * i, w[i], true);
        // normal_x (5016) and normal_rho (5032) are legacy dummies written as 0.
        v.setFloat64(5024, e.normalValid ? e.normalY : 0, true);
        v.setInt32(5040, e.normalValid ? 1 : 0, true);
        v.setFloat32(5048, e.floatNormalValid ? e.floatNormal : 0, true);
        bytes[5052] = e.floatNormalValid ? 1 : 0;
        return bytes;
    }
    /**
     * Restore a state saved by {@linkcode Generator.getState} or by torch
     * (`torch.get_rng_state()`, `Generator.get_state()`), like
     * `torch.Generator.set_state`. Accepts the 5056-byte format and, as torch 1.x
     * does, the 5048-byte legacy format. Validates everything before changing
     * anything.
     *
     * @param state The state bytes.
     * @returns This generator.
     * @throws {TypeError} If `state` is not a `Uint8Array`.
     * @throws {RangeError} If the length is wrong or the state is invalid
     * (`seeded` is 0, `left` outside 1..624, `next` above 624).
     *
     * @example
     * ```ts
     * import { Generator } from "@torch-parity/init";
     * import assert from "node:assert/strict";
     *
     * assert.throws(() => new Generator().setState(new Uint8Array(10)), RangeError);
     * ```
     */
    setState(state) {
        if (!(state instanceof Uint8Array)) {
            throw new TypeError(`Cannot set generator state: state must be a Uint8Array, received ${state === null
                ? "null"
                : typeof state === "object"
                    ? state.constructor?.name
                    : typeof state}`);
        }
        if (state.length !== STATE_SIZE && state.length !== LEGACY_STATE_SIZE) {
            throw new RangeError(`Cannot set generator state: expected ${STATE_SIZE} bytes (or the legacy ${LEGACY_STATE_SIZE}), received ${state.length}`);
        }
        const v = new DataView(state.buffer, state.byteOffset, state.byteLength);
        const seed = v.getBigUint64(0, true);
        const left = v.getInt32(8, true);
        const seeded = v.getInt32(12, true);
        // ATen keeps only the low 32 bits of `next` (a uint32_t field).
        const next = v.getUint32(16, true);
        if (seeded === 0) {
            throw new RangeError("Cannot set generator state: invalid mt19937 state, seeded is 0");
        }
        if (left <= 0 || left > MT_N) {
            throw new RangeError(`Cannot set generator state: invalid mt19937 state, left must be in [1, 624], received ${left}`);
        }
        if (next > MT_N) {
            throw new RangeError(`Cannot set generator state: invalid mt19937 state, next must be in [0, 624], received ${next}`);
        }
        let normalValid = false;
        let normalY = 0;
        let floatValid = false;
        let floatNormal = 0;
        if (v.getInt32(5040, true) !== 0) {
            normalValid = true;
            if (state.length === STATE_SIZE)
                normalY = v.getFloat64(5024, true);
            else {
                // Legacy struct: the cached sample is rho * sin(2π x).
                const x = v.getFloat64(5016, true);
                const rho = v.getFloat64(5032, true);
                normalY = rho * sin(2.0 * Math.PI * x);
            }
        }
        if (state.length === STATE_SIZE && state[5052] !== 0) {
            floatValid = true;
            floatNormal = v.getFloat32(5048, true);
        }
        const e = this.#engine;
        e.seed = seed;
        e.mt.left = left;
        e.mt.next = next;
        // The legacy struct stores each word as 64 bits; ATen keeps the low 32.
        for (let i = 0; i < MT_N; i++)
            e.mt.words[i] = v.getUint32(24 + 8 * i, true);
        e.normalY = normalY;
        e.normalValid = normalValid;
        e.floatNormal = floatNormal;
        e.floatNormalValid = floatValid;
        return this;
    }
}
/** The engine behind a generator. Internal: kernels draw from it directly. */
export function engineOf(g) {
    return engineAccess(g);
}
/**
 * The global default generator, the counterpart of `torch.default_generator`.
 * Like torch's, it starts from a non-deterministic seed: call
 * {@linkcode manualSeed} for reproducible numbers.
 *
 * @example
 * ```ts
 * import { defaultGenerator, manualSeed } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * manualSeed(3);
 * assert.equal(defaultGenerator.initialSeed(), 3n);
 * ```
 */
export const defaultGenerator = new Generator();
defaultGenerator.seed();
/**
 * Resolve a `generator` option: the given generator, or the default one.
 * Throws a `TypeError` naming `what` for anything that is not a Generator.
 */
export function resolveGenerator(generator, what) {
    if (generator === undefined)
        return defaultGenerator;
    if (!(generator instanceof Generator)) {
        throw new TypeError(`${what}: generator must be a Generator, received ${generator === null ? "null" : typeof generator}`);
    }
    return generator;
}
