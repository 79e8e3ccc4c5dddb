// Mutant: kaiming_uniform_ does not lower-case mode ("Fan_Out" is refused; torch accepts it).
// Copyright 2026 the torch-parity authors. MIT license.
import { kaimingUniformWith, mutant } from "./_mutant.ts";

export default mutant(
  "mode not lower-cased",
  ["kaiming_uniform_"],
  kaimingUniformWith({ caseSensitiveMode: true }),
);
