// Mutant: float64 uniform_ has 24 bits of resolution (float32's uniform, scaled in float64).
// Copyright 2026 the torch-parity authors. MIT license.
import { as, mutant } from "./_mutant.ts";

export default mutant("float64 uniform with 24-bit resolution", ["uniform_"], async (r, self) => {
  if (r.dtype !== "float64") return self.init!(r);
  const a = (r.args.a as number | undefined) ?? 0;
  const b = (r.args.b as number | undefined) ?? 1;
  self.init!({ ...r, shape: [0] }); // torch's checks (a > b)
  const u = await self.init!({ ...as(r, "uniform_", {}), dtype: "float32" });
  return Float64Array.from(u, (x) => a + (b - a) * x);
});
