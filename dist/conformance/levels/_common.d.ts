/**
 * Helpers shared by the level implementations.
 *
 * @module
 */
import type { Check, Level } from "../report.js";
import type { InitRequest, Port, PortOp } from "../port.js";
import { PortFailure } from "../process_port.js";
import type { Law as StatsLaw } from "../stats/law_types.js";
/** What a level runner gets. */
export interface LevelContext {
    port: Port;
    /** Record a check. */
    add(check: Check): void;
    /** Report progress (a line of text). */
    progress(message: string): void;
    /** The torch release whose behaviour is expected (half refusals); default: the port's, else 1.13. */
    torchVersion?: "1.13" | "2.6" | "2.14";
}
/** The outcome of asking the port something. */
export type Outcome<T> = {
    kind: "value";
    value: T;
} | {
    kind: "refused";
    error: unknown;
} | {
    kind: "failure";
    error: PortFailure | Error;
};
/** Call the port; separate a refusal (an exception the port raised) from a protocol failure. */
export declare function ask<T>(fn: () => T | Promise<T>): Promise<Outcome<T>>;
/** Whether the port implements `op`. */
export declare function has(port: Port, op: PortOp): boolean;
/** A short text for a request, for check names. */
export declare function describe(r: Pick<InitRequest, "op" | "shape" | "args"> & {
    dtype: string;
}): string;
/** Seed the port (when it can be seeded) and run `request`. */
export declare function initSeeded(port: Port, request: InitRequest, seed: bigint): Promise<Outcome<Float32Array | Float64Array>>;
/** Turn an unexpected outcome into a check (refusal of a valid call = fail, failure = error). */
export declare function outcomeCheck(level: Level, op: string, name: string, outcome: Outcome<unknown>): Check | null;
/** The law an initializer's output should follow, from torch's formulas. */
export type Law = {
    kind: "uniform";
    lo: number;
    hi: number;
} | {
    kind: "normal";
    mean: number;
    std: number;
} | {
    kind: "truncnormal";
    mean: number;
    std: number;
    a: number;
    b: number;
};
/** The law implied by torch's formulas for a random initializer request (null if none). */
export declare function lawOf(r: Pick<InitRequest, "op" | "shape" | "args">): Law | null;
/**
 * The values of an output that follow {@linkcode lawOf}: all of them, or for `sparse_` the
 * non-zero ones (which positions are zeroed does not depend on the values).
 */
export declare function lawSample<T extends Float32Array | Float64Array>(r: Pick<InitRequest, "op">, data: T): T;
/** The same law in the statistics module's terms. */
export declare function statsLawOf(law: Law): StatsLaw;
