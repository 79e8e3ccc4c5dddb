// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";

const script = new URL("./_worker_portable.ts", import.meta.url).pathname;
/** Node 24 and Bun come through npx: only under `deno task test:full`. */
const FULL = (() => {
  try {
    return Deno.env.get("TORCH_PARITY_FULL") === "1";
  } catch {
    return false;
  }
})();

async function run(cmd: string, args: string[]): Promise<string> {
  const out = await new Deno.Command(cmd, { args, stdout: "piped", stderr: "piped" }).output();
  const text = new TextDecoder().decode(out.stdout) + new TextDecoder().decode(out.stderr);
  assert.equal(out.code, 0, text);
  return text;
}

Deno.test("parallel fill, runtime-neutral check: Deno (Web Workers)", async () => {
  const text = await run(Deno.execPath(), ["run", "--allow-read", script]);
  assert.match(text, /^112 passed, 0 failed$/m);
});

Deno.test({
  name: "parallel fill, runtime-neutral check: Node 24 (worker_threads)",
  ignore: !FULL,
  async fn() {
    assert.match(await run("npx", ["-y", "node@24", script]), /^112 passed, 0 failed$/m);
  },
});

Deno.test({
  name: "parallel fill, runtime-neutral check: Bun (Web Workers)",
  ignore: !FULL,
  async fn() {
    assert.match(await run("npx", ["-y", "bun@1.3.5", script]), /^112 passed, 0 failed$/m);
  },
});
