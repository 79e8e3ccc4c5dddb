// Mutant: recurrent layers fold their two biases into one (Keras style): bias_hh all zeros.
// Copyright 2026 the torch-parity authors. MIT license.
import { type ModuleBug, moduleMutant } from "./_module_mutant.ts";

// torch draws bias_ih and bias_hh (RNN, GRU, LSTM and their cells) from U(±1/√h); a port with
// one bias per gate returns bias_hh as zeros (their sum is still a valid bias).
const bug: ModuleBug = {
  result(stateDict) {
    for (const e of stateDict) {
      if (/(^|\.)bias_hh(_l\d+)?(_reverse)?$/.test(e.name)) {
        (e.data as Float32Array | Float64Array).fill(0);
      }
    }
  },
};
export default moduleMutant("bias_hh zeros", bug);
export const withoutParity = moduleMutant("bias_hh zeros", bug, { parity: false });
