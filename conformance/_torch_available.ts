// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Whether the tests against live PyTorch run: only in the full suite
 * (`deno task test:full`), and only when `/usr/bin/python3` can import torch
 * (tests that need it are skipped otherwise, with a notice).
 */
import { spawnSync } from "node:child_process";
import { FULL_SUITE } from "../_tools/full_suite.ts";

export const PYTHON: string = "/usr/bin/python3";

export const torchAvailable: boolean = FULL_SUITE && (() => {
  try {
    const r = spawnSync(PYTHON, ["-c", "import torch, numpy"], { stdio: "ignore" });
    return r.status === 0;
  } catch {
    return false;
  }
})();

if (FULL_SUITE && !torchAvailable) {
  console.warn(
    "torch-parity: /usr/bin/python3 cannot import torch; tests against live PyTorch are skipped " +
      "(apt-get install python3-torch python3-numpy to run them)",
  );
}
