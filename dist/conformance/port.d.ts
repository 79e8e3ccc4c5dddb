/**
 * The interface a port of `torch.nn.init` implements to be graded by the
 * conformance harness. A port implements any subset of the operations; the
 * harness grades what is there and reports the rest as not implemented.
 * Ports in other languages speak the JSON-lines protocol of `PROTOCOL.md`,
 * which {@linkcode processPort} and the Pyodide host turn into this interface.
 *
 * @module
 */
/** torch's in-place initializers, by their torch names. */
export type TensorOp = "uniform_" | "normal_" | "trunc_normal_" | "constant_" | "ones_" | "zeros_" | "eye_" | "dirac_" | "xavier_uniform_" | "xavier_normal_" | "kaiming_uniform_" | "kaiming_normal_" | "orthogonal_" | "sparse_";
/** torch's helper formulas. */
export type FormulaOp = "calculate_gain" | "calculate_fan_in_and_fan_out";
/** Every operation a port may implement. */
export type PortOp = TensorOp | FormulaOp;
/** All tensor ops, in torch's documentation order. *
 * @example
 * ```ts
 * import { TENSOR_OPS } from "./port.ts";
 * import assert from "node:assert/strict";
 *
 * assert.ok(TENSOR_OPS.includes("kaiming_uniform_"));
 * ```
 */
export declare const TENSOR_OPS: readonly TensorOp[];
/** Keyword arguments with torch's names and spellings. */
export type InitArgs = Record<string, number | string | boolean | null>;
/** One initializer call: fill a fresh, contiguous, zero tensor. */
export interface InitRequest {
    /** The torch name of the initializer. */
    op: TensorOp;
    /** Shape of the tensor (row-major, contiguous). */
    shape: number[];
    /** Element type. */
    dtype: "float32" | "float64";
    /** torch's keyword arguments; a missing key means torch's default. */
    args: InitArgs;
}
/**
 * A half-precision initializer call (levels 1–4): like {@linkcode InitRequest}
 * with a float16 or bfloat16 tensor; the reply is its 16-bit patterns.
 */
export interface HalfInitRequest {
    /** The torch name of the initializer. */
    op: TensorOp;
    /** Shape of the tensor (row-major, contiguous). */
    shape: number[];
    /** `"float16"` or `"bfloat16"`. */
    dtype: "float16" | "bfloat16";
    /** torch's keyword arguments; a missing key means torch's default. */
    args: InitArgs;
}
/** A CPU kernel family of PyTorch (`ATEN_CPU_CAPABILITY`). */
export type Capability = "default" | "avx2" | "avx512";
/**
 * A level-5 request: build the module `spec` (a torch-style module spec, see
 * golden/README.md "Module cases") right after `torch.manual_seed(seed)`,
 * including its re-init steps, and return its state dict.
 */
export interface ModuleRequest {
    /** The module, as JSON data (`{"type": "Linear", "args": [3, 2], "kwargs": {}}`, ...). */
    spec: unknown;
    /** The seed passed to `manual_seed` first. */
    seed: bigint;
}
/** One state_dict entry of a {@linkcode ModuleResult}, in torch's order. */
export interface ModuleStateEntry {
    /** The state_dict key, e.g. `"0.weight"`. */
    name: string;
    /** Element type. */
    dtype: "float32" | "float64" | "int64" | "float16" | "bfloat16";
    /** Shape (`[]` for a 0-d tensor). */
    shape: number[];
    /** The values, row-major; for `"float16"` / `"bfloat16"` their bit patterns. */
    data: Float32Array | Float64Array | BigInt64Array | Uint16Array;
}
/** What a port returns for a {@linkcode ModuleRequest}. */
export interface ModuleResult {
    /** The state dict, in the port's order (graded against torch's). */
    stateDict: ModuleStateEntry[];
    /** The 5056 bytes of `torch.get_rng_state()` afterwards, if the port has them (level 5 parity). */
    rngState?: Uint8Array;
}
/**
 * A port under test. Every method may be synchronous or return a promise.
 * A method throws (or rejects) to refuse a call, as torch raises.
 */
export interface Port {
    /** A name for reports. */
    readonly name: string;
    /** The operations implemented. */
    readonly ops: readonly PortOp[];
    /** The torch CPU kernel family reproduced bit for bit, if the port claims stream parity. */
    readonly capability?: Capability;
    /**
     * The torch release whose streams the port reproduces (level 4 replays that release's goldens).
     * Default: `"1.13"`.
     */
    readonly torchVersion?: "1.13" | "2.6" | "2.14";
    /** `torch.nn.init.calculate_gain(nonlinearity, param)`. */
    calculateGain?(nonlinearity: string, param: number | null): number | Promise<number>;
    /** `torch.nn.init._calculate_fan_in_and_fan_out` for a tensor of `shape`. */
    calculateFanInAndFanOut?(shape: number[]): [number, number] | Promise<[number, number]>;
    /** Run an initializer on a fresh zero tensor and return its data (row-major). */
    init?(request: InitRequest): Float32Array | Float64Array | Promise<Float32Array | Float64Array>;
    /**
     * The same on a float16 or bfloat16 tensor: return its bit patterns
     * (row-major), or throw where torch refuses the dtype (the release of
     * `torchVersion`). Optional; levels 1–3 send half requests and level 4
     * replays the half-precision golden cases only for ports that have it
     * (protocol: `hello` lists `"float16"`/`"bfloat16"` in `dtypes`); the
     * others get skipped checks.
     */
    initHalf?(request: HalfInitRequest): Uint16Array | Promise<Uint16Array>;
    /** Seed the generator the initializers draw from, like `torch.manual_seed(seed)` (level 4). */
    manualSeed?(seed: bigint): void | Promise<void>;
    /** The next `count` raw 32-bit outputs of that generator (level 4 draw counts). */
    random32?(count: number): Uint32Array | Promise<Uint32Array>;
    /**
     * Build a module after seeding and return its state dict (level 5). Throw to
     * refuse a module torch refuses. The half-precision module cases (golden tag
     * `"half"`: `dtype` `"float16"` / `"bfloat16"` in the spec) are sent only to
     * ports that take half precision (that have `initHalf`; protocol: `hello`
     * lists `"float16"` and `"bfloat16"` in `dtypes`); others skip them.
     */
    module?(request: ModuleRequest): ModuleResult | Promise<ModuleResult>;
    /** Release resources (child process, interpreter). */
    close?(): void | Promise<void>;
}
