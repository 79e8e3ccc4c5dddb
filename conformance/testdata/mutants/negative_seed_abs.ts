// Mutant: a negative seed is taken as its absolute value (torch: seed mod 2^64).
// Copyright 2026 the torch-parity authors. MIT license.
import { mutant } from "./_mutant.ts";
import { selfPort } from "../../self_port.ts";
import { Generator } from "../../../src/mod.ts";

const self = selfPort("avx2", new Generator());
export default mutant("negative seed → |seed|", ["kaiming_normal_"], (r) => self.init!(r), {
  manualSeed: (s) => self.manualSeed!(s < 0n ? -s : s),
  random32: self.random32,
});
