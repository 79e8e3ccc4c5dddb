// Mutant: the seed passes through a double (Number), losing the bits above 2^53 (2^53 + 1 → 2^53).
// Copyright 2026 the torch-parity authors. MIT license.
import { mutant } from "./_mutant.ts";
import { selfPort } from "../../self_port.ts";
import { Generator } from "../../../src/mod.ts";

const self = selfPort("avx2", new Generator());
export default mutant("seed as a double", ["kaiming_uniform_"], (r) => self.init!(r), {
  manualSeed: (s) => self.manualSeed!(BigInt.asUintN(64, BigInt(Number(BigInt.asUintN(64, s))))),
  random32: self.random32,
});
