// Mutant: kaiming_uniform_ treats tanh as linear (gain 1; torch: 5/3).
// Copyright 2026 the torch-parity authors. MIT license.
import { kaimingUniformWith, mutant } from "./_mutant.ts";

export default mutant(
  "tanh gain 1",
  ["kaiming_uniform_"],
  kaimingUniformWith({ gains: { tanh: 1 } }),
);
