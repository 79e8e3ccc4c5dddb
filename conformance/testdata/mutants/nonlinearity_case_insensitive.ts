// Mutant: kaiming_normal_ lower-cases the nonlinearity ("ReLU" is accepted; torch refuses it).
// Copyright 2026 the torch-parity authors. MIT license.
import { as, mutant } from "./_mutant.ts";

export default mutant("nonlinearity lower-cased", ["kaiming_normal_"], (r, self) => {
  const nl = r.args.nonlinearity;
  return self.init!(
    typeof nl === "string"
      ? as(r, "kaiming_normal_", { ...r.args, nonlinearity: nl.toLowerCase() })
      : r,
  );
});
