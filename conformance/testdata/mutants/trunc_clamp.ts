// Mutant: trunc_normal_ clamps normal draws to [a, b] (atoms at the bounds) instead of truncating.
// Copyright 2026 the torch-parity authors. MIT license.
import { as, mutant } from "./_mutant.ts";

export default mutant("trunc_normal_ by clamping", ["trunc_normal_"], async (r, self) => {
  self.init!({ ...r, shape: [0] }); // torch's argument checks
  const mean = (r.args.mean as number | undefined) ?? 0;
  const std = (r.args.std as number | undefined) ?? 1;
  const a = (r.args.a as number | undefined) ?? -2;
  const b = (r.args.b as number | undefined) ?? 2;
  const t = await self.init!(as(r, "normal_", { mean, std }));
  return t.map((x) => Math.min(Math.max(x, a), b));
});
