// Mutant: every init call consumes one extra 32-bit word after filling.
// Copyright 2026 the torch-parity authors. MIT license.
import { mutant } from "./_mutant.ts";

export default mutant("one extra word per call", ["xavier_uniform_"], async (r, self) => {
  const out = await self.init!(r);
  await self.random32!(1);
  return out;
});
