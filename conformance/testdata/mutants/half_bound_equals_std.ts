// Mutant: kaiming_uniform_ on float16/bfloat16 tensors uses the std as its bound (off by √3); float32/float64 are right.
// Copyright 2026 the torch-parity authors. MIT license.
import { as, kaimingStd, mutant } from "./_mutant.ts";
import type { HalfInitRequest, InitRequest } from "../../port.ts";

const port = mutant(
  "half bound = std",
  ["kaiming_uniform_", "uniform_"],
  (r, self) => self.init!(r),
);
const good = port.initHalf!;

export default {
  ...port,
  ops: ["kaiming_uniform_"],
  initHalf(r: HalfInitRequest) {
    if (r.op !== "kaiming_uniform_" || r.shape.includes(0)) return good(r);
    const s = kaimingStd(r as unknown as InitRequest);
    return good(
      as(r as unknown as InitRequest, "uniform_", { a: -s, b: s }) as unknown as HalfInitRequest,
    );
  },
};
