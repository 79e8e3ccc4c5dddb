// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Level-5 module requests for the TF.js adapter: a torch module spec
 * (golden/README.md "Module cases") is mapped to the Keras layer of
 * `npm:@tensorflow/tfjs@4.22.0` that denotes the same layer, built with
 * Keras' DEFAULT initializers (read from the layer's own config; only a seed
 * is added, so reruns repeat), and its weights are returned under torch's
 * state_dict names, shapes and layouts:
 *
 * | torch                      | Keras (tfjs-layers)                          | weights → state_dict                                                                   |
 * | -------------------------- | -------------------------------------------- | -------------------------------------------------------------------------------------- |
 * | `Linear(in, out, bias)`    | `dense({units: out, useBias})`               | kernel `[in, out]` → `weight [out, in]`; bias → `bias`                                 |
 * | `Conv2d(in, out, k, ...)`  | `conv2d({filters, kernelSize, strides, ...})` | kernel `[kh, kw, in, out]` → `weight [out, in, kh, kw]`; bias → `bias`                 |
 * | `Embedding(n, d)`          | `embedding({inputDim: n, outputDim: d})`     | embeddings `[n, d]` → `weight [n, d]`                                                  |
 * | `LSTM(in, h)` (1 layer)    | `lstm({units: h, recurrentActivation: "sigmoid"})` | kernel `[in, 4h]` → `weight_ih_l0 [4h, in]`; recurrent_kernel `[h, 4h]` → `weight_hh_l0 [4h, h]`; bias → `bias_ih_l0`; `bias_hh_l0` zeros |
 * | `LayerNorm(shape, eps, affine)` | `layerNormalization({axis, epsilon, center, scale})` | gamma → `weight`, beta → `bias`                                                        |
 * | `Sequential(...)`          | the layers in order (children `"0"`, `"1"`, ...) | prefixed names                                                                       |
 *
 * Keras' gate order is i, f, c, o, torch's i, f, g, o: the same blocks, so no
 * rows are permuted. Keras has one LSTM bias where torch has two that are
 * summed; `bias_hh_l0` is returned as zeros (the sum is Keras' bias).
 * tfjs' LSTM gate activation defaults to `hardSigmoid`; the adapter asks for
 * torch's `sigmoid` (no effect on weights). Numeric Conv2d padding is a
 * `zeroPadding2d` before the convolution (no weights).
 *
 * Refused (thrown, `NotImplemented`), because Keras cannot express it or the
 * adapter does not map it: float64 (tfjs has no float64), re-init steps,
 * `Custom` modules, `MultiheadAttention` (tfjs 4.22.0 exports no
 * MultiHeadAttention layer: its source tree has one under `layers/nlp`, but
 * neither `tf.layers` nor the package's bundles contain it), `groups != 1`
 * and `padding_mode != "zeros"` (no grouped or circular/replicate Conv2D),
 * `padding_idx` (Keras' `maskZero` masks index 0 but does not zero its row),
 * `max_norm`, `sparse`, `scale_grad_by_freq`, `_weight`, stacked,
 * bidirectional or projected LSTMs, LSTM dropout, and every other module
 * type except the stateless ReLU, Tanh, Sigmoid, GELU, Flatten and Dropout.
 * Otherwise validation is Keras': it builds some modules torch refuses.
 *
 * @module
 */

import * as tf from "npm:@tensorflow/tfjs@4.22.0";
import { PortRefusal } from "../process_port.ts";
import type { ModuleResult, ModuleStateEntry } from "../port.ts";

type Spec = {
  type?: unknown;
  args?: unknown[];
  kwargs?: Record<string, unknown>;
  reinit?: unknown;
};
type Layer = tf.layers.Layer;

const refuse = (message: string): never => {
  throw new PortRefusal("NotImplemented", message);
};

/** torch-style binding of positional and keyword arguments to `names`, with `defaults`. */
function bind(
  type: string,
  spec: Spec,
  names: readonly string[],
  defaults: Record<string, unknown>,
): Record<string, unknown> {
  const args = spec.args ?? [];
  const kwargs = spec.kwargs ?? {};
  if (args.length > names.length) {
    throw new PortRefusal(
      "TypeError",
      `${type} takes ${names.length} arguments, got ${args.length}`,
    );
  }
  const out: Record<string, unknown> = { device: null, dtype: null, ...defaults };
  args.forEach((v, i) => (out[names[i]] = v));
  for (const [k, v] of Object.entries(kwargs)) {
    if (!names.includes(k)) throw new PortRefusal("TypeError", `${type} got an unexpected ${k}`);
    if (names.indexOf(k) < args.length) {
      throw new PortRefusal("TypeError", `${type} got multiple values for ${k}`);
    }
    out[k] = v;
  }
  for (const n of names) {
    if (!(n in out)) throw new PortRefusal("TypeError", `${type} is missing ${n}`);
  }
  if (out.dtype !== undefined && out.dtype !== null && out.dtype !== "float32") {
    refuse(`TF.js has no float64 tensors: dtype must be float32, received ${String(out.dtype)}`);
  }
  if (out.device !== undefined && out.device !== null) refuse(`device is not mapped`);
  return out;
}

const pair = (v: unknown): [number, number] =>
  Array.isArray(v) ? [v[0] as number, v[1] as number] : [v as number, v as number];

/** Initializer classes whose values are deterministic: they take no seed. */
const CONSTANT_INITIALIZERS = new Set(["Zeros", "Ones", "Constant", "Identity"]);

/**
 * Rebuild `probe` (a layer made with Keras' defaults) from its own config
 * with a seed in every random initializer, so the defaults are kept exactly
 * and the draws repeat for a seed.
 */
function seeded(probe: Layer, nextSeed: () => number): Layer {
  const config = structuredClone(probe.getConfig()) as Record<string, unknown>;
  for (const [key, value] of Object.entries(config)) {
    if (!key.endsWith("Initializer") || value === null || typeof value !== "object") continue;
    const init = value as { className: string; config: Record<string, unknown> };
    if (!CONSTANT_INITIALIZERS.has(init.className)) init.config.seed = nextSeed();
  }
  const cls = probe.constructor as unknown as {
    fromConfig(cls: unknown, config: unknown): Layer;
  };
  return cls.fromConfig(cls, config);
}

/** A weight of `layer` by its Keras name, as a float32 tensor (caller disposes). */
function weightOf(layer: Layer, name: string): tf.Tensor {
  const w = layer.weights.find((v) => v.originalName === name);
  if (w === undefined) throw new Error(`TF.js layer has no weight ${name}`);
  return w.read();
}

/** A state entry from the tensor `make` returns (intermediate tensors are freed). */
function entry(name: string, make: () => tf.Tensor): ModuleStateEntry {
  let out: ModuleStateEntry | undefined;
  tf.tidy(() => {
    const t = make();
    out = {
      name,
      dtype: "float32",
      shape: [...t.shape],
      data: (t.dataSync() as Float32Array).slice(),
    };
  });
  return out!;
}

/** State entries of one spec, names prefixed by `prefix`. */
function build(spec: Spec, prefix: string, nextSeed: () => number): ModuleStateEntry[] {
  if (spec === null || typeof spec !== "object" || typeof spec.type !== "string") {
    throw new PortRefusal("TypeError", `spec must be a module spec, received ${String(spec)}`);
  }
  const type = spec.type;
  if (spec.reinit !== undefined) {
    refuse(`re-init steps are not mapped: the adapter measures Keras' default initializers`);
  }
  const make = (probe: Layer, inputShape: (number | null)[]) => {
    const layer = seeded(probe, nextSeed);
    layer.build(inputShape);
    return layer;
  };
  const done = (layer: Layer, out: ModuleStateEntry[]) => {
    // The layer was built, never called: Layer.dispose refuses such a layer; free its variables.
    for (const w of layer.weights) w.dispose();
    return out;
  };
  switch (type) {
    case "Linear": {
      const a = bind(type, spec, ["in_features", "out_features", "bias", "device", "dtype"], {
        bias: true,
      });
      const layer = make(
        tf.layers.dense({ units: a.out_features as number, useBias: a.bias as boolean }),
        [null, a.in_features as number],
      );
      const out = [entry(`${prefix}weight`, () => weightOf(layer, "kernel").transpose())];
      if (a.bias) out.push(entry(`${prefix}bias`, () => weightOf(layer, "bias")));
      return done(layer, out);
    }
    case "Conv2d": {
      const a = bind(type, spec, [
        "in_channels",
        "out_channels",
        "kernel_size",
        "stride",
        "padding",
        "dilation",
        "groups",
        "bias",
        "padding_mode",
        "device",
        "dtype",
      ], { stride: 1, padding: 0, dilation: 1, groups: 1, bias: true, padding_mode: "zeros" });
      if (a.groups !== 1) refuse(`TF.js Conv2D has no groups, received groups=${a.groups}`);
      if (a.padding_mode !== "zeros") {
        refuse(`TF.js Conv2D pads with zeros only, received padding_mode=${a.padding_mode}`);
      }
      const padding = a.padding === "same" ? "same" : "valid";
      if (typeof a.padding === "string" && a.padding !== "same" && a.padding !== "valid") {
        throw new PortRefusal("ValueError", `Invalid padding string ${a.padding}`);
      }
      const layer = make(
        tf.layers.conv2d({
          filters: a.out_channels as number,
          kernelSize: pair(a.kernel_size),
          strides: pair(a.stride),
          dilationRate: pair(a.dilation),
          padding,
          useBias: a.bias as boolean,
        }),
        [null, null, null, a.in_channels as number],
      );
      const out = [
        entry(`${prefix}weight`, () => weightOf(layer, "kernel").transpose([3, 2, 0, 1])),
      ];
      if (a.bias) out.push(entry(`${prefix}bias`, () => weightOf(layer, "bias")));
      return done(layer, out);
    }
    case "Embedding": {
      const a = bind(type, spec, [
        "num_embeddings",
        "embedding_dim",
        "padding_idx",
        "max_norm",
        "norm_type",
        "scale_grad_by_freq",
        "sparse",
        "_weight",
        "device",
        "dtype",
      ], {
        padding_idx: null,
        max_norm: null,
        norm_type: 2,
        scale_grad_by_freq: false,
        sparse: false,
        _weight: null,
      });
      for (const k of ["padding_idx", "max_norm", "_weight"]) {
        if (a[k] !== null) refuse(`Keras Embedding has no ${k}, received ${a[k]}`);
      }
      for (const k of ["scale_grad_by_freq", "sparse"]) {
        if (a[k] !== false) refuse(`Keras Embedding has no ${k}, received ${a[k]}`);
      }
      const layer = make(
        tf.layers.embedding({
          inputDim: a.num_embeddings as number,
          outputDim: a.embedding_dim as number,
        }),
        [null, 1],
      );
      return done(layer, [entry(`${prefix}weight`, () => weightOf(layer, "embeddings"))]);
    }
    case "LSTM": {
      const a = bind(type, spec, [
        "input_size",
        "hidden_size",
        "num_layers",
        "bias",
        "batch_first",
        "dropout",
        "bidirectional",
        "proj_size",
        "device",
        "dtype",
      ], {
        num_layers: 1,
        bias: true,
        batch_first: false,
        dropout: 0,
        bidirectional: false,
        proj_size: 0,
      });
      if (a.num_layers !== 1) refuse(`only single-layer LSTMs are mapped, got ${a.num_layers}`);
      if (a.bidirectional) refuse(`bidirectional LSTMs are not mapped`);
      if (a.proj_size !== 0) refuse(`Keras LSTM has no proj_size, received ${a.proj_size}`);
      if (a.dropout !== 0) refuse(`torch's between-layer dropout is not mapped, got ${a.dropout}`);
      const h = a.hidden_size as number;
      const layer = make(
        tf.layers.lstm({ units: h, useBias: a.bias as boolean, recurrentActivation: "sigmoid" }),
        [null, null, a.input_size as number],
      );
      const out = [
        entry(`${prefix}weight_ih_l0`, () => weightOf(layer, "kernel").transpose()),
        entry(
          `${prefix}weight_hh_l0`,
          () => weightOf(layer, "recurrent_kernel").transpose(),
        ),
      ];
      if (a.bias) {
        out.push(entry(`${prefix}bias_ih_l0`, () => weightOf(layer, "bias")));
        out.push(entry(`${prefix}bias_hh_l0`, () => tf.zeros([4 * h])));
      }
      return done(layer, out);
    }
    case "LayerNorm": {
      const a = bind(type, spec, [
        "normalized_shape",
        "eps",
        "elementwise_affine",
        "device",
        "dtype",
      ], { eps: 1e-5, elementwise_affine: true });
      const shape = Array.isArray(a.normalized_shape)
        ? a.normalized_shape as number[]
        : [a.normalized_shape as number];
      const affine = a.elementwise_affine as boolean;
      const layer = make(
        tf.layers.layerNormalization({
          axis: shape.map((_, i) => i - shape.length),
          epsilon: a.eps as number,
          center: affine,
          scale: affine,
        }),
        [null, ...shape],
      );
      const out = affine
        ? [
          entry(`${prefix}weight`, () => weightOf(layer, "gamma")),
          entry(`${prefix}bias`, () => weightOf(layer, "beta")),
        ]
        : [];
      return done(layer, out);
    }
    case "Sequential": {
      if (Object.keys(spec.kwargs ?? {}).length > 0) {
        refuse(`Sequential takes no keyword arguments`);
      }
      return (spec.args ?? []).flatMap((child, i) =>
        build(child as Spec, `${prefix}${i}.`, nextSeed)
      );
    }
    case "ReLU":
    case "Tanh":
    case "Sigmoid":
    case "GELU":
    case "Flatten":
    case "Dropout":
      // Keras' reLU, activation and flatten/dropout layers have no weights.
      return [];
    case "MultiheadAttention":
      return refuse(
        "TF.js 4.22.0 exports no MultiHeadAttention layer (tf.layers has none; its source " +
          "tree's layers/nlp/multihead_attention is not in the package's bundles)",
      );
  }
  return refuse(`the TF.js adapter does not map ${type} to a Keras layer`);
}

/**
 * Build the torch module `spec` as Keras layers with their default
 * initializers, each random initializer seeded by `nextSeed()`, and return
 * the weights as a torch state dict (names, order, shapes, layouts).
 *
 * @param spec A torch module spec (golden/README.md "Module cases").
 * @param nextSeed The seed of the next random initializer built.
 * @returns The state dict, float32, in torch's order.
 * @throws {PortRefusal} `NotImplemented` for what the mapping cannot express.
 *
 * @example
 * ```ts
 * import { tfjsModule } from "./_tfjs_module.ts";
 * import assert from "node:assert/strict";
 *
 * let seed = 1;
 * const { stateDict } = tfjsModule({ type: "Linear", args: [3, 2] }, () => seed++);
 * assert.deepEqual(stateDict.map((e) => e.name), ["weight", "bias"]);
 * assert.deepEqual(stateDict[0].shape, [2, 3]);
 * ```
 */
export function tfjsModule(spec: unknown, nextSeed: () => number): ModuleResult {
  return { stateDict: build(spec as Spec, "", nextSeed) };
}
