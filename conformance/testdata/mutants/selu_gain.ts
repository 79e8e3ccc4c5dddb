// Mutant: kaiming_normal_ takes selu's gain as 1 (torch: 3/4).
// Copyright 2026 the torch-parity authors. MIT license.
import { kaimingNormalWith, mutant } from "./_mutant.ts";

export default mutant(
  "selu gain 1",
  ["kaiming_normal_"],
  kaimingNormalWith({ gains: { selu: 1 } }),
);
