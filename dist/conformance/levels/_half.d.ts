/**
 * Half precision (float16, bfloat16) at levels 1–3, for ports that take half
 * requests (`Port.initHalf`; protocol: `hello` lists both in `dtypes`); the
 * others get one skipped check per level. What torch refuses in half depends
 * on the release the port reproduces (`torch` in `hello`, default 1.13):
 * 1.13 refuses `trunc_normal_` on float16 (after its `uniform_` draws) and
 * `eye_` on bfloat16 (drawing nothing); every release refuses `orthogonal_`
 * (after drawing its `normal_` buffer) and values beyond the dtype's range.
 * A refusal's effect on the generator is checked against the port itself:
 * after the refused call the next raw words must be those after the draws
 * torch makes before refusing (an equivalent accepted call, or none).
 *
 * @module
 */
import type { HalfInitRequest, Port, TensorOp } from "../port.js";
import { type LevelContext, type Outcome } from "./_common.js";
/** The two half dtypes. */
export declare const HALF_DTYPES: readonly ["float16", "bfloat16"];
/** A half dtype. */
export type HalfDType = typeof HALF_DTYPES[number];
/** Whether the port takes half requests; if not, record one skipped check for `level`. */
export declare function halfApplies(ctx: LevelContext, level: 1 | 2 | 3): boolean;
/** The torch release whose half refusals the port must reproduce. */
export declare function releaseOf(ctx: LevelContext): "1.13" | "2.6" | "2.14";
/** Whether `release` refuses `op` on `dtype` (beyond invalid arguments). */
export declare function refusesHalf(release: string, op: TensorOp, dtype: HalfDType): boolean;
/**
 * The half requests levels 1 and 3 sample: per dtype the core laws on two shapes (fewer values
 * than the float requests: half outputs are tested with a discretisation allowance, so large
 * samples buy little), plus Kaiming modes and nonlinearities, `sparse_` and `trunc_normal_`
 * with far bounds, alternating dtypes; without what `release` refuses.
 */
export declare function halfSamplingRequests(release: string): HalfInitRequest[];
/** Decode a port's half reply (bit patterns) to numbers. */
export declare function halfValues(bits: Uint16Array, dtype: HalfDType): Float64Array;
/** Seed the port (when it can be seeded) and run the half `request`. */
export declare function initHalfSeeded(port: Port, request: HalfInitRequest, seed: bigint | null): Promise<Outcome<Uint16Array>>;
/** A half refusal case: the request, and the accepted call that draws what torch draws first. */
export interface HalfRefusal {
    request: HalfInitRequest;
    /** torch's reason, for the check's name. */
    why: string;
    /** The call whose draws the refused one must match (null: nothing drawn). */
    draws: HalfInitRequest | null;
}
/** The half refusals level 1 (random-law ops) or level 2 (structural ops) checks. */
export declare function halfRefusals(release: string, level: 1 | 2): HalfRefusal[];
/**
 * Check the refusals of `cases`: each must be refused, and where the port can be seeded and
 * report raw words, leave its generator where the equivalent accepted call (or no call) does.
 */
export declare function checkHalfRefusals(ctx: LevelContext, level: 1 | 2, cases: HalfRefusal[]): Promise<void>;
/** The bits torch stores for `value` in `dtype`. */
export declare function halfBitsOf(value: number, dtype: HalfDType): number;
