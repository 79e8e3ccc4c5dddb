// Mutant: kaiming_normal_ draws a uniform law of the same variance.
// Copyright 2026 the torch-parity authors. MIT license.
import { as, kaimingStd, mutant } from "./_mutant.ts";

export default mutant("kaiming_normal_ as a uniform law", ["kaiming_normal_"], (r, self) => {
  if (r.shape.includes(0)) return self.init!(r);
  const b = Math.sqrt(3) * kaimingStd(r);
  return self.init!(as(r, "uniform_", { a: -b, b }));
});
