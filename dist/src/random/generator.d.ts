/**
 * A CPU random number generator with PyTorch's exact semantics: seeding,
 * state bytes and the cached normal sample of `at::CPUGeneratorImpl`.
 *
 * @module
 */
import { type MtState } from "./_mt19937.js";
/** Size in bytes of `torch.Generator.get_state()` on 64-bit platforms. */
export declare const STATE_SIZE = 5056;
/** Size of the legacy TH state struct that torch 1.x `set_state` also accepts. */
export declare const LEGACY_STATE_SIZE = 5048;
/** Everything a kernel needs from a generator. Internal. */
export interface Engine {
    readonly mt: MtState;
    seed: bigint;
    /** The cached double normal sample (`next_double_normal_sample_`). */
    normalY: number;
    normalValid: boolean;
    /** The cached float normal sample; only ever round-tripped through state bytes. */
    floatNormal: number;
    floatNormalValid: boolean;
}
/**
 * Convert a seed the way `torch.Generator.manual_seed` does: any integer in
 * [-2^63, 2^64 - 1]; negative values wrap to `2^64 + seed`.
 */
export declare function toSeed64(seed: unknown, what: string): bigint;
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
export declare class Generator {
    #private;
    /** Create a generator seeded like `torch.Generator()` (seed 67280421310721). */
    constructor();
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
    manualSeed(seed: number | bigint): this;
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
    initialSeed(): bigint;
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
    seed(): bigint;
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
    getState(): Uint8Array;
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
    setState(state: Uint8Array): this;
}
/** The engine behind a generator. Internal: kernels draw from it directly. */
export declare function engineOf(g: Generator): Engine;
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
export declare const defaultGenerator: Generator;
/**
 * Resolve a `generator` option: the given generator, or the default one.
 * Throws a `TypeError` naming `what` for anything that is not a Generator.
 */
export declare function resolveGenerator(generator: unknown, what: string): Generator;
