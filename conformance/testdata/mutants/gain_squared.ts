// Mutant: xavier_normal_ uses gain² in place of gain.
// Copyright 2026 the torch-parity authors. MIT license.
import { as, mutant } from "./_mutant.ts";

export default mutant("gain²", ["xavier_normal_"], (r, self) => {
  const g = (r.args.gain as number | undefined) ?? 1;
  return self.init!(as(r, "xavier_normal_", { ...r.args, gain: g * g }));
});
