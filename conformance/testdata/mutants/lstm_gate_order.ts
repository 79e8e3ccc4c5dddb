// Mutant: LSTM gate blocks exported in ONNX's order (i, o, f, g) instead of torch's (i, f, g, o).
// Copyright 2026 the torch-parity authors. MIT license.
import { entryNamed, type ModuleBug, moduleMutant } from "./_module_mutant.ts";

const RNN_ENTRY = /^(.*?)(weight_ih|weight_hh|bias_ih|bias_hh)((_l\d+)?(_reverse)?)$/;
/** Stored block k holds torch's block ORDER[k]. */
const ORDER = [0, 3, 1, 2];

// Every LSTM / LSTMCell entry of 4h rows (an LSTM's weight_hh is [4h, h] or [4h, proj_size];
// a GRU's [3h, h], an RNN's [h, h]) gets its four row blocks permuted.
const bug: ModuleBug = {
  result(stateDict) {
    for (const e of stateDict) {
      const m = RNN_ENTRY.exec(e.name);
      if (m === null) continue;
      const hh = entryNamed(stateDict, `${m[1]}weight_hh${m[3]}`);
      if (hh === undefined || hh.shape[1] === 0 || hh.shape[0] < 4 * hh.shape[1]) continue;
      const rows = e.shape[0];
      const block = (rows / 4) * (e.data.length / rows);
      const d = e.data as Float32Array | Float64Array;
      const src = d.slice();
      for (let k = 0; k < 4; k++) {
        d.set(src.subarray(ORDER[k] * block, (ORDER[k] + 1) * block), k * block);
      }
    }
  },
};
export default moduleMutant("LSTM gates in ONNX order", bug);
export const withoutParity = moduleMutant("LSTM gates in ONNX order", bug, { parity: false });
