// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `deno task golden:verify`: regenerate the golden data with real PyTorch into
 * a temporary directory and fail unless every file is byte-identical to the
 * checked-in one. This is what proves, on every CI run, that the goldens are
 * what PyTorch prints and that nobody edited them by hand.
 *
 * Needs `/usr/bin/python3` with Debian's `python3-torch` and `python3-numpy`
 * (`apt-get install -y python3-torch python3-numpy`).
 *
 * @module
 */

import process from "node:process";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const goldenDir = fileURLToPath(new URL("./", import.meta.url));
const python = process.env.TORCH_PARITY_PYTHON ?? "/usr/bin/python3";

function listFiles(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full, `${prefix}${name}/`));
    else out.push(`${prefix}${name}`);
  }
  return out;
}

const tmp = mkdtempSync(join(tmpdir(), "torch-parity-golden-"));
try {
  const run = spawnSync(python, [join(goldenDir, "generate.py"), "--out", tmp], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (run.error || run.status !== 0) {
    console.error(
      `golden:verify: ${python} golden/generate.py failed (${
        run.error?.message ?? `exit ${run.status}`
      }). ` +
        "Install real PyTorch with: apt-get update && apt-get install -y python3-torch python3-numpy",
    );
    process.exit(1);
  }
  const produced = listFiles(tmp);
  const checkedIn = listFiles(goldenDir).filter((f) => /^(default|avx2|avx512)\//.test(f));
  let bad = 0;
  for (const f of new Set([...produced, ...checkedIn])) {
    if (!produced.includes(f)) {
      console.error(`golden:verify: ${f} is checked in but generate.py no longer writes it`);
      bad++;
    } else if (!checkedIn.includes(f)) {
      console.error(`golden:verify: generate.py writes ${f}, which is not checked in`);
      bad++;
    } else if (!readFileSync(join(tmp, f)).equals(readFileSync(join(goldenDir, f)))) {
      console.error(`golden:verify: ${f} differs from what real PyTorch produces now`);
      bad++;
    }
  }
  if (bad > 0) {
    console.error(`golden:verify: ${bad} file(s) differ`);
    process.exit(1);
  }
  console.log(`golden:verify: ${produced.length} files byte-identical to a fresh torch run`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
