// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `initWorkers(2)` from the npm package: `npm pack` of this checkout
 * installed into a fresh project (a copy under node_modules, as from a
 * registry), then a program importing `@torch-parity/init` by name runs
 * under Node 24 and Bun. The pool starts `_worker.js` beside
 * `dist/src/random/init_workers.js`, a module no import reaches, so the npm
 * build must emit it (`URL_LOADED_MODULES` in `npm_build.ts`); without it
 * `initWorkers(2)` quietly returns 1. The program checks that two threads
 * start, that fills large enough are split, and that the split fills are
 * the one-thread bits (float32 and float64 `uniform`, `normal`,
 * `kaimingUniform`, `truncNormal`, and the generator state after them).
 * Full suite only (`deno task test:full`): it runs npm and fetches Node 24
 * and Bun with npx.
 *
 * @module
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { FULL_SUITE } from "./full_suite.ts";

const checkout = fileURLToPath(new URL("../", import.meta.url)).replace(/\/$/, "");

/** The program run in the installed project; prints one JSON line. */
const PROGRAM = `import {
  empty,
  getRngState,
  initWorkers,
  kaimingUniform,
  manualSeed,
  normal,
  truncNormal,
  uniform,
} from "@torch-parity/init";

const n = 1 << 20;
/** Every fill's bits and the generator state after them, as one Uint8Array per fill. */
function fills() {
  manualSeed(20261203);
  const out = [];
  for (const dtype of ["float32", "float64"]) {
    out.push(uniform(empty([n], { dtype }), { a: -2, b: 3 }).data);
    out.push(normal(empty([n], { dtype }), { mean: 1, std: 0.5 }).data);
    out.push(kaimingUniform(empty([1024, n / 1024], { dtype })).data);
    out.push(truncNormal(empty([n], { dtype })).data);
  }
  out.push(getRngState());
  return out.map((d) => new Uint8Array(d.buffer, d.byteOffset, d.byteLength));
}
const one = fills();
// Split every fill of at least 2^16 elements (the default threshold is about 8 ms of work).
const threads = await initWorkers(2, { minElements: 1 << 16 });
const two = fills();
const differing = one
  .map((a, k) => a.length === two[k].length && a.every((b, i) => b === two[k][i]) ? -1 : k)
  .filter((k) => k >= 0);
await initWorkers(0);
console.log(JSON.stringify({ threads, fills: one.length, differing }));
`;

/** The executable `npx -y <pkg>` runs, or undefined when it cannot be fetched. */
function npxExecPath(pkg: string): string | undefined {
  const r = spawnSync("npx", ["-y", pkg, "-e", "console.log(process.execPath)"], {
    encoding: "utf8",
    timeout: 300_000,
  });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

const NPM_ENV = {
  ...Deno.env.toObject(),
  NO_COLOR: "1",
  npm_config_yes: "true",
  npm_config_audit: "false",
  npm_config_fund: "false",
  npm_config_update_notifier: "false",
};

function run(cmd: string, args: string[], cwd: string): string {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", timeout: 300_000, env: NPM_ENV });
  assert.equal(r.status, 0, `${cmd} ${args.join(" ")}:\n${r.stdout}\n${r.stderr}${r.error ?? ""}`);
  return r.stdout;
}

const node24 = FULL_SUITE ? npxExecPath("node@24") : undefined;
const bun = FULL_SUITE ? npxExecPath("bun@1.3.5") : undefined;

Deno.test({
  name: "initWorkers(2) from the npm package (npm pack, npm install) under Node 24 and Bun: " +
    "two threads, the one-thread bits",
  ignore: !FULL_SUITE || node24 === undefined || bun === undefined,
  async fn(t) {
    const dir = mkdtempSync(join(tmpdir(), "torch-parity-npm-workers-"));
    try {
      const pkg = { name: "workers", version: "1.0.0", private: true, type: "module" };
      writeFileSync(join(dir, "package.json"), JSON.stringify(pkg, null, 2) + "\n");
      const packed = run("npm", ["pack", checkout, "--pack-destination", dir, "--silent"], dir)
        .trim().split("\n").pop()!;
      run("npm", ["install", `./${packed}`], dir);
      const installed = join(dir, "node_modules/@torch-parity/init/dist/src/random");
      assert.ok(
        existsSync(join(installed, "_worker.js")),
        `the tarball has no dist/src/random/_worker.js: ${readdirSync(installed).join(" ")}`,
      );
      writeFileSync(join(dir, "workers.ts"), PROGRAM);
      for (const [name, exe] of [["node 24", node24!], ["bun 1.3.5", bun!]]) {
        await t.step(name, () => {
          const out = JSON.parse(run(exe, ["workers.ts"], dir).trim().split("\n").pop()!);
          assert.deepEqual(out, { threads: 2, fills: 9, differing: [] }, name);
        });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
});
