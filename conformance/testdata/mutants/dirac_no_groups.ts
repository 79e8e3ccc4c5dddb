// Mutant: dirac_ ignores groups (one identity across all output channels).
// Copyright 2026 the torch-parity authors. MIT license.
import { as, mutant } from "./_mutant.ts";

export default mutant("dirac_ ignores groups", ["dirac_"], (r, self) => {
  self.init!(r); // torch's refusals (dim 0 not divisible by groups) stay
  return self.init!(as(r, "dirac_", {}));
});
