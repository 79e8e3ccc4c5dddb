// Copyright 2026 the torch-parity authors. MIT license.
/** Whether `/usr/bin/python3` can import torch (tests that need it are skipped otherwise). */
import { spawnSync } from "node:child_process";

export const PYTHON: string = "/usr/bin/python3";

export const torchAvailable: boolean = (() => {
  try {
    const r = spawnSync(PYTHON, ["-c", "import torch, numpy"], { stdio: "ignore" });
    return r.status === 0;
  } catch {
    return false;
  }
})();

if (!torchAvailable) {
  console.warn(
    "torch-parity: /usr/bin/python3 cannot import torch; tests against live PyTorch are skipped " +
      "(apt-get install python3-torch python3-numpy to run them)",
  );
}
