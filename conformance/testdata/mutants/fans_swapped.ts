// Mutant: kaiming_uniform_ takes fan_out for fan_in and fan_in for fan_out.
// Copyright 2026 the torch-parity authors. MIT license.
import { kaimingUniformWith, mutant } from "./_mutant.ts";

export default mutant("fans swapped", ["kaiming_uniform_"], kaimingUniformWith({ swapFans: true }));
