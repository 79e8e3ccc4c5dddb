// Mutant: kaiming_normal_ on float16/bfloat16 tensors uses the gain squared (std × √2 for relu-like gains); float32/float64 are right.
// Copyright 2026 the torch-parity authors. MIT license.
import { as, kaimingStd, mutant } from "./_mutant.ts";
import { calculateGain, type Nonlinearity } from "../../../src/mod.ts";
import type { HalfInitRequest, InitRequest } from "../../port.ts";

const port = mutant("half gain²", ["kaiming_normal_", "normal_"], (r, self) => self.init!(r));
const good = port.initHalf!;

export default {
  ...port,
  ops: ["kaiming_normal_"],
  initHalf(r: HalfInitRequest) {
    if (r.op !== "kaiming_normal_" || r.shape.includes(0)) return good(r);
    const fr = r as unknown as InitRequest;
    const s = kaimingStd(fr);
    const nl = (r.args.nonlinearity ?? "leaky_relu") as Nonlinearity;
    const gain = calculateGain(
      nl,
      nl === "leaky_relu" ? (r.args.a as number | undefined) ?? 0 : undefined,
    );
    return good(as(fr, "normal_", { mean: 0, std: s * gain }) as unknown as HalfInitRequest);
  },
};
