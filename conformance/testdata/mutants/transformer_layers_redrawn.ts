// Mutant: TransformerEncoder/Decoder build num_layers fresh layers instead of deep copies of one.
// Copyright 2026 the torch-parity authors. MIT license.
import { mapSpecs, type ModuleBug, moduleMutant, type SpecNode } from "./_module_mutant.ts";

// torch builds the layer once (its draws happen once) and deep-copies it num_layers times, so
// every layer holds the same values. The mutant builds the layer spec num_layers times (its
// re-init steps too), in a Custom module of the same name and the same children (`layers`,
// then `norm` when given): the same state_dict names, other values, more draws.
const bug: ModuleBug = {
  spec: (spec) =>
    mapSpecs(spec, (s) => {
      if (s.type !== "TransformerEncoder" && s.type !== "TransformerDecoder") return s;
      const args = s.args ?? [];
      const kwargs = s.kwargs ?? {};
      const layer = args[0] ??
        kwargs[s.type === "TransformerEncoder" ? "encoder_layer" : "decoder_layer"];
      const n = args[1] ?? kwargs.num_layers;
      const norm = args[2] ?? kwargs.norm ?? null;
      if (typeof n !== "number" || n < 1) return s;
      const children: [string, unknown][] = [
        ["layers", {
          type: "ModuleList",
          args: [Array.from({ length: n }, () => layer)],
          kwargs: {},
        }],
      ];
      if (norm !== null) children.push(["norm", norm]);
      return { type: "Custom", name: s.type, children, reinit: s.reinit };
    }) as SpecNode,
};
export default moduleMutant("Transformer layers re-drawn", bug);
export const withoutParity = moduleMutant("Transformer layers re-drawn", bug, { parity: false });
