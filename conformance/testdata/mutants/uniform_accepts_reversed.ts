// Mutant: uniform_ accepts a > b silently (draws on [b, a]; torch raises).
// Copyright 2026 the torch-parity authors. MIT license.
import { as, mutant } from "./_mutant.ts";

export default mutant("uniform_ accepts a > b", ["uniform_"], (r, self) => {
  const a = (r.args.a as number | undefined) ?? 0;
  const b = (r.args.b as number | undefined) ?? 1;
  return self.init!(a > b ? as(r, "uniform_", { a: b, b: a }) : r);
});
