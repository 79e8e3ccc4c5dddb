/* @ts-self-types="./tfjs.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
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
import { empty } from "../tensor.js";
import { forEachRowMajor, layoutOf } from "../_layout.js";
function describe(x) {
    if (x === null)
        return "null";
    if (Array.isArray(x))
        return `[${x.map(describe).join(", ")}]`;
    if (typeof x === "object")
        return x.constructor?.name ?? "object";
    if (typeof x === "string")
        return JSON.stringify(x);
    return String(x);
}
function checkLayout(layout, what) {
    if (layout !== "torch" && layout !== "tfjs-dense" && layout !== "tfjs-conv2d") {
        throw new RangeError(`${what}: layout must be "torch", "tfjs-dense" or "tfjs-conv2d", received ${describe(layout)}`);
    }
    return layout;
}
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
export function torchShape(shape, layout = "torch") {
    const what = "Cannot map TF.js shape to torch shape";
    if (!Array.isArray(shape)) {
        throw new TypeError(`${what}: shape must be an array, received ${describe(shape)}`);
    }
    checkLayout(layout, what);
    if (layout === "torch")
        return [...shape];
    const rank = layout === "tfjs-dense" ? 2 : 4;
    if (shape.length !== rank) {
        throw new TypeError(`${what}: layout ${JSON.stringify(layout)} needs a shape of rank ${rank}, received ${describe(shape)}`);
    }
    if (layout === "tfjs-dense")
        return [shape[1], shape[0]];
    return [shape[3], shape[2], shape[0], shape[1]];
}
/**
 * Build the torch-shaped weight for `tfShape`, run `init` on it and return
 * its values in TF.js's row-major order for `layout`.
 */
function fillTfjsValues(tfShape, init, layout, dtype, what) {
    if (typeof init !== "function") {
        throw new TypeError(`${what}: options.init must be a function, received ${describe(init)}`);
    }
    if (dtype !== "float32") {
        if (dtype === "float64") {
            throw new RangeError(`${what}: TF.js has no float64 tensors, dtype must be "float32", received "float64"`);
        }
        throw new TypeError(`${what}: dtype must be "float32", received ${describe(dtype)}`);
    }
    const lay = checkLayout(layout, what);
    const shape = torchShape(tfShape, lay);
    const weight = empty(shape, { dtype: "float32" });
    const result = init(weight);
    const filled = layoutOf(result, `${what}: options.init returned an invalid tensor`);
    if (filled.dtype !== "float32") {
        throw new TypeError(`${what}: options.init must return a float32 tensor, received ${filled.dtype}`);
    }
    if (filled.shape.length !== shape.length || filled.shape.some((s, i) => s !== shape[i])) {
        throw new TypeError(`${what}: options.init must return a tensor of shape ${describe(shape)}, received ${describe(filled.shape)}`);
    }
    // Walk the TF.js tensor in row-major order; read the torch element it maps to.
    const { data, strides, offset, numel } = filled;
    const out = new Float32Array(numel);
    if (numel === 0)
        return out;
    if (lay === "torch") {
        forEachRowMajor(filled, (p, k) => (out[k] = data[p]));
    }
    else if (lay === "tfjs-dense") {
        const [nIn, nOut] = tfShape;
        const [so, si] = strides;
        let k = 0;
        for (let i = 0; i < nIn; i++) {
            for (let o = 0; o < nOut; o++)
                out[k++] = data[offset + o * so + i * si];
        }
    }
    else {
        const [kh, kw, nIn, nOut] = tfShape;
        const [so, si, sh, sw] = strides;
        let k = 0;
        for (let h = 0; h < kh; h++) {
            for (let w = 0; w < kw; w++) {
                for (let i = 0; i < nIn; i++) {
                    const base = offset + h * sh + w * sw + i * si;
                    for (let o = 0; o < nOut; o++)
                        out[k++] = data[base + o * so];
                }
            }
        }
    }
    return out;
}
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
export function torchInit(tf, shape, options) {
    const what = "Cannot create TF.js tensor with torch initialisation";
    if (tf === null || typeof tf !== "object" && typeof tf !== "function") {
        throw new TypeError(`${what}: tf must be the TF.js namespace, received ${describe(tf)}`);
    }
    if (typeof tf.tensor !== "function") {
        throw new TypeError(`${what}: tf.tensor must be a function, received ${describe(tf.tensor)}`);
    }
    if (options === null || typeof options !== "object") {
        throw new TypeError(`${what}: options must be an object, received ${describe(options)}`);
    }
    const values = fillTfjsValues(shape, options.init, options.layout ?? "torch", options.dtype ?? "float32", what);
    return tf.tensor(values, [...shape], "float32");
}
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
export function assignTorchInit(tf, variable, options) {
    const what = "Cannot assign torch initialisation to TF.js variable";
    if (variable === null || typeof variable !== "object") {
        throw new TypeError(`${what}: variable must be a tf.Variable, received ${describe(variable)}`);
    }
    if (typeof variable.assign !== "function" || !Array.isArray(variable.shape)) {
        throw new TypeError(`${what}: variable must be a tf.Variable with shape and assign, received ${describe(variable)}`);
    }
    if (variable.dtype !== "float32") {
        throw new TypeError(`${what}: variable.dtype must be "float32", received ${describe(variable.dtype)}`);
    }
    const value = torchInit(tf, variable.shape, {
        init: options?.init,
        layout: options?.layout,
        dtype: "float32",
    });
    try {
        variable.assign(value);
    }
    finally {
        value.dispose();
    }
    return variable;
}
