// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Helpers for the mutant ports: this library's own port with one change,
 * exposing only the ops named (so each grading run stays short), on a
 * generator of its own.
 *
 * @module
 */

import {
  calculateFanInAndFanOut,
  calculateGain,
  Generator,
  type Nonlinearity,
} from "../../../src/mod.ts";
import type { InitRequest, Port, PortOp } from "../../port.ts";
import { selfPort } from "../../self_port.ts";

/** What a mutant's init sees: the request and the unbroken port (same generator). */
export type MutantInit = (
  request: InitRequest,
  self: Port,
) => Float32Array | Float64Array | Promise<Float32Array | Float64Array>;

/**
 * This library's port (capability avx2) restricted to `ops`, with `init` replaced by `init`
 * and any other member by `overrides`.
 */
export function mutant(
  name: string,
  ops: PortOp[],
  init: MutantInit,
  overrides: Partial<Port> = {},
): Port {
  const self = selfPort("avx2", new Generator());
  return {
    ...self,
    name: `mutant: ${name}`,
    ops,
    init: (r) => init(r, self),
    ...overrides,
  };
}

/** A request for `op` with `args`, keeping shape and dtype. */
export function as(r: InitRequest, op: InitRequest["op"], args: InitRequest["args"]): InitRequest {
  return { ...r, op, args };
}

/** Options of {@linkcode kaimingStd}: the one deviation a mutant makes. */
export interface KaimingBug {
  /** Use fan_out for fan_in and back. */
  swapFans?: boolean;
  /** The slope used when `a` is omitted (torch: 0). */
  defaultSlope?: number;
  /** Ignore `a` (the gain's slope is always `defaultSlope ?? 0.01`). */
  ignoreA?: boolean;
  /** Ignore `mode` (always fan_in). */
  ignoreMode?: boolean;
  /** Do not lower-case the mode. */
  caseSensitiveMode?: boolean;
  /** Fans without the receptive field (shape[1], shape[0]). */
  noReceptiveField?: boolean;
  /** Replace the gain of some nonlinearities. */
  gains?: Partial<Record<Nonlinearity, number>>;
}

/** torch's Kaiming std for `r`, with one deviation; refuses what torch refuses. */
export function kaimingStd(r: InitRequest, bug: KaimingBug = {}): number {
  const raw = r.args.mode ?? "fan_in";
  if (typeof raw !== "string") throw new TypeError(`mode must be a string, received ${raw}`);
  let mode = bug.caseSensitiveMode ? raw : raw.toLowerCase();
  if (mode !== "fan_in" && mode !== "fan_out") throw new RangeError(`Mode ${mode} not supported`);
  if (bug.ignoreMode) mode = "fan_in";
  if (bug.swapFans) mode = mode === "fan_in" ? "fan_out" : "fan_in";
  let [fanIn, fanOut] = calculateFanInAndFanOut({ shape: r.shape });
  if (bug.noReceptiveField) [fanIn, fanOut] = [r.shape[1], r.shape[0]];
  const nl = (r.args.nonlinearity ?? "leaky_relu") as Nonlinearity;
  const a = r.args.a ?? undefined;
  let gain = calculateGain(nl, bug.ignoreA ? undefined : (a as number | undefined) ?? 0);
  if (bug.ignoreA && nl === "leaky_relu") gain = calculateGain(nl, bug.defaultSlope ?? 0.01);
  else if (a === undefined && nl === "leaky_relu" && bug.defaultSlope !== undefined) {
    gain = calculateGain(nl, bug.defaultSlope);
  }
  gain = bug.gains?.[nl] ?? gain;
  return gain / Math.sqrt(mode === "fan_in" ? fanIn : fanOut);
}

/** kaiming_uniform_ with `bug`, as torch draws it: uniform_(-bound, bound). */
export function kaimingUniformWith(bug: KaimingBug): MutantInit {
  return (r, self) => {
    if (r.shape.includes(0)) return self.init!(r);
    const b = Math.sqrt(3) * kaimingStd(r, bug);
    return self.init!(as(r, "uniform_", { a: -b, b }));
  };
}

/** kaiming_normal_ with `bug`, as torch draws it: normal_(0, std). */
export function kaimingNormalWith(bug: KaimingBug): MutantInit {
  return (r, self) => {
    if (r.shape.includes(0)) return self.init!(r);
    return self.init!(as(r, "normal_", { mean: 0, std: kaimingStd(r, bug) }));
  };
}

/** A typed array of `dtype` holding `values` (rounded to float32 if so). */
export function ofDtype(
  dtype: "float32" | "float64",
  values: ArrayLike<number>,
): Float32Array | Float64Array {
  return dtype === "float32" ? Float32Array.from(values) : Float64Array.from(values);
}
