// Mutant: kaiming_uniform_'s leaky_relu slope defaults to 0.01 instead of kaiming's a = 0.
// Copyright 2026 the torch-parity authors. MIT license.
import { kaimingUniformWith, mutant } from "./_mutant.ts";

export default mutant(
  "slope 0.01",
  ["kaiming_uniform_"],
  kaimingUniformWith({ defaultSlope: 0.01 }),
);
