// Mutant: trunc_normal_ takes [a, b] relative to the mean (cuts at mean + a, mean + b).
// Copyright 2026 the torch-parity authors. MIT license.
import { as, mutant } from "./_mutant.ts";

export default mutant("trunc_normal_ bounds relative to the mean", ["trunc_normal_"], (r, self) => {
  const mean = (r.args.mean as number | undefined) ?? 0;
  const a = ((r.args.a as number | undefined) ?? -2) + mean;
  const b = ((r.args.b as number | undefined) ?? 2) + mean;
  return self.init!(as(r, "trunc_normal_", { ...r.args, a, b }));
});
