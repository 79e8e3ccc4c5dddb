// Mutant: sparse_ zeroes a share of each row instead of each column.
// Copyright 2026 the torch-parity authors. MIT license.
import { as, mutant } from "./_mutant.ts";

export default mutant("sparse_ zeroes rows", ["sparse_"], async (r, self) => {
  if (r.shape.length !== 2) return self.init!(r);
  const [rows, cols] = r.shape;
  const t = await self.init!({ ...as(r, "sparse_", r.args), shape: [cols, rows] });
  const out = t.slice();
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out[i * cols + j] = t[j * rows + i];
  return out;
});
