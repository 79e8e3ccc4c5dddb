// Mutant: kaiming_uniform_'s bound is the std (off by √3).
// Copyright 2026 the torch-parity authors. MIT license.
import { as, kaimingStd, mutant } from "./_mutant.ts";

export default mutant("bound = std", ["kaiming_uniform_"], (r, self) => {
  if (r.shape.includes(0)) return self.init!(r);
  const s = kaimingStd(r);
  return self.init!(as(r, "uniform_", { a: -s, b: s }));
});
