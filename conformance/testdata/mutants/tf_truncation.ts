// Mutant: trunc_normal_ cuts at mean ± 2·std (TF style) instead of torch's absolute [a, b].
// Copyright 2026 the torch-parity authors. MIT license.
import { as, mutant } from "./_mutant.ts";

export default mutant("±2σ truncation", ["trunc_normal_"], (r, self) => {
  const mean = (r.args.mean as number | undefined) ?? 0;
  const std = (r.args.std as number | undefined) ?? 1;
  return self.init!(as(r, "trunc_normal_", { mean, std, a: mean - 2 * std, b: mean + 2 * std }));
});
