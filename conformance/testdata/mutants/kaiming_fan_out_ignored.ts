// Mutant: kaiming_uniform_ ignores mode (always fan_in).
// Copyright 2026 the torch-parity authors. MIT license.
import { kaimingUniformWith, mutant } from "./_mutant.ts";

export default mutant(
  "mode ignored",
  ["kaiming_uniform_"],
  kaimingUniformWith({ ignoreMode: true }),
);
