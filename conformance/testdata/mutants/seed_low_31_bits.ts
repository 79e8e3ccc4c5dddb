// Mutant: only the low 31 bits of the seed reach MT19937 (torch: the low 32).
// Copyright 2026 the torch-parity authors. MIT license.
import { mutant } from "./_mutant.ts";
import { selfPort } from "../../self_port.ts";
import { Generator } from "../../../src/mod.ts";

const self = selfPort("avx2", new Generator());
export default mutant("seed: low 31 bits", ["uniform_"], (r) => self.init!(r), {
  manualSeed: (s) => self.manualSeed!(BigInt.asUintN(64, s) & 0x7fffffffn),
  random32: self.random32,
});
