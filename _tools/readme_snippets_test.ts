// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Every TypeScript snippet in README.md and docs/*.md runs as written: its
 * `@torch-parity/init…` imports are not rewritten but resolved the way a
 * user's project resolves them, each snippet its own program.
 *
 * - Deno (default suite): a fresh project whose deno.json is what
 *   `deno add jsr:@torch-parity/init` writes, plus `"links"` to this
 *   checkout (Deno's local override of a JSR package; no network).
 * - Full suite (`deno task test:full`), each runtime printing exactly what
 *   Deno prints: Node 24 in a project that ran `npm install <checkout>` (a
 *   link) and in one that installed `npm pack`'s tarball (a copy under
 *   node_modules, as from a registry); Bun after `bun add <checkout>`;
 *   esbuild 0.28.2 bundling each snippet (for the browser, unless it imports
 *   a `node:` module) in the linked npm project, the bundle run by Node 24
 *   where no node_modules is reachable; and `deno check` of each snippet in
 *   that project, against the `.d.ts` types of the build.
 *
 * The README's and docs' `init` and harness commands run too; in the full
 * suite the two that write `nn.Linear(300, 100)` are compared with real
 * PyTorch bit for bit.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { FULL_SUITE } from "./full_suite.ts";
import { PYTHON, torchAvailable } from "../conformance/_torch_available.ts";

const root = new URL("../", import.meta.url);
const checkout = fileURLToPath(root).replace(/\/$/, "");
const config = JSON.parse(readFileSync(new URL("deno.json", root), "utf8"));
/** README.md, then every docs/*.md in name order: the documents whose snippets are run. */
const DOCUMENTS = [
  "README.md",
  ...readdirSync(new URL("docs/", root)).filter((f) => f.endsWith(".md")).sort().map((f) =>
    `docs/${f}`
  ),
];
const readme = DOCUMENTS.map((d) => readFileSync(new URL(d, root), "utf8")).join("\n");
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);

/** The esbuild release the bundler test installs. */
const ESBUILD = "esbuild@0.28.2";

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[], cwd: string, env?: Record<string, string>): Run {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: "utf8",
    timeout: 300_000,
    env: { ...Deno.env.toObject(), NO_COLOR: "1", ...env },
  });
  return { status: r.status, stdout: r.stdout ?? "", stderr: `${r.stderr ?? ""}${r.error ?? ""}` };
}

function ok(r: Run, what: string): Run {
  assert.equal(r.status, 0, `${what} failed:\n${r.stdout}\n${r.stderr}`);
  return r;
}

/** A fresh directory holding `snippet_N.ts` for every snippet, verbatim. */
function projectWithSnippets(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  blocks.forEach((code, i) => writeFileSync(join(dir, `snippet_${i + 1}.ts`), code));
  return dir;
}

/** A Deno project that depends on the JSR package, linked to this checkout. */
function denoProject(): string {
  const dir = projectWithSnippets("torch-parity-snippets-deno-");
  const denoJson = {
    imports: { [config.name]: `jsr:${config.name}@^${config.version}` },
    links: [checkout],
  };
  writeFileSync(join(dir, "deno.json"), JSON.stringify(denoJson, null, 2) + "\n");
  return dir;
}

/** What each snippet prints under Deno, from a linked project. */
function denoOutputs(dir: string): string[] {
  return blocks.map((_, i) =>
    ok(
      run(Deno.execPath(), ["run", "--allow-read", "--allow-env", `snippet_${i + 1}.ts`], dir),
      `deno run snippet_${i + 1}.ts`,
    ).stdout
  );
}

Deno.test("README and docs have TypeScript snippets, all importing this package by name", () => {
  assert.ok(blocks.length >= 4, `found ${blocks.length} ts blocks`);
  for (const b of blocks) {
    const specifiers = [...b.matchAll(/from "([^"]+)"/g)].map((m) => m[1]);
    assert.ok(specifiers.length > 0, b);
    for (const s of specifiers) {
      assert.match(s, /^(@torch-parity\/init(\/[a-z]+)?|node:[a-z/_]+)$/, b);
    }
    assert.ok(specifiers.some((s) => s.startsWith("@torch-parity/init")), b);
  }
});

Deno.test("README/docs snippets run unchanged under Deno from a project linked to this checkout", async (t) => {
  const dir = denoProject();
  try {
    for (let i = 0; i < blocks.length; i++) {
      await t.step(`snippet ${i + 1}`, () => {
        const file = `snippet_${i + 1}.ts`;
        ok(run(Deno.execPath(), ["run", "--allow-read", "--allow-env", file], dir), file);
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** The executable `npx -y <pkg>` runs, or undefined when it cannot be fetched. */
function npxExecPath(pkg: string): string | undefined {
  const r = spawnSync("npx", ["-y", pkg, "-e", "console.log(process.execPath)"], {
    encoding: "utf8",
    timeout: 300_000,
  });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

const node24 = FULL_SUITE ? npxExecPath("node@24") : undefined;
const bun = FULL_SUITE ? npxExecPath("bun@1.3.5") : undefined;
if (FULL_SUITE && (node24 === undefined || bun === undefined)) {
  console.warn("readme_snippets_test: could not fetch node@24 or bun@1.3.5 with npx");
}

/** A fresh npm project (ES modules) with the snippets. */
function npmProject(prefix: string): string {
  const dir = projectWithSnippets(prefix);
  const pkg = { name: "snippets", version: "1.0.0", private: true, type: "module" };
  writeFileSync(join(dir, "package.json"), JSON.stringify(pkg, null, 2) + "\n");
  return dir;
}

/** A program importing every export path of the package by name. */
const allExports = Object.keys(config.exports).map((key, i) =>
  `import * as m${i} from "${config.name}${key.slice(1)}";\nconsole.log(typeof m${i});\n`
).join("");

const NPM_ENV = {
  npm_config_yes: "true",
  npm_config_audit: "false",
  npm_config_fund: "false",
  npm_config_update_notifier: "false",
};

/** What `initKernels()` may print: the kernels differ between runtimes, the bits do not. */
const BACKENDS = new Set(["wasm-fma", "wasm", "typescript"]);

/** `actual` is what Deno printed, or both name a kernel backend. */
function assertSameOutput(actual: string, expected: string, what: string) {
  if (BACKENDS.has(actual.trim()) && BACKENDS.has(expected.trim())) return;
  assert.equal(actual, expected, what);
}

/** Run every snippet with `argv(file)` in `dir`; each must print what Deno prints. */
async function sameAsDeno(
  t: Deno.TestContext,
  dir: string,
  expected: string[],
  argv: (file: string) => [string, string[]],
) {
  for (let i = 0; i < blocks.length; i++) {
    await t.step(`snippet ${i + 1}`, () => {
      const [cmd, args] = argv(`snippet_${i + 1}.ts`);
      const r = ok(run(cmd, args, dir), `${cmd} ${args.join(" ")}`);
      assertSameOutput(r.stdout, expected[i], `snippet ${i + 1}:\n${blocks[i]}`);
    });
  }
}

Deno.test({
  name:
    "README/docs snippets run unchanged under Node 24, Bun and esbuild from installed checkouts",
  ignore: !FULL_SUITE || node24 === undefined || bun === undefined,
  async fn(t) {
    const dirs: string[] = [];
    const fresh = (d: string) => (dirs.push(d), d);
    try {
      const expected = denoOutputs(fresh(denoProject()));

      await t.step("npm install <checkout> (a link), node 24", async (t) => {
        const dir = fresh(npmProject("torch-parity-snippets-npm-"));
        ok(run("npm", ["install", checkout], dir, NPM_ENV), "npm install <checkout>");
        await sameAsDeno(t, dir, expected, (f) => [node24!, [f]]);

        await t.step(`${ESBUILD} --bundle, the bundle run by node 24`, () => {
          ok(run("npm", ["install", "--no-save", ESBUILD], dir, NPM_ENV), `npm install ${ESBUILD}`);
          for (let i = 0; i < blocks.length; i++) {
            const out = `bundle_${i + 1}.mjs`;
            ok(
              run(join(dir, "node_modules/.bin/esbuild"), [
                `snippet_${i + 1}.ts`,
                "--bundle",
                "--format=esm",
                // For the browser, unless the snippet imports a Node.js module (node:assert).
                /from "node:/.test(blocks[i]) ? "--platform=node" : "--platform=browser",
                `--outfile=${out}`,
                "--log-level=warning",
              ], dir),
              `esbuild snippet_${i + 1}.ts`,
            );
            // Run where no node_modules can be found: the bundle must hold everything.
            const alone = fresh(mkdtempSync(join(tmpdir(), "torch-parity-bundle-")));
            writeFileSync(join(alone, out), readFileSync(join(dir, out)));
            const r = ok(run(node24!, [out], alone), `node ${out}`);
            assertSameOutput(r.stdout, expected[i], `bundle of snippet ${i + 1}`);
          }
        });

        await t.step("deno check against the build's .d.ts types", () => {
          // In a node_modules project Deno takes node:'s types from there too; the onnxruntime
          // adapter's types need its optional peer.
          const extra = ["@types/node@24", "onnxruntime-common@1.30.0"];
          ok(run("npm", ["install", "--no-save", ...extra], dir, NPM_ENV), extra.join(" "));
          for (let i = 0; i < blocks.length; i++) {
            const file = `snippet_${i + 1}.ts`;
            ok(run(Deno.execPath(), ["check", file], dir), `deno check ${file}`);
          }
          // Every export's declarations, not only those the snippets reach.
          writeFileSync(join(dir, "all_exports.ts"), allExports);
          ok(run(Deno.execPath(), ["check", "all_exports.ts"], dir), "deno check all_exports.ts");
          // A type error must be reported, so the check above did see the declarations.
          const wrong = "snippet_wrong.ts";
          writeFileSync(
            join(dir, wrong),
            `import { manualSeed } from "${config.name}";\nmanualSeed("zero");\n`,
          );
          const r = run(Deno.execPath(), ["check", wrong], dir);
          assert.notEqual(r.status, 0, "a wrong argument type was not reported");
          assert.match(r.stdout + r.stderr, /manualSeed|not assignable/);
        });
      });

      await t.step(
        "npm install <npm pack tarball> (a copy in node_modules), node 24",
        async (t) => {
          const dir = fresh(npmProject("torch-parity-snippets-tgz-"));
          const packed = ok(
            run("npm", ["pack", checkout, "--pack-destination", dir, "--silent"], dir, NPM_ENV),
            "npm pack",
          ).stdout.trim().split("\n").pop()!;
          ok(run("npm", ["install", `./${packed}`], dir, NPM_ENV), `npm install ./${packed}`);
          const pkg = join(dir, "node_modules", config.name);
          const installed = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8"));
          assert.equal(installed.version, config.version);
          assert.ok(readdirSync(pkg).includes("dist"), "the tarball holds dist/");
          await sameAsDeno(t, dir, expected, (f) => [node24!, [f]]);
          await t.step("every export loads, the onnxruntime adapter with its optional peer", () => {
            const peer = "onnxruntime-common@1.30.0";
            ok(run("npm", ["install", "--no-save", peer], dir, NPM_ENV), `npm install ${peer}`);
            writeFileSync(join(dir, "all_exports.ts"), allExports);
            const node = ok(run(node24!, ["all_exports.ts"], dir), "node all_exports.ts");
            assert.equal(node.stdout, "object\n".repeat(Object.keys(config.exports).length));
          });
        },
      );

      await t.step("bun add <checkout>, bun", async (t) => {
        const dir = fresh(npmProject("torch-parity-snippets-bun-"));
        ok(run(bun!, ["add", checkout], dir), "bun add <checkout>");
        await sameAsDeno(t, dir, expected, (f) => [bun!, [f]]);
      });
    } finally {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    }
  },
});

Deno.test("package.json: an npm export for each of deno.json's and the browser bundle, with types, at deno.json's version", () => {
  const pkg = JSON.parse(readFileSync(new URL("package.json", root), "utf8"));
  assert.equal(pkg.name, config.name);
  assert.equal(pkg.version, config.version);
  assert.equal(pkg.type, "module");
  const keys = Object.keys(config.exports);
  // The prebuilt browser bundle (dist/browser/, see docs/browser.md), typed as its source path.
  const browser: Record<string, [string, string]> = {
    "./browser": [".", "mod"],
    "./browser/nn": ["./nn", "nn"],
    "./browser/safetensors": ["./safetensors", "safetensors"],
  };
  assert.deepEqual(Object.keys(pkg.exports), [...keys, ...Object.keys(browser), "./package.json"]);
  const dts = (key: string) =>
    config.exports[key].replace(/^\.\//, "./dist/").replace(/\.ts$/, ".d.ts");
  for (const key of keys) {
    const js = dts(key).replace(/\.d\.ts$/, ".js");
    assert.deepEqual(pkg.exports[key], { types: dts(key), default: js }, key);
  }
  for (const [key, [source, name]] of Object.entries(browser)) {
    assert.deepEqual(pkg.exports[key], {
      types: dts(source),
      default: `./dist/browser/${name}.js`,
    }, key);
  }
  assert.ok(pkg.files.includes("dist/"), "dist/ (and so dist/browser/) is in the tarball");
});

/** The README's `cli.ts init` commands, continuation lines joined. */
const initCommands = [
  ...new Set(
    [...readme.matchAll(/```sh\n([\s\S]*?)```/g)]
      .flatMap((m) => m[1].replace(/\\\n\s*/g, " ").split("\n"))
      .map((line) => line.trim())
      .filter((line) => line.includes("src/cli/mod.ts init")),
  ),
];

/** The commands the docs say write `torch.manual_seed(0); nn.Linear(300, 100)`'s state. */
const linearCommands = initCommands.filter((c) =>
  /--seed 0 /.test(c) && (/Linear\(300, ?100\)/.test(c) || /--out linear\.safetensors/.test(c))
);

/** Compares a file's `[prefix]weight` and `[prefix]bias` with torch's nn.Linear(300, 100). */
const TORCH_LINEAR = `
import json, struct, sys
import numpy as np
import torch
raw = open(sys.argv[1], "rb").read()
n = struct.unpack("<Q", raw[:8])[0]
header = json.loads(raw[8:8 + n])
torch.manual_seed(0)
want = torch.nn.Linear(300, 100).state_dict()
bad = 0
for name, t in want.items():
    e = header[sys.argv[2] + name]
    b, f = e["data_offsets"]
    got = np.frombuffer(raw[8 + n + b:8 + n + f], dtype="<i4").reshape(e["shape"])
    assert e["dtype"] == "F32" and list(got.shape) == list(t.shape), (name, e)
    bad += int((got != t.view(torch.int32).numpy()).sum())
print(bad)
`;

Deno.test("README/docs have cli.ts init commands, two of them writing nn.Linear(300, 100)", () => {
  assert.ok(initCommands.length >= 3, `found ${initCommands.length}`);
  assert.equal(linearCommands.length, 2, linearCommands.join("\n"));
});

initCommands.forEach((command, i) => {
  const linear = linearCommands.includes(command);
  Deno.test(
    `README/docs init command ${i + 1} runs in a shell and writes its file${
      linear ? ", torch's nn.Linear(300, 100) bit for bit" : ""
    }`,
    () => {
      const dir = mkdtempSync(join(tmpdir(), "torch-parity-readme-sh-"));
      try {
        const cli = new URL("src/cli/mod.ts", root).pathname;
        const r = ok(run("bash", ["-c", command.replace("src/cli/mod.ts", cli)], dir), command);
        const out = /--out (\S+)/.exec(command)![1];
        assert.ok(readFileSync(join(dir, out)).length > 8, `${out} was not written`);
        assert.match(
          r.stdout,
          new RegExp(
            `^Wrote ${out}: \\d+ tensors?, .*, seed \\d+, capability \\w+, torch [\\d.]+, `,
          ),
        );
        if (linear && torchAvailable) {
          const prefix = /--tensor '(\w+)=Linear/.exec(command)?.[1];
          const check = run(PYTHON, ["-c", TORCH_LINEAR, out, prefix ? `${prefix}.` : ""], dir, {
            ATEN_CPU_CAPABILITY: "avx2",
          });
          assert.equal(
            ok(check, "torch check").stdout.trim(),
            "0",
            "elements differing from torch",
          );
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});

/** The README's harness commands (`cli.ts --port`, `--port-cmd`, `--python-port`), verbatim. */
const harnessCommands = [
  ...new Set(
    [...readme.matchAll(/```sh\n([\s\S]*?)```/g)]
      .flatMap((m) => m[1].replace(/\\\n\s*/g, " ").split("\n"))
      .map((line) => line.trim())
      .filter((line) => /src\/cli\/mod\.ts --(port|port-cmd|python-port) /.test(line)),
  ),
];

Deno.test("README has the three harness commands", () => {
  assert.equal(harnessCommands.length, 3, harnessCommands.join("\n"));
});

harnessCommands.forEach((command, i) => {
  Deno.test({
    name: `README harness command ${i + 1} runs from the repository root and passes`,
    // Another runtime (python3, Pyodide's 14 MB): full suite only. runner_test.ts grades the
    // same pure Python port through the protocol in the default suite.
    ignore: !FULL_SUITE && /--python-port|--port-cmd/.test(command),
    fn() {
      const r = ok(run("bash", ["-c", command], checkout), command);
      assert.match(r.stdout, /\d+ passed, 0 failed/);
    },
  });
});
