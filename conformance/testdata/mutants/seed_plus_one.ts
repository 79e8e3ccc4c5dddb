// Mutant: manual_seed(s) seeds with s + 1.
// Copyright 2026 the torch-parity authors. MIT license.
import { mutant } from "./_mutant.ts";
import { selfPort } from "../../self_port.ts";
import { Generator } from "../../../src/mod.ts";

const g = new Generator();
const self = selfPort("avx2", g);
export default mutant("seed + 1", ["normal_"], (r) => self.init!(r), {
  manualSeed: (s) => self.manualSeed!(s + 1n),
  random32: self.random32,
});
