// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Every TypeScript snippet in README.md and docs/*.md runs, under Deno, Node 24
 * and Bun, so none can rot; so do their `init` and harness commands. Package specifiers (`@torch-parity/init`, `…/safetensors`)
 * and relative imports are rewritten to this checkout's files; each snippet
 * runs as its own program.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("../", import.meta.url);
/** README.md, then every docs/*.md in name order: the documents whose snippets are run. */
const DOCUMENTS = [
  "README.md",
  ...readdirSync(new URL("docs/", root)).filter((f) => f.endsWith(".md")).sort().map((f) =>
    `docs/${f}`
  ),
];
const readme = DOCUMENTS.map((d) => readFileSync(new URL(d, root), "utf8")).join("\n");
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
const ENTRY: Record<string, string> = {
  "@torch-parity/init": "src/mod.ts",
  "@torch-parity/init/safetensors": "src/io/mod.ts",
  "@torch-parity/init/conformance": "conformance/mod.ts",
  "@torch-parity/init/nn": "src/nn/mod.ts",
};

/** The snippet with every import pointing at this checkout. */
export function localize(code: string): string {
  return code
    .replace(/from "(@torch-parity\/init[^"]*)"/g, (m, spec: string) => {
      const path = ENTRY[spec];
      return path ? `from "${new URL(path, root).href}"` : m;
    })
    .replace(/from "\.\/([^"]+)"/g, (_m, path: string) => `from "${new URL(path, root).href}"`);
}

const RUNTIMES: [string, string[]][] = [
  ["deno", ["npx", "-y", "deno@2.9.6", "run", "--allow-read", "--allow-env"]],
  ["node 24", ["npx", "-y", "node@24"]],
  ["bun", ["npx", "-y", "bun@1.3.5"]],
];

Deno.test("README and docs have TypeScript snippets, all importing this package", () => {
  assert.ok(blocks.length >= 3, `found ${blocks.length} ts blocks`);
  for (const b of blocks) assert.ok(!/from "(@torch-parity|\.\/)/.test(localize(b)), b);
});

blocks.forEach((code, i) => {
  for (const [runtime, argv] of RUNTIMES) {
    Deno.test(`README/docs snippet ${i + 1} runs under ${runtime}`, () => {
      const dir = mkdtempSync(join(tmpdir(), "torch-parity-readme-"));
      try {
        const file = join(dir, `snippet_${i + 1}.ts`);
        writeFileSync(file, localize(code));
        const r = spawnSync(argv[0], [...argv.slice(1), file], {
          encoding: "utf8",
          timeout: 120_000,
        });
        assert.equal(r.status, 0, `${runtime} failed:\n${r.stderr}`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
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

Deno.test("README has cli.ts init commands", () => {
  assert.ok(initCommands.length >= 2, `found ${initCommands.length}`);
});

initCommands.forEach((command, i) => {
  Deno.test(`README init command ${i + 1} runs in a shell and writes its file`, () => {
    const dir = mkdtempSync(join(tmpdir(), "torch-parity-readme-sh-"));
    try {
      const cli = new URL("src/cli/mod.ts", root).pathname;
      const r = spawnSync("bash", ["-c", command.replace("src/cli/mod.ts", cli)], {
        cwd: dir,
        encoding: "utf8",
        timeout: 300_000,
      });
      assert.equal(r.status, 0, `${command}\n${r.stderr}`);
      const out = /--out (\S+)/.exec(command)![1];
      assert.ok(readFileSync(join(dir, out)).length > 8, `${out} was not written`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
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
  Deno.test(`README harness command ${i + 1} runs from the repository root and passes`, () => {
    const r = spawnSync("bash", ["-c", command], {
      cwd: new URL(".", root).pathname,
      encoding: "utf8",
      timeout: 300_000,
    });
    assert.equal(r.status, 0, `${command}\n${r.stdout}\n${r.stderr}`);
    assert.match(r.stdout, /\d+ passed, 0 failed/);
  });
});
