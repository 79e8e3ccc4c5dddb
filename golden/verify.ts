// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `deno task golden:verify`: regenerate the golden data with real PyTorch into
 * a temporary directory and fail unless every file is byte-identical to the
 * checked-in one. This is what proves, on every CI run, that the goldens are
 * what PyTorch prints and that nobody edited them by hand.
 *
 * `--torch=1.13` (the default) runs `/usr/bin/python3` with Debian's
 * `python3-torch` (`apt-get install -y python3-torch python3-numpy`);
 * `--torch=2.6`, `--torch=2.14` or `--torch=all` also run generate.py under
 * real torch 2.6 / 2.14 in the Debian roots that `golden/torch2_root.sh`
 * builds (about 2 GB and a few minutes each, once).
 *
 * @module
 */

import process from "node:process";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";
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

/** What each release is recorded by: the host's python3 for 1.13, a Debian root for 2.x. */
const RELEASES: Record<string, { suite?: string; dir: string; capabilities: string }> = {
  "1.13": { dir: "", capabilities: "default,avx2,avx512" },
  "2.6": { suite: "trixie", dir: "torch-2.6/", capabilities: "default,avx2" },
  "2.14": { suite: "sid", dir: "torch-2.14/", capabilities: "default,avx2" },
};
const wanted = process.argv.slice(2).flatMap((a) =>
  a === "--torch=all" ? Object.keys(RELEASES) : a.startsWith("--torch=") ? [a.slice(8)] : []
);
const releases = wanted.length > 0 ? wanted : ["1.13"];
for (const r of releases) {
  if (RELEASES[r] === undefined) {
    console.error(
      `golden:verify: unknown --torch=${r}; one of ${Object.keys(RELEASES).join(", ")}, all`,
    );
    process.exit(2);
  }
}
const repo = join(goldenDir, "..");
let bad = 0;
let files = 0;
for (const release of releases) {
  const { suite, dir, capabilities } = RELEASES[release];
  // Inside the repository: torch2_root.sh --run binds the working directory into the root.
  const tmp = mkdtempSync(join(repo, ".golden-verify-"));
  try {
    const base = dir === "" ? [] : ["--base", "golden"];
    const args = ["--out", relative(repo, tmp), "--capabilities", capabilities, ...base];
    const run = suite === undefined
      ? spawnSync(python, [join(goldenDir, "generate.py"), ...args], {
        cwd: repo,
        stdio: ["ignore", "inherit", "inherit"],
      })
      : spawnSync("bash", [
        join(goldenDir, "torch2_root.sh"),
        suite,
        "--run",
        "golden/generate.py",
        ...args,
      ], {
        cwd: repo,
        stdio: ["ignore", "inherit", "inherit"],
      });
    if (run.error || run.status !== 0) {
      console.error(
        `golden:verify: torch ${release}: generate.py failed (${
          run.error?.message ?? `exit ${run.status}`
        }). ` +
          (suite === undefined
            ? "Install real PyTorch with: apt-get update && apt-get install -y python3-torch python3-numpy"
            : `Build the root with: golden/torch2_root.sh ${suite}`),
      );
      process.exit(1);
    }
    const produced = listFiles(tmp);
    const pattern = /^(default|avx2|avx512)\//;
    const checkedIn = listFiles(join(goldenDir, dir)).filter((f) => pattern.test(f));
    for (const f of new Set([...produced, ...checkedIn])) {
      const name = `${dir}${f}`;
      if (!produced.includes(f)) {
        console.error(`golden:verify: ${name} is checked in but generate.py no longer writes it`);
        bad++;
      } else if (!checkedIn.includes(f)) {
        console.error(`golden:verify: generate.py writes ${name}, which is not checked in`);
        bad++;
      } else if (!readFileSync(join(tmp, f)).equals(readFileSync(join(goldenDir, dir, f)))) {
        console.error(
          `golden:verify: ${name} differs from what real PyTorch ${release} produces now`,
        );
        bad++;
      }
    }
    files += produced.length;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
if (bad > 0) {
  console.error(`golden:verify: ${bad} file(s) differ`);
  process.exit(1);
}
console.log(
  `golden:verify: ${files} files byte-identical to fresh runs of torch ${releases.join(", ")}`,
);
