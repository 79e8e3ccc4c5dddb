// Mutant: normal_ on fewer than 16 elements draws a fresh Box–Muller pair per value (no cached second sample).
// Copyright 2026 the torch-parity authors. MIT license.
import { as, mutant, ofDtype } from "./_mutant.ts";

export default mutant("scalar normal_ without the cached sample", ["normal_"], async (r, self) => {
  const n = r.shape.reduce((a, b) => a * b, 1);
  if (n >= 16) return self.init!(r);
  self.init!({ ...r, shape: [0] }); // torch's checks (std < 0)
  const mean = (r.args.mean as number | undefined) ?? 0;
  const std = (r.args.std as number | undefined) ?? 1;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const [u1, u2] = await self.init!({ ...as(r, "uniform_", {}), shape: [2], dtype: "float64" });
    out.push(Math.sqrt(-2 * Math.log(1 - u2)) * Math.cos(2 * Math.PI * u1) * std + mean);
  }
  return ofDtype(r.dtype, out);
});
