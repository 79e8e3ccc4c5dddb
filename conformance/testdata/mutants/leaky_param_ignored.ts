// Mutant: kaiming_uniform_ ignores a (leaky_relu's slope is always 0.01).
// Copyright 2026 the torch-parity authors. MIT license.
import { kaimingUniformWith, mutant } from "./_mutant.ts";

export default mutant("a ignored", ["kaiming_uniform_"], kaimingUniformWith({ ignoreA: true }));
