/**
 * PyTorch's initialisation for TensorFlow.js weights. Run one of this
 * library's initializers on a torch-shaped tensor and get the values back as
 * a TF.js tensor, or assign them into a `tf.Variable`, laid out the way TF.js
 * layers expect.
 *
 * The adapter does not import TF.js: pass your `tf` namespace (anything with
 * `tf.tensor(values, shape, dtype)`, such as `npm:@tensorflow/tfjs@4.22.0` or
 * `@tensorflow/tfjs-node`) as the first argument. The types below are
 * structural, so this module adds no dependency and works with any backend.
 *
 * ## Layouts
 *
 * | `layout` | shape you pass (TF.js) | torch weight filled | element mapping |
 * | --- | --- | --- | --- |
 * | `"torch"` | `S` | `S` | `tf[...i] = torch[...i]` |
 * | `"tfjs-dense"` | `[in, out]` | `[out, in]` | `tf[i][o] = torch[o][i]` |
 * | `"tfjs-conv2d"` | `[kh, kw, in, out]` | `[out, in, kh, kw]` | `tf[h][w][i][o] = torch[o][i][h][w]` |
 *
 * With a TF.js layout, the initializer sees the torch-shaped weight, so fans
 * and random draws are exactly those of torch for that weight; the values are
 * then transposed into TF.js's order without rounding. Depthwise kernels
 * (`[kh, kw, in, multiplier]`) have no layout here.
 *
 * **dtype.** TF.js has no float64 tensors, so only `"float32"` is accepted.
 *
 * @example An nn.Linear(30, 20) weight as a TF.js dense kernel
 * ```ts
 * import * as tf from "npm:@tensorflow/tfjs@4.22.0";
 * import { empty, Generator, kaimingUniform, type Tensor } from "../mod.ts";
 * import { torchInit } from "./tfjs.ts";
 * import assert from "node:assert/strict";
 *
 * const init = (t: Tensor) =>
 *   kaimingUniform(t, { a: Math.sqrt(5), generator: new Generator().manualSeed(0) });
 * const kernel = torchInit(tf, [30, 20], { init, layout: "tfjs-dense" });
 * const torchWeight = init(empty([20, 30]));
 * const values = kernel.dataSync();
 * assert.equal(values[1 * 20 + 7], torchWeight.data[7 * 30 + 1]); // tf[1][7] == torch[7][1]
 * kernel.dispose();
 * ```
 *
 * @module
 */
import { type Tensor } from "../tensor.js";
export type { Tensor } from "../tensor.js";
/** How a TF.js shape maps to a torch weight shape; see the module doc. */
export type TfjsLayout = "torch" | "tfjs-dense" | "tfjs-conv2d";
/**
 * The part of the TF.js namespace this adapter uses: `tf.tensor`. `T` is the
 * TF.js tensor type (`tf.Tensor`).
 */
export interface TfjsNamespace<T> {
    /** `tf.tensor(values, shape, dtype)`. */
    tensor(values: Float32Array, shape: number[], dtype: "float32"): T;
}
/** The part of a `tf.Variable` this adapter uses. `T` is the TF.js tensor type. */
export interface TfjsVariable<T> {
    /** The variable's shape, in TF.js's layout. */
    readonly shape: readonly number[];
    /** The variable's dtype; must be `"float32"`. */
    readonly dtype: string;
    /** `variable.assign(value)`. */
    assign(value: T): void;
}
/** Options for {@linkcode torchInit}. */
export interface TorchInitOptions {
    /**
     * The initializer to run on the torch-shaped weight, for example
     * `(t) => kaimingUniform(t, { a: Math.sqrt(5) })`. It receives a contiguous
     * float32 tensor and returns the filled tensor (usually the same one).
     */
    init: (tensor: Tensor) => Tensor;
    /** How the shape you pass maps to torch's weight shape. Default: `"torch"`. */
    layout?: TfjsLayout;
    /** Element type. TF.js supports `"float32"` only. Default: `"float32"`. */
    dtype?: string;
}
/** Options for {@linkcode assignTorchInit}. */
export type AssignTorchInitOptions = Omit<TorchInitOptions, "dtype">;
/**
 * The torch weight shape whose values land in a TF.js tensor of shape `shape`
 * under `layout`: `[in, out]` → `[out, in]` for `"tfjs-dense"`,
 * `[kh, kw, in, out]` → `[out, in, kh, kw]` for `"tfjs-conv2d"`, unchanged for
 * `"torch"`.
 *
 * @param shape The TF.js shape.
 * @param layout The layout. Default: `"torch"`.
 * @returns The torch shape, a new array.
 * @throws {TypeError} If `shape` is not an array, or its rank does not suit `layout` (2 for dense, 4 for conv2d).
 * @throws {RangeError} If `layout` is unknown.
 *
 * @example A conv2d kernel
 * ```ts
 * import { torchShape } from "./tfjs.ts";
 * import assert from "node:assert/strict";
 *
 * assert.deepEqual(torchShape([3, 5, 4, 8], "tfjs-conv2d"), [8, 4, 3, 5]);
 * assert.deepEqual(torchShape([30, 20], "tfjs-dense"), [20, 30]);
 * ```
 */
export declare function torchShape(shape: readonly number[], layout?: TfjsLayout): number[];
/**
 * Create a TF.js tensor of shape `shape` holding PyTorch's initial values:
 * `options.init` runs on the torch-shaped weight (see {@linkcode torchShape}),
 * bit for bit as in torch, and the result is transposed into TF.js's layout.
 * The caller owns (and disposes) the returned tensor.
 *
 * @param tf The TF.js namespace (only `tf.tensor` is used).
 * @param shape The shape of the TF.js tensor, in TF.js's layout.
 * @param options `init`, `layout` and `dtype`.
 * @returns A new float32 TF.js tensor of shape `shape`.
 * @throws {TypeError} If `init` is not a function or returns a tensor of the wrong shape or dtype, or `shape`'s rank does not suit `layout`.
 * @throws {RangeError} If `dtype` is `"float64"` (TF.js has no float64), `layout` is unknown, or `shape` has a negative or fractional size.
 *
 * @example A Conv2d(4, 8, 3) weight as a TF.js conv2d kernel
 * ```ts
 * import * as tf from "npm:@tensorflow/tfjs@4.22.0";
 * import { empty, Generator, kaimingUniform, type Tensor } from "../mod.ts";
 * import { torchInit } from "./tfjs.ts";
 * import assert from "node:assert/strict";
 *
 * const init = (t: Tensor) =>
 *   kaimingUniform(t, { a: Math.sqrt(5), generator: new Generator().manualSeed(0) });
 * const kernel = torchInit(tf, [3, 3, 4, 8], { init, layout: "tfjs-conv2d" });
 * assert.deepEqual(kernel.shape, [3, 3, 4, 8]);
 * const torchWeight = init(empty([8, 4, 3, 3])); // [out, in, kh, kw]
 * const tfValues = kernel.arraySync() as number[][][][];
 * assert.equal(tfValues[2][1][3][5], torchWeight.data[((5 * 4 + 3) * 3 + 2) * 3 + 1]);
 * kernel.dispose();
 * ```
 */
export declare function torchInit<T>(tf: TfjsNamespace<T>, shape: readonly number[], options: TorchInitOptions): T;
/**
 * Assign PyTorch's initial values to a float32 `tf.Variable`, in place:
 * the same values {@linkcode torchInit} would create for `variable.shape`.
 * The temporary tensor is disposed after the assignment.
 *
 * @param tf The TF.js namespace (only `tf.tensor` is used).
 * @param variable A float32 `tf.Variable` whose shape is in TF.js's layout.
 * @param options `init` and `layout`.
 * @returns `variable`, assigned.
 * @throws {TypeError} If `variable` is not a float32 variable, `init` is not a function or returns a tensor of the wrong shape, or the variable's rank does not suit `layout`.
 * @throws {RangeError} If `layout` is unknown.
 *
 * @example Initialise a dense kernel variable like torch's nn.Linear(30, 20)
 * ```ts
 * import * as tf from "npm:@tensorflow/tfjs@4.22.0";
 * import { empty, Generator, kaimingUniform, type Tensor } from "../mod.ts";
 * import { assignTorchInit } from "./tfjs.ts";
 * import assert from "node:assert/strict";
 *
 * const init = (t: Tensor) =>
 *   kaimingUniform(t, { a: Math.sqrt(5), generator: new Generator().manualSeed(0) });
 * const kernel = tf.variable(tf.zeros([30, 20]));
 * assignTorchInit(tf, kernel, { init, layout: "tfjs-dense" });
 * const torchWeight = init(empty([20, 30]));
 * assert.equal(kernel.dataSync()[0 * 20 + 3], torchWeight.data[3 * 30 + 0]);
 * kernel.dispose();
 * ```
 */
export declare function assignTorchInit<T extends {
    dispose(): void;
}, V extends TfjsVariable<T>>(tf: TfjsNamespace<T>, variable: V, options: AssignTorchInitOptions): V;
