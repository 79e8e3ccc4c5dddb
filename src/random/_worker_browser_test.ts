// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The parallel fill in a browser: headless Chromium loads the library from a
 * local server that sends the cross-origin isolation headers (so
 * `SharedArrayBuffer` exists) and serves each `.ts` module as JavaScript
 * (types stripped by the pinned TypeScript). The page compares two-thread
 * fills with one-thread fills (the browser's main thread may not
 * `Atomics.wait`, so the pool spins) and posts the outcome back.
 *
 * Full suite only (`TORCH_PARITY_FULL=1`): needs `npm:typescript` and
 * `/usr/bin/chromium`.
 *
 * @module
 */
import assert from "node:assert/strict";

const FULL = (() => {
  try {
    return Deno.env.get("TORCH_PARITY_FULL") === "1";
  } catch {
    return false;
  }
})();
const CHROMIUM = "/usr/bin/chromium";

const PAGE = `<!doctype html><meta charset="utf-8"><script type="module">
import * as tp from "/src/mod.ts";
import { lastParallelFill } from "/src/random/init_workers.ts";
const lines = [];
let failed = 0;
try {
  tp.setWarningHandler(() => {});
  const fills = {
    uniform: (t, g) => tp.uniform(t, { a: -1, b: 2, generator: g }),
    normal: (t, g) => tp.normal(t, { std: 0.5, generator: g }),
    kaimingUniform: (t, g) => tp.kaimingUniform(t, { generator: g }),
    xavierNormal: (t, g) => tp.xavierNormal(t, { generator: g }),
    truncNormal: (t, g) => tp.truncNormal(t, { std: 0.02, generator: g }),
  };
  const run = (fill, n, dtype) => {
    const g = new tp.Generator().manualSeed(n);
    const t = fill(tp.empty([16, n / 16], { dtype }), g);
    return [new Uint32Array(t.data.buffer.slice(0)), new Uint32Array(g.getState().buffer)];
  };
  const same = (a, b) => a.every((x, i) => x.length === b[i].length && x.every((w, k) => w === b[i][k]));
  lines.push("isolated " + crossOriginIsolated);
  for (const capability of ["avx2", "default"]) {
    tp.setCpuCapability(capability);
    for (const dtype of ["float32", "float64"]) {
      const cases = [];
      for (const name of Object.keys(fills)) for (const n of [4096, 20000]) cases.push([name, n]);
      const expected = cases.map(([name, n]) => run(fills[name], n, dtype));
      const threads = await tp.initWorkers(2, { minElements: 32, minPerThread: 16 });
      lines.push("threads " + threads);
      for (const [i, [name, n]] of cases.entries()) {
        const got = run(fills[name], n, dtype);
        const r = lastParallelFill();
        const ok = threads === 2 && r !== null && r.ranges.length === 2 && r.redone === 0 &&
          same(got, expected[i]);
        if (!ok) { failed++; lines.push("FAIL " + name + " " + dtype + " " + capability + " " + n); }
      }
      await tp.initWorkers(0);
    }
  }
} catch (e) {
  failed++;
  lines.push("ERROR " + e + " " + e.stack);
}
lines.push("failed " + failed);
await fetch("/result", { method: "POST", body: lines.join("\\n") });
</script>`;

Deno.test({
  name: "parallel fill in headless Chromium (cross-origin isolated page, spinning main thread)",
  ignore: !FULL,
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    const ts = (await import("npm:typescript@5.9.3")).default;
    const root = new URL("../../", import.meta.url);
    let resolveResult: (text: string) => void = () => {};
    const result = new Promise<string>((r) => (resolveResult = r));
    const headers = {
      "Cross-Origin-Opener-Policy": "same-origin",
      "Cross-Origin-Embedder-Policy": "require-corp",
    };
    const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, async (req) => {
      const path = new URL(req.url).pathname;
      if (path === "/result") {
        resolveResult(await req.text());
        return new Response("ok", { headers });
      }
      if (path === "/") {
        return new Response(PAGE, { headers: { ...headers, "content-type": "text/html" } });
      }
      try {
        const source = await Deno.readTextFile(new URL(`.${path}`, root));
        const js = ts.transpileModule(source, {
          compilerOptions: { target: ts.ScriptTarget.ESNext, module: ts.ModuleKind.ESNext },
        }).outputText;
        return new Response(js, { headers: { ...headers, "content-type": "text/javascript" } });
      } catch {
        return new Response("not found", { status: 404, headers });
      }
    });
    const profile = await Deno.makeTempDir();
    const browser = new Deno.Command(CHROMIUM, {
      args: [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        `--user-data-dir=${profile}`,
        `http://127.0.0.1:${server.addr.port}/`,
      ],
      stdout: "null",
      stderr: "null",
    }).spawn();
    try {
      const text = await Promise.race([
        result,
        new Promise<string>((r) => setTimeout(() => r("timeout"), 120_000)),
      ]);
      assert.match(text, /^isolated true$/m, text);
      assert.match(text, /^threads 2$/m, text);
      assert.match(text, /^failed 0$/m, text);
    } finally {
      browser.kill();
      await browser.status;
      await server.shutdown();
      await removeProfile(profile);
    }
  },
});

/** Remove Chromium's profile directory; its helper processes may still write to it for a moment. */
async function removeProfile(dir: string): Promise<void> {
  for (let attempt = 0;; attempt++) {
    try {
      await Deno.remove(dir, { recursive: true });
      return;
    } catch (e) {
      if (attempt >= 50) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
