// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The default suite (`deno task test`) stays light: the modules it loads,
 * and the doc examples it runs, need no npm package beyond `fast-check` and
 * `onnxruntime-common` (a few MB). TF.js (270 MB), Pyodide, TypeScript and
 * wabt belong to `deno task test:full`: a test file that imports one goes in
 * the `--ignore` list of deno.json's `test` task (see `full_suite.ts`).
 *
 * Two lock files: `deno.lock` pins the default suite's packages (the `test`
 * task passes `--lock=deno.lock`), `deno.full.lock` everything (`test:full`,
 * `check`, the builds, `conformance`). deno.json has `"lock": false` because
 * `deno task` downloads every npm package of the configured lock file before
 * it runs any task, and so that running one file by hand writes no lock.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const config = JSON.parse(readFileSync(join(ROOT, "deno.json"), "utf8"));

/** npm packages the default suite may load (with their dependencies). */
const ALLOWED = new Set(["fast-check", "pure-rand", "onnxruntime-common"]);

/** The default suite's files: every .ts under the task's folders, less the ignored and excluded. */
/** A glob of deno's `--ignore` (`**` any folders, `*` any name part) as a RegExp on paths. */
function globToRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    if (glob.startsWith("**/", i)) {
      re += "(?:.*/)?";
      i += 2;
    } else if (glob.startsWith("/**", i) && i + 3 === glob.length) {
      re += "/.*";
      i += 2;
    } else if (glob[i] === "*") re += "[^/]*";
    else re += glob[i].replace(/[.+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

/** The default suite's files: every .ts under the task's folders, less the ignored and excluded. */
function defaultSuiteFiles(): string[] {
  const task: string = config.tasks.test;
  // Globs (`**/path`, `**/dir/**`): Deno applies a plain `--ignore=dir/` only under the first
  // folder given, a glob under every folder.
  const ignore = (/--ignore=([^'\s]+)/.exec(task)?.[1] ?? "").split(",").filter((s) => s !== "")
    .map(globToRegExp);
  const excluded = (config.exclude as string[]).map((p) => join(ROOT, p));
  const folders = task.split(/\s+/).filter((w) => /^[\w.-]+\/$/.test(w));
  assert.ok(folders.length >= 3, `no folders found in the test task: ${task}`);
  const skipped = (path: string) =>
    ignore.some((re) => re.test(relative(ROOT, path))) ||
    excluded.some((s) => s.endsWith("/") ? `${path}/`.startsWith(s) : path === s);
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (name === "node_modules" || skipped(path)) continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".ts")) out.push(path);
    }
  };
  for (const folder of folders) walk(join(ROOT, folder));
  return out.sort();
}

/** The npm package named by a specifier (`npm:@scope/name@1/x` → `@scope/name`). */
function packageOf(specifier: string): string {
  const m = /^npm:\/?((?:@[^@/]+\/)?[^@/]+)/.exec(specifier);
  return m ? m[1] : specifier;
}

const files = defaultSuiteFiles();

/** `deno info --json` of a module importing every default-suite file. */
function defaultGraph(
  lockArgs: string[],
): { status: number | null; stderr: string; graph?: Graph } {
  const dir = mkdtempSync(join(tmpdir(), "torch-parity-light-"));
  try {
    const entry = join(dir, "all.ts");
    writeFileSync(entry, files.map((f) => `import "${pathToFileURL(f).href}";\n`).join(""));
    const r = spawnSync(
      Deno.execPath(),
      ["info", "--json", "--config", join(ROOT, "deno.json"), ...lockArgs, entry],
      {
        cwd: ROOT,
        encoding: "utf8",
        maxBuffer: 1 << 28,
        env: { ...Deno.env.toObject(), NO_COLOR: "1" },
      },
    );
    return {
      status: r.status,
      stderr: r.stderr,
      graph: r.status === 0 ? JSON.parse(r.stdout) as Graph : undefined,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Graph {
  modules: {
    kind?: string;
    specifier: string;
    dependencies?: { specifier: string; npmPackage?: string }[];
  }[];
}

Deno.test("the default suite's module graph needs no npm package beyond fast-check and onnxruntime-common", () => {
  assert.ok(files.length > 100, `found only ${files.length} files`);
  const { status, stderr, graph } = defaultGraph(["--no-lock"]);
  assert.equal(status, 0, stderr);
  const npm = graph!.modules.filter((m) => m.kind === "npm").map((m) => packageOf(m.specifier));
  assert.ok(npm.includes("fast-check"), "the graph was read (fast-check is in it)");
  // Name the importers, so the message says which file to move to the full suite.
  const offenders = graph!.modules.flatMap((m) =>
    (m.dependencies ?? [])
      .filter((d) => d.specifier.startsWith("npm:") && !ALLOWED.has(packageOf(d.specifier)))
      .map((d) => `${relative(ROOT, fileURLToPath(m.specifier))} imports ${d.specifier}`)
  );
  assert.deepEqual(
    offenders,
    [],
    "a default-suite module imports a large npm package: list the file in the --ignore of " +
      "deno.json's test task (it then runs in test:full), or import it with a computed " +
      "specifier only where it is used (see conformance/pyodide_port.ts)",
  );
});

Deno.test("deno.lock pins every npm package of the default suite", () => {
  const { status, stderr } = defaultGraph([`--lock=${join(ROOT, "deno.lock")}`, "--frozen"]);
  assert.equal(status, 0, stderr);
});

Deno.test("deno.lock pins the default suite's npm packages only; deno.full.lock the rest", () => {
  const light = JSON.parse(readFileSync(join(ROOT, "deno.lock"), "utf8"));
  const full = JSON.parse(readFileSync(join(ROOT, "deno.full.lock"), "utf8"));
  const names = (lock: { npm?: Record<string, unknown> }) =>
    Object.keys(lock.npm ?? {}).map((k) => packageOf(`npm:${k}`));
  assert.deepEqual(names(light).filter((p) => !ALLOWED.has(p)), []);
  // Every light package at the same version and integrity in the full lock.
  for (const [key, entry] of Object.entries(light.npm ?? {})) {
    assert.deepEqual(full.npm?.[key], entry, key);
  }
  assert.equal(config.lock, false, "deno.json's lock is off: each task names its lock file");
});

Deno.test("the default suite's doc examples import no npm package beyond those", () => {
  const found: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const block of text.matchAll(/```(ts|typescript)([^\n]*)\n([\s\S]*?)```/g)) {
      if (/\bignore\b/.test(block[2])) continue;
      for (const m of block[3].matchAll(/["']npm:([^"']+)["']/g)) {
        const pkg = packageOf(`npm:${m[1]}`);
        if (!ALLOWED.has(pkg)) found.push(`${relative(ROOT, file)}: npm:${m[1]}`);
      }
    }
  }
  assert.deepEqual(found, []);
});

Deno.test("default-suite tests that run Python with torch are gated to the full suite", () => {
  // Python source importing torch inside a test: it must be skipped unless the full suite runs
  // (torchAvailable of conformance/_torch_available.ts, or FULL_SUITE).
  const gated = /_torch_available\.ts|full_suite\.ts|TORCH_PARITY_FULL/;
  const ungated = files
    .filter((f) => f.endsWith("_test.ts") && f !== fileURLToPath(import.meta.url))
    .filter((f) => {
      const text = readFileSync(f, "utf8");
      return /^\s*import [\w, ]*\btorch\b/m.test(text) && !gated.test(text);
    })
    .map((f) => relative(ROOT, f));
  assert.deepEqual(ungated, [], "gate them with `ignore: !torchAvailable` or `!FULL_SUITE`");
});
