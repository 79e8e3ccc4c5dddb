// Mutant: kaiming_uniform_ computes its bound in float32 arithmetic (off by an ulp or so; torch: float64).
// Copyright 2026 the torch-parity authors. MIT license.
import { as, kaimingStd, mutant } from "./_mutant.ts";

const f = Math.fround;
export default mutant("kaiming bound in float32", ["kaiming_uniform_"], (r, self) => {
  if (r.shape.includes(0)) return self.init!(r);
  const b = f(f(Math.sqrt(3)) * f(kaimingStd(r)));
  return self.init!(as(r, "uniform_", { a: -b, b }));
});
