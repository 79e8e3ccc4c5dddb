// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The library in a real browser: headless Chromium (Debian's `chromium`,
 * installed by `.ci/run`) loads pages served by this test on 127.0.0.1 and
 * reports back over the DevTools protocol. Full suite only (`deno task
 * test:full`, `TORCH_PARITY_FULL=1`).
 *
 * - The bundles are made by `browser/bundle.ts` (esbuild 0.28.2 from npm).
 *   The library the pages import through their import map (`/lib/`) is the
 *   SHIPPED one, the committed `dist/browser/` of the npm package; the test
 *   first checks that it is byte for byte a fresh build.
 * - `shipped.html`: `shipped_page.ts`, which reaches the library only
 *   through the import map (the shipped files): `initKernels()`, the golden
 *   replay of torch 1.13 through the public API (tensor cases without raw
 *   MT19937 words or `randperm`, all nn module cases), `initWorkers(2)`
 *   with `_worker.js` from `dist/browser/`; `shipped-csp.html?quick`: the
 *   shipped bundle's TypeScript fallback, its reason and one warning.
 * - `page.html`: the test page (`browser/page.ts`): synchronous WebAssembly
 *   compiles on the main thread (the library's four modules, and padded ones
 *   around the size limit), `await initKernels()`, the golden replay of
 *   torch 1.13's tensor and nn module cases for both capabilities, the
 *   harness's levels 1–5 on this library's self port, a timed 1024²
 *   float32 `normal`, and the same fill split over `initWorkers(2)` (the
 *   pages are cross-origin isolated) with the one-thread bits.
 * - `page-csp.html`: the same page under a Content-Security-Policy without
 *   `'wasm-unsafe-eval'`: WebAssembly is refused, `initKernels()` must say
 *   `"typescript"`, and every bit must be the same.
 * - `page-wasm-csp.html?quick`: that policy plus `'wasm-unsafe-eval'`: the
 *   backend, compiles and bits of `page.html` again.
 * - `snippet.html?n=N`: each README/docs snippet as a page module, the
 *   package resolved through an import map to the shipped bundle (the
 *   user's import-map route), printing what Deno prints; with and without
 *   the CSP.
 *
 * Prints a summary (backend, replay counts, level counts, timings in
 * Chromium and Deno) for docs/browser.md.
 *
 * @module
 */
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { FULL_SUITE } from "./full_suite.ts";
import { CHROMIUM, launchChromium } from "./browser/_chromium.ts";
import { timeNormal1024 } from "./browser/_normal_timing.ts";
import type { PageResult } from "./browser/page.ts";
import type { ShippedResult } from "./browser/shipped_page.ts";
import type { Snippet } from "./browser/_snippets.ts";
import { initKernels } from "../src/mod.ts";

const root = new URL("../", import.meta.url);
const checkout = fileURLToPath(root);

/** The Content-Security-Policy of the `-csp` pages: no `'wasm-unsafe-eval'`. */
const NONCE = "torch-parity-test";
const CSP =
  `default-src 'self'; script-src 'self' 'nonce-${NONCE}'; connect-src 'self'; style-src 'unsafe-inline'`;
/** The same with `'wasm-unsafe-eval'` (the `-wasm-csp` page): WebAssembly allowed again. */
const WASM_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".safetensors": "application/octet-stream",
};

/** The shipped browser bundle (package.json's `./browser…` exports), served as `/lib/`. */
const SHIPPED = join(checkout, "dist", "browser");

/** The import map of the snippet and shipped pages: the package's export paths → `/lib/`. */
const IMPORT_MAP = {
  imports: {
    "@torch-parity/init": "/lib/mod.js",
    "@torch-parity/init/nn": "/lib/nn.js",
    "@torch-parity/init/safetensors": "/lib/safetensors.js",
  },
};

/** The runner of snippet `n`: capture console.log as Deno prints it, then import the snippet. */
function snippetRunner(n: number): string {
  return `"use strict";
const logs = [];
const show = (v, nested) => typeof v === "string" ? (nested ? JSON.stringify(v) : v)
  : typeof v === "number" ? (Object.is(v, -0) ? "-0" : String(v))
  : typeof v === "bigint" ? v + "n"
  : Array.isArray(v) ? (v.length === 0 ? "[]" : "[ " + v.map((x) => show(x, true)).join(", ") + " ]")
  : String(v);
const log = console.log;
console.log = (...args) => { logs.push(args.map((a) => show(a, false)).join(" ")); log.apply(console, args); };
globalThis.torchParity = import("/snippets/snippet_${n}.js").then(
  () => ({ ok: true, logs }),
  (e) => ({ ok: false, error: String(e && e.stack || e), logs }),
);
`;
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${title}</title></head>
<body>${body}</body></html>
`;
}

/** Serve the bundles, the golden files and the pages on 127.0.0.1. */
function serve(out: string): Deno.HttpServer<Deno.NetAddr> {
  const golden = normalize(join(checkout, "golden"));
  return Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, (request) => {
    const url = new URL(request.url);
    // Cross-origin isolated (SharedArrayBuffer, for initWorkers): everything is same-origin.
    const headers = new Headers({
      "cache-control": "no-store",
      "cross-origin-opener-policy": "same-origin",
      "cross-origin-embedder-policy": "require-corp",
    });
    if (url.pathname.endsWith("-wasm-csp.html")) {
      headers.set("content-security-policy", WASM_CSP);
    } else if (url.pathname.endsWith("-csp.html")) headers.set("content-security-policy", CSP);
    const respond = (body: BodyInit, type: string) => {
      headers.set("content-type", type);
      return new Response(body, { headers });
    };
    if (/^\/page(-csp|-wasm-csp)?\.html$/.test(url.pathname)) {
      return respond(
        page(
          "torch-parity browser test",
          `<pre id="result">running</pre>
<script type="module" nonce="${NONCE}" src="/bundle/page.js"></script>`,
        ),
        TYPES[".html"],
      );
    }
    if (url.pathname === "/shipped.html" || url.pathname === "/shipped-csp.html") {
      return respond(
        page(
          "torch-parity shipped bundle",
          `<script type="importmap" nonce="${NONCE}">${JSON.stringify(IMPORT_MAP)}</script>
<script type="module" nonce="${NONCE}" src="/bundle/shipped_page.js"></script>`,
        ),
        TYPES[".html"],
      );
    }
    if (url.pathname === "/snippet.html" || url.pathname === "/snippet-csp.html") {
      const n = Number(url.searchParams.get("n"));
      return respond(
        page(
          `snippet ${n}`,
          `<script type="importmap" nonce="${NONCE}">${JSON.stringify(IMPORT_MAP)}</script>
<script nonce="${NONCE}" src="/run-snippet.js?n=${n}"></script>`,
        ),
        TYPES[".html"],
      );
    }
    if (url.pathname === "/run-snippet.js") {
      return respond(snippetRunner(Number(url.searchParams.get("n"))), TYPES[".js"]);
    }
    let file: string | undefined;
    if (url.pathname === "/bundle/page.js") file = join(out, "page.js");
    else if (url.pathname === "/bundle/shipped_page.js") file = join(out, "shipped_page.js");
    else if (url.pathname === "/bundle/_worker.js") file = join(out, "_worker.js");
    else if (/^\/lib\/[\w.-]+\.js$/.test(url.pathname)) {
      file = join(SHIPPED, url.pathname.slice("/lib/".length));
    } else if (/^\/snippets\/[\w.-]+\.js$/.test(url.pathname)) file = join(out, url.pathname);
    else if (url.pathname.startsWith("/golden/")) {
      const path = normalize(join(checkout, decodeURIComponent(url.pathname)));
      if (path.startsWith(golden + "/")) file = path;
    }
    const type = file && TYPES[extname(file)];
    if (!file || !type || !existsSync(file)) return new Response("not found", { status: 404 });
    return respond(readFileSync(file), type);
  });
}

/** Run `deno` with `args` in `cwd`; stdout, or an assertion error with both streams. */
function deno(args: string[], cwd: string): string {
  const r = new Deno.Command(Deno.execPath(), {
    args,
    cwd,
    stdout: "piped",
    stderr: "piped",
    env: { NO_COLOR: "1" },
  }).outputSync();
  const text = (b: Uint8Array) => new TextDecoder().decode(b);
  assert.equal(r.code, 0, `deno ${args.join(" ")}:\n${text(r.stdout)}\n${text(r.stderr)}`);
  return text(r.stdout);
}

/** What each snippet prints under Deno (a project whose import map points at this checkout). */
function denoOutputs(snippets: Snippet[]): string[][] {
  const dir = mkdtempSync(join(tmpdir(), "torch-parity-browser-deno-"));
  try {
    const config = JSON.parse(readFileSync(new URL("deno.json", root), "utf8"));
    const imports: Record<string, string> = {};
    for (const spec of Object.keys(IMPORT_MAP.imports)) {
      const sub = spec.slice("@torch-parity/init".length);
      imports[spec] = new URL(config.exports[`.${sub}`], root).href;
    }
    writeFileSync(join(dir, "deno.json"), JSON.stringify({ imports }));
    return snippets.map((s, i) => {
      writeFileSync(join(dir, `snippet_${i + 1}.ts`), s.code);
      const out = deno(["run", "--no-lock", "--allow-read", `snippet_${i + 1}.ts`], dir);
      return out.split("\n").filter((line, k, all) => k < all.length - 1 || line !== "");
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function ms(x: number): string {
  return `${x.toFixed(1)} ms`;
}

Deno.test({
  name: "Chromium runs initKernels, the golden replay, the README snippets and levels 1-5; " +
    "under a CSP without wasm-unsafe-eval the TypeScript kernels give the same bits",
  ignore: !FULL_SUITE,
}, async (t) => {
  assert.ok(
    existsSync(CHROMIUM),
    `${CHROMIUM} is missing: apt-get install -y chromium (.ci/run installs it)`,
  );
  const started = performance.now();
  const out = mkdtempSync(join(tmpdir(), "torch-parity-browser-"));
  const server = serve(out);
  const origin = `http://127.0.0.1:${server.addr.port}`;
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
  try {
    deno([
      "run",
      "--lock=deno.full.lock",
      "--allow-read",
      "--allow-write",
      "--allow-env",
      "--allow-run",
      "_tools/browser/bundle.ts",
      out,
    ], checkout);
    const bundled = performance.now();

    await t.step("the shipped dist/browser/ is byte for byte a fresh build", () => {
      const fresh = readdirSync(join(out, "lib")).sort();
      assert.deepEqual(readdirSync(SHIPPED).sort(), fresh, "run `deno task build:npm`");
      for (const f of fresh) {
        const same = readFileSync(join(SHIPPED, f)).equals(readFileSync(join(out, "lib", f)));
        assert.ok(
          same,
          `dist/browser/${f} differs from a fresh build: run \`deno task build:npm\``,
        );
      }
    });
    const snippets: Snippet[] = JSON.parse(readFileSync(join(out, "snippets.json"), "utf8"));
    const expected = denoOutputs(snippets);
    browser = await launchChromium();
    const results: Record<string, PageResult> = {};

    for (const variant of ["page.html", "page-csp.html"]) {
      await t.step(variant, async () => {
        const tab = await browser!.newTab();
        await tab.goto(`${origin}/${variant}`);
        const r = await tab.evaluate("globalThis.torchParity") as PageResult;
        results[variant] = r;
        const where = `${variant}\n${tab.log.join("\n")}\n${JSON.stringify(r, null, 2)}`;
        assert.deepEqual(r.errors, [], where);
        if (variant === "page.html") {
          assert.match(r.backend, /^wasm(-fma)?$/, where);
          assert.match(r.reason, /^WebAssembly SIMD with /, where);
          assert.deepEqual(r.warnings, [], where);
          // What docs/browser.md says: the library's four modules compile synchronously here.
          for (const c of r.syncCompile.slice(0, 4)) assert.ok(c.compiled, `${c.name}: ${where}`);
        } else {
          assert.equal(r.backend, "typescript", where);
          const reason =
            "WebAssembly refused by a Content-Security-Policy without 'wasm-unsafe-eval'";
          assert.equal(r.reason, reason, where);
          assert.equal(r.warnings.length, 1, where);
          assert.ok(r.warnings[0].includes(reason), where);
          for (const c of r.syncCompile) assert.equal(c.compiled, false, `${c.name}: ${where}`);
          for (const c of r.syncCompile.slice(0, 4)) {
            assert.match(c.error ?? "", /Content Security/, where);
          }
        }
        assert.deepEqual(r.replay.map((x) => x.capability), ["default", "avx2"], where);
        for (const x of r.replay) {
          assert.ok(x.cases > 1000 && x.moduleCases > 300, where);
          for (const op of ["uniform_", "normal_", "trunc_normal_", "kaiming_uniform_"]) {
            assert.ok((x.ops[op] ?? 0) > 20, `${op}: ${where}`);
          }
          for (const op of ["kaiming_normal_", "orthogonal_", "sparse_", "randperm"]) {
            assert.ok((x.ops[op] ?? 0) > 5, `${op}: ${where}`);
          }
          assert.equal(x.mismatches, 0, `${x.capability}: ${x.firstMismatches}`);
          assert.equal(x.moduleMismatches, 0, `${x.capability}: ${x.firstModuleMismatches}`);
        }
        assert.deepEqual(r.conformance.levels.map((l) => l.level), [1, 2, 3, 4, 5], where);
        assert.deepEqual(r.parallel, {
          crossOriginIsolated: true,
          threads: 2,
          ranges: 2,
          sameBits: true,
        }, where);
        assert.ok(r.conformance.passed, JSON.stringify(r.conformance, null, 2));
        await tab.close();
      });
    }
    const [wasm, ts] = [results["page.html"], results["page-csp.html"]];

    await t.step(
      "page-wasm-csp.html?quick: 'wasm-unsafe-eval' lets WebAssembly back in",
      async () => {
        const tab = await browser!.newTab();
        await tab.goto(`${origin}/page-wasm-csp.html?quick`);
        const r = await tab.evaluate("globalThis.torchParity") as PageResult;
        const where = `${tab.log.join("\n")}\n${JSON.stringify(r, null, 2)}`;
        assert.equal(r.backend, wasm?.backend, where);
        assert.deepEqual(
          r.syncCompile.map((c) => c.compiled),
          wasm?.syncCompile.map((c) => c.compiled),
        );
        assert.deepEqual(r.normal.map((x) => x.sha256), wasm?.normal.map((x) => x.sha256), where);
        await tab.close();
      },
    );

    let shipped: ShippedResult | undefined;
    for (const variant of ["shipped.html", "shipped-csp.html?quick"]) {
      await t.step(`${variant}: the shipped dist/browser/ through the import map`, async () => {
        const tab = await browser!.newTab();
        await tab.goto(`${origin}/${variant}`);
        const r = await tab.evaluate("globalThis.torchParity") as ShippedResult;
        const where = `${variant}\n${tab.log.join("\n")}\n${JSON.stringify(r, null, 2)}`;
        assert.deepEqual(r.errors, [], where);
        // The timed tensor: the bits of the test page's own bundle.
        assert.deepEqual(r.normal.map((x) => x.sha256), wasm?.normal.map((x) => x.sha256), where);
        if (variant === "shipped.html") {
          shipped = r;
          assert.equal(r.backend, wasm?.backend, where);
          assert.deepEqual(r.warnings, [], where);
          assert.deepEqual(r.replay.map((x) => x.capability), ["default", "avx2"], where);
          for (const [x, full] of r.replay.map((x, i) => [x, wasm?.replay[i]] as const)) {
            assert.ok(x.cases > 1900 && x.skipped > 50, where);
            assert.equal(x.cases + x.skipped, full?.cases, where);
            assert.equal(x.mismatches, 0, `${x.capability}: ${x.firstMismatches}`);
            assert.equal(x.moduleCases, full?.moduleCases, where);
            assert.equal(x.moduleEntries, full?.moduleEntries, where);
            assert.equal(x.moduleMismatches, 0, `${x.capability}: ${x.firstModuleMismatches}`);
          }
          assert.deepEqual(r.parallel, { threads: 2, sameBits: true }, where);
        } else {
          assert.equal(r.backend, "typescript", where);
          assert.equal(r.reason, ts?.reason, where);
          assert.equal(r.warnings.length, 1, where);
          assert.ok(r.warnings[0].includes(r.reason), where);
        }
        await tab.close();
      });
    }

    await t.step("the same bits with and without WebAssembly, and as in Deno", async () => {
      assert.ok(wasm && ts);
      await initKernels();
      const here = await timeNormal1024(5);
      for (const k of [0, 1]) {
        assert.equal(wasm.normal[k].sha256, here[k].sha256, wasm.normal[k].capability);
        assert.equal(ts.normal[k].sha256, here[k].sha256, ts.normal[k].capability);
      }
      for (const [a, b] of wasm.replay.map((x, i) => [x, ts.replay[i]])) {
        assert.deepEqual(
          [a.cases, a.moduleCases, a.moduleEntries],
          [b.cases, b.moduleCases, b.moduleEntries],
        );
      }
      const deno = await initKernels();
      console.log(
        [
          `browser: ${browser!.product} (${wasm.userAgent})`,
          `synchronous compiles on the main thread: ${
            wasm.syncCompile.map((c) =>
              `${c.name} ${c.bytes} B ${
                c.compiled ? `compiled (${ms(c.ms)})` : `refused: ${c.error}`
              }`
            ).join("; ")
          }`,
          `under the CSP: ${
            ts.syncCompile.map((c) => c.compiled ? "compiled" : "refused").join(", ")
          }`,
          ...[wasm, ts].map((r) =>
            `${r === wasm ? "page" : "CSP page"}: backend ${r.backend} (${r.reason}; warned ${
              JSON.stringify(r.warnings)
            }); replay ${
              r.replay.map((x) =>
                `${x.capability} ${x.cases} tensor cases + ${x.moduleCases} module cases (${x.moduleEntries} entries) in ${
                  ms(x.ms)
                }`
              ).join(", ")
            }; levels 1-5 ${
              r.conformance.levels.map((l) => `${l.level}: ${JSON.stringify(l.statuses)}`).join(
                " ",
              )
            } in ${ms(r.conformance.ms)}`
          ),
          "normal(empty([1024, 1024])) float32, min / median:",
          ...here.map((d, k) =>
            `  ${d.capability}: Chromium ${wasm.backend} ${ms(wasm.normal[k].minMs)} / ${
              ms(wasm.normal[k].medianMs)
            }, Chromium typescript (CSP) ${ms(ts.normal[k].minMs)} / ${
              ms(ts.normal[k].medianMs)
            }, Deno ${deno} ${ms(d.minMs)} / ${ms(d.medianMs)}`
          ),
          `shipped dist/browser/: backend ${shipped?.backend}; replay ${
            shipped?.replay.map((x) =>
              `${x.capability} ${x.cases} tensor cases (${x.skipped} skipped: random32/randperm) + ${x.moduleCases} module cases in ${
                ms(x.ms)
              }`
            ).join(", ")
          }; initWorkers(2) ${JSON.stringify(shipped?.parallel)}`,
          `bundle ${ms(bundled - started)}, whole test ${ms(performance.now() - started)}`,
        ].join("\n"),
      );
    });

    for (const variant of ["snippet.html", "snippet-csp.html"]) {
      await t.step(`README/docs snippets through an import map (${variant})`, async () => {
        const backend = variant === "snippet.html" ? wasm?.backend : "typescript";
        for (const [i, s] of snippets.entries()) {
          const tab = await browser!.newTab();
          await tab.goto(`${origin}/${variant}?n=${i + 1}`);
          const r = await tab.evaluate("globalThis.torchParity") as {
            ok: boolean;
            error?: string;
            logs: string[];
          };
          const where = `snippet ${i + 1} (${s.document}) in ${variant}:\n${tab.log.join("\n")}`;
          assert.ok(r.ok, `${where}\n${r.error}`);
          // initKernels() prints the backend: Deno's is this machine's, the page's its own.
          const want = expected[i].map((l) => /^wasm(-fma)?$|^typescript$/.test(l) ? backend : l);
          assert.deepEqual(r.logs, want, where);
          await tab.close();
        }
      });
    }
  } finally {
    await browser?.close();
    await server.shutdown();
    rmSync(out, { recursive: true, force: true });
  }
});
