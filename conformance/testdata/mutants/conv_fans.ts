// Mutant: kaiming_uniform_'s fans leave out the receptive field (fan_in = shape[1]).
// Copyright 2026 the torch-parity authors. MIT license.
import { kaimingUniformWith, mutant } from "./_mutant.ts";

export default mutant(
  "fans without the receptive field",
  ["kaiming_uniform_"],
  kaimingUniformWith({ noReceptiveField: true }),
);
