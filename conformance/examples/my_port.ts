// Copyright 2026 the torch-parity authors. MIT license.
/**
 * A TypeScript port for `src/cli/mod.ts --port`, to copy and adapt: a
 * module whose default export is a {@linkcode Port}. This one wraps this
 * library's public API for a few operations (the two formulas, `uniform_`,
 * `normal_`, `kaiming_uniform_`, `xavier_uniform_`, `eye_`, `constant_`) and
 * claims no stream parity (no `capability`), so levels 1 to 3 apply and level
 * 4 reports it as not applicable. Replace the calls with your port's.
 *
 * @example
 * ```ts
 * import port from "./my_port.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(await port.calculateGain!("relu", null), Math.SQRT2);
 * const eye = await port.init!({ op: "eye_", shape: [2, 2], dtype: "float32", args: {} });
 * assert.deepEqual(Array.from(eye), [1, 0, 0, 1]);
 * ```
 *
 * @module
 */

import {
  calculateFanInAndFanOut,
  calculateGain,
  constant,
  empty,
  eye,
  type FanMode,
  kaimingUniform,
  type Nonlinearity,
  normal,
  uniform,
  xavierUniform,
} from "../../src/mod.ts";
import type { InitArgs, Port } from "../port.ts";

const num = (args: InitArgs, key: string) => args[key] as number | undefined;

const port: Port = {
  name: "my_port (torch-parity's public API)",
  ops: [
    "calculate_gain",
    "calculate_fan_in_and_fan_out",
    "uniform_",
    "normal_",
    "kaiming_uniform_",
    "xavier_uniform_",
    "eye_",
    "constant_",
  ],
  calculateGain: (nonlinearity, param) => calculateGain(nonlinearity as Nonlinearity, param),
  calculateFanInAndFanOut: (shape) => calculateFanInAndFanOut({ shape }),
  init({ op, shape, dtype, args }) {
    const t = empty(shape, { dtype });
    switch (op) {
      case "uniform_":
        uniform(t, { a: num(args, "a"), b: num(args, "b") });
        break;
      case "normal_":
        normal(t, { mean: num(args, "mean"), std: num(args, "std") });
        break;
      case "kaiming_uniform_":
        kaimingUniform(t, {
          a: num(args, "a"),
          mode: args.mode as FanMode | undefined,
          nonlinearity: args.nonlinearity as Nonlinearity | undefined,
        });
        break;
      case "xavier_uniform_":
        xavierUniform(t, { gain: num(args, "gain") });
        break;
      case "eye_":
        eye(t);
        break;
      case "constant_":
        constant(t, num(args, "val") as number);
        break;
      default:
        throw new TypeError(`Unsupported op ${op}`);
    }
    return t.data;
  },
};

export default port;
