// Mutant: Module.apply visits a module before its children (pre-order) instead of after them.
// Copyright 2026 the torch-parity authors. MIT license.
import { mapSpecs, type ModuleBug, moduleMutant, type SpecNode } from "./_module_mutant.ts";

// torch's net.apply(fn) is post-order (children first, then the module); net.modules() is
// pre-order. Every `apply` re-init step is run as a `modules` step: the same calls, in another
// order.
const bug: ModuleBug = {
  spec: (spec) =>
    mapSpecs(
      spec,
      (s) =>
        s.reinit === undefined
          ? s
          : { ...s, reinit: s.reinit.map((r) => (r.op === "apply" ? { ...r, op: "modules" } : r)) },
    ) as SpecNode,
};
export default moduleMutant("apply pre-order", bug);
export const withoutParity = moduleMutant("apply pre-order", bug, { parity: false });
