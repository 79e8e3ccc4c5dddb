// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The README's install commands (`deno add jsr:…`, `npx jsr add …`,
 * `bunx jsr add …`), run verbatim in a shell, each in a fresh project,
 * against a local registry standing in for jsr.io and npm.jsr.io (JSR cannot
 * be reached from CI). The registry serves this checkout: the files
 * `deno publish --dry-run` lists, and the npm build JSR's npm layer would
 * make of them. Each project then runs the README's TypeScript snippet,
 * unmodified, importing the installed package, and must print what the
 * snippet prints against the checkout. The registry answers 404 to anything
 * else, so a wrong package name in the README fails the install.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { serveLocalRegistry } from "./local_registry.ts";
import { npmTarball } from "./npm_tarball.ts";
import { publishFiles } from "./publish_files.ts";

const root = new URL("../", import.meta.url);
const readme = readFileSync(new URL("README.md", root), "utf8");
const install = /\n## Install[^\n]*\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? "";

/** The install section's shell lines, comments removed. */
const commands = [...install.matchAll(/```sh\n([\s\S]*?)```/g)]
  .flatMap((m) => m[1].split("\n"))
  .map((line) => line.replace(/\s+#.*$/, "").trim())
  .filter((line) => line !== "");
/** The install section's TypeScript snippet. */
const snippet = /```ts\n([\s\S]*?)```/.exec(install)?.[1] ?? "";

type Runtime = "deno" | "node" | "bun";
const RUNTIME_OF: Record<string, Runtime> = { deno: "deno", npx: "node", bunx: "bun" };

/** The executable `npx -y <pkg>` runs, or undefined when it cannot be fetched. */
function npxExecPath(pkg: string): string | undefined {
  const r = spawnSync("npx", ["-y", pkg, "-e", "console.log(process.execPath)"], {
    encoding: "utf8",
    timeout: 300_000,
  });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

const node24 = npxExecPath("node@24");
const bun = npxExecPath("bun@1.3.5");
const missing = [node24 ? "" : "node@24", bun ? "" : "bun@1.3.5"].filter((s) => s !== "");
if (missing.length > 0) {
  console.warn(`readme_install_test: skipped, could not fetch ${missing.join(", ")} with npx`);
}

const decoder = new TextDecoder();

/** Run a program asynchronously (the registry is served from this process). */
async function run(
  cmd: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), 300_000);
  try {
    const out = await new Deno.Command(cmd, {
      args,
      cwd,
      env,
      clearEnv: true,
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
      signal: abort.signal,
    }).output();
    return {
      code: out.code,
      stdout: decoder.decode(out.stdout),
      stderr: decoder.decode(out.stderr),
    };
  } finally {
    clearTimeout(timer);
  }
}

Deno.test("README install section has the three commands and a snippet", () => {
  assert.deepEqual(commands.map((c) => RUNTIME_OF[c.split(" ")[0]]), ["deno", "node", "bun"]);
  assert.match(snippet, /from "@torch-parity\/init"/);
});

Deno.test({
  name: "README install commands work against a local JSR serving this checkout",
  ignore: missing.length > 0,
  async fn(t) {
    const work = await Deno.makeTempDir({ prefix: "torch-parity-install-" });
    try {
      const config = JSON.parse(readFileSync(new URL("deno.json", root), "utf8"));
      const registry = await serveLocalRegistry({
        root,
        config,
        files: publishFiles(root),
        npm: npmTarball(root, config, join(work, "npm-build")),
      });
      try {
        // The runtimes under test first on PATH, under the names the README uses.
        const bin = join(work, "bin");
        mkdirSync(bin);
        const bunx = join(dirname(bun!), "bunx.exe");
        symlinkSync(Deno.execPath(), join(bin, "deno"));
        symlinkSync(node24!, join(bin, "node"));
        symlinkSync(bun!, join(bin, "bun"));
        symlinkSync(existsSync(bunx) ? bunx : bun!, join(bin, "bunx"));
        const env: Record<string, string> = {
          ...Deno.env.toObject(),
          PATH: `${bin}:${Deno.env.get("PATH") ?? ""}`,
          JSR_URL: registry.url,
          DENO_DIR: join(work, "deno_dir"),
          NO_COLOR: "1",
          DENO_NO_UPDATE_CHECK: "1",
          npm_config_yes: "true",
          npm_config_audit: "false",
          npm_config_fund: "false",
          npm_config_update_notifier: "false",
        };

        const reference = join(work, "reference.ts");
        const checkout = new URL("src/mod.ts", root).href;
        writeFileSync(
          reference,
          snippet.replace(`from "@torch-parity/init"`, `from "${checkout}"`),
        );
        const expected = await run(Deno.execPath(), ["run", reference], work, env);
        assert.equal(expected.code, 0, expected.stderr);
        assert.ok(expected.stdout.trim().length > 0);

        for (const command of commands) {
          const runtime = RUNTIME_OF[command.split(" ")[0]];
          await t.step(`${command} (${runtime})`, async () => {
            const project = join(work, runtime);
            mkdirSync(project);
            // A fresh project, started the way each runtime's users start an ES module project.
            const init: Record<Runtime, string[][]> = {
              deno: [],
              node: [["npm", "init", "-y"], ["npm", "pkg", "set", "type=module"]],
              bun: [[bun!, "init", "-y"]],
            };
            for (const [cmd, ...args] of init[runtime]) {
              const made = await run(cmd, args, project, env);
              assert.equal(made.code, 0, `${cmd} ${args.join(" ")}\n${made.stderr}`);
            }
            if (runtime !== "deno") {
              // Where a JSR mirror is configured; `jsr add` keeps an existing @jsr line.
              writeFileSync(join(project, ".npmrc"), `@jsr:registry=${registry.url}/\n`);
            }
            const added = await run("bash", ["-c", command], project, env);
            assert.equal(added.code, 0, `${command}\n${added.stdout}\n${added.stderr}`);
            if (runtime === "deno") {
              const denoJson = readFileSync(join(project, "deno.json"), "utf8");
              const spec = `"${config.name}": "jsr:${config.name}@^${config.version}"`;
              assert.ok(denoJson.includes(spec), denoJson);
            } else {
              const installed = JSON.parse(readFileSync(
                join(project, "node_modules/@torch-parity/init/package.json"),
                "utf8",
              ));
              assert.equal(installed.name, "@jsr/torch-parity__init");
              // Installed by the runtime's own package manager (jsr picks it from the lockfile).
              const lock = runtime === "bun" ? "bun.lock" : "package-lock.json";
              assert.match(readFileSync(join(project, lock), "utf8"), /@jsr\/torch-parity__init/);
            }
            writeFileSync(join(project, "snippet.ts"), snippet);
            const argv: Record<Runtime, [string, string[]]> = {
              deno: [Deno.execPath(), ["run", "snippet.ts"]],
              node: [node24!, ["snippet.ts"]],
              bun: [bun!, ["snippet.ts"]],
            };
            const [cmd, args] = argv[runtime];
            const out = await run(cmd, args, project, env);
            assert.equal(out.code, 0, `${runtime} snippet.ts\n${out.stderr}`);
            assert.equal(out.stdout, expected.stdout);
          });
        }
        assert.ok(registry.requests.some((p) => p.endsWith("_meta.json")), "deno add used JSR_URL");
        assert.ok(registry.requests.some((p) => p.endsWith(".tgz")), "npm/bun used the registry");
      } finally {
        await registry.close();
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
});
