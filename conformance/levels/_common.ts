// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Helpers shared by the level implementations.
 *
 * @module
 */

import type { Check, Level } from "../report.ts";
import type { InitArgs, InitRequest, Port, PortOp, TensorOp } from "../port.ts";
import { PortFailure } from "../process_port.ts";
import { calculateFanInAndFanOut, calculateGain, type Nonlinearity } from "../../src/mod.ts";
import type { Law as StatsLaw } from "../stats/law_types.ts";

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
export type Outcome<T> =
  | { kind: "value"; value: T }
  | { kind: "refused"; error: unknown }
  | { kind: "failure"; error: PortFailure | Error };

/** Call the port; separate a refusal (an exception the port raised) from a protocol failure. */
export async function ask<T>(fn: () => T | Promise<T>): Promise<Outcome<T>> {
  try {
    return { kind: "value", value: await fn() };
  } catch (e) {
    if (e instanceof PortFailure) return { kind: "failure", error: e };
    return { kind: "refused", error: e };
  }
}

/** Whether the port implements `op`. */
export function has(port: Port, op: PortOp): boolean {
  return port.ops.includes(op);
}

/** A short text for a request, for check names. */
export function describe(
  r: Pick<InitRequest, "op" | "shape" | "args"> & { dtype: string },
): string {
  const args = Object.entries(r.args).map(([k, v]) =>
    `${k}=${typeof v === "number" ? +v.toPrecision(6) : v}`
  );
  return `${r.op} [${r.shape.join(",")}] ${r.dtype}${args.length ? ` ${args.join(" ")}` : ""}`;
}

/** Seed the port (when it can be seeded) and run `request`. */
export async function initSeeded(
  port: Port,
  request: InitRequest,
  seed: bigint,
): Promise<Outcome<Float32Array | Float64Array>> {
  if (port.manualSeed) {
    const s = await ask(() => port.manualSeed!(seed));
    if (s.kind === "failure") return s;
  }
  const out = await ask(() => port.init!(request));
  if (out.kind === "value") {
    const n = request.shape.reduce((a, b) => a * b, 1);
    const want = request.dtype === "float32" ? Float32Array : Float64Array;
    if (!(out.value instanceof want) || out.value.length !== n) {
      return {
        kind: "failure",
        error: new PortFailure(
          "protocol",
          `returned ${out.value?.constructor?.name} of length ${out.value?.length}, expected ${want.name} of ${n}`,
        ),
      };
    }
  }
  return out;
}

/** Turn an unexpected outcome into a check (refusal of a valid call = fail, failure = error). */
export function outcomeCheck(
  level: Level,
  op: string,
  name: string,
  outcome: Outcome<unknown>,
): Check | null {
  if (outcome.kind === "value") return null;
  if (outcome.kind === "failure") {
    return { level, op, name, status: "error", detail: `port failure: ${outcome.error.message}` };
  }
  return {
    level,
    op,
    name,
    status: "fail",
    detail: `refused a valid call: ${String(outcome.error)}`,
  };
}

/** The law an initializer's output should follow, from torch's formulas. */
export type Law =
  | { kind: "uniform"; lo: number; hi: number }
  | { kind: "normal"; mean: number; std: number }
  | { kind: "truncnormal"; mean: number; std: number; a: number; b: number };

/** The law implied by torch's formulas for a random initializer request (null if none). */
export function lawOf(r: Pick<InitRequest, "op" | "shape" | "args">): Law | null {
  const args: InitArgs = r.args;
  const num = (k: string, d: number) => (typeof args[k] === "number" ? (args[k] as number) : d);
  const fans = () => calculateFanInAndFanOut({ shape: r.shape });
  const kaimingStd = () => {
    const [fi, fo] = fans();
    const mode = String(args.mode ?? "fan_in").toLowerCase();
    const gain = calculateGain((args.nonlinearity ?? "leaky_relu") as Nonlinearity, num("a", 0));
    return gain / Math.sqrt(mode === "fan_in" ? fi : fo);
  };
  const xavierStd = () => {
    const [fi, fo] = fans();
    return num("gain", 1) * Math.sqrt(2.0 / (fi + fo));
  };
  switch (r.op as TensorOp) {
    case "uniform_":
      return { kind: "uniform", lo: num("a", 0), hi: num("b", 1) };
    case "normal_":
      return { kind: "normal", mean: num("mean", 0), std: num("std", 1) };
    case "trunc_normal_":
      return {
        kind: "truncnormal",
        mean: num("mean", 0),
        std: num("std", 1),
        a: num("a", -2),
        b: num("b", 2),
      };
    case "xavier_uniform_": {
      const a = Math.sqrt(3.0) * xavierStd();
      return { kind: "uniform", lo: -a, hi: a };
    }
    case "xavier_normal_":
      return { kind: "normal", mean: 0, std: xavierStd() };
    case "kaiming_uniform_": {
      const b = Math.sqrt(3.0) * kaimingStd();
      return { kind: "uniform", lo: -b, hi: b };
    }
    case "kaiming_normal_":
      return { kind: "normal", mean: 0, std: kaimingStd() };
    case "sparse_":
      // The entries left non-zero are normal_(0, std) draws (the zeroed rows come from randperm).
      return { kind: "normal", mean: 0, std: num("std", 0.01) };
  }
  return null;
}

/**
 * The values of an output that follow {@linkcode lawOf}: all of them, or for `sparse_` the
 * non-zero ones (which positions are zeroed does not depend on the values).
 */
export function lawSample<T extends Float32Array | Float64Array>(
  r: Pick<InitRequest, "op">,
  data: T,
): T {
  return r.op === "sparse_" ? data.filter((x) => x !== 0) as T : data;
}

/** The same law in the statistics module's terms. */
export function statsLawOf(law: Law): StatsLaw {
  if (law.kind === "uniform") return { kind: "uniform", a: law.lo, b: law.hi };
  if (law.kind === "normal") return { kind: "normal", mean: law.mean, std: law.std };
  return { kind: "truncNormal", mean: law.mean, std: law.std, a: law.a, b: law.b };
}
