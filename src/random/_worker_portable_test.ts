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
  assert.match(text, /^113 passed, 0 failed$/m);
});

Deno.test({
  name: "parallel fill, runtime-neutral check: Node 24 (worker_threads)",
  ignore: !FULL,
  async fn() {
    assert.match(await run("npx", ["-y", "node@24", script]), /^113 passed, 0 failed$/m);
  },
});

Deno.test({
  name: "parallel fill, runtime-neutral check: Bun (Web Workers)",
  ignore: !FULL,
  async fn() {
    assert.match(await run("npx", ["-y", "bun@1.3.5", script]), /^113 passed, 0 failed$/m);
  },
});

Deno.test("where workers cannot start (no read permission for the worker module), initWorkers resolves to 1 and fills run on one thread", async () => {
  const mod = new URL("../mod.ts", import.meta.url).href;
  const dir = await Deno.makeTempDir();
  const file = `${dir}/no_workers.ts`;
  await Deno.writeTextFile(
    file,
    `import { empty, Generator, initWorkers, uniform } from ${JSON.stringify(mod)};
const one = uniform(empty([1 << 16]), { generator: new Generator().manualSeed(3) });
const threads = await initWorkers(2, { minElements: 1024 });
const two = uniform(empty([1 << 16]), { generator: new Generator().manualSeed(3) });
console.log(threads, one.data.every((x, i) => Object.is(x, two.data[i])));
`,
  );
  try {
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["run", "--no-lock", file],
      stdout: "piped",
      stderr: "piped",
    }).output();
    const text = new TextDecoder().decode(out.stdout);
    assert.equal(out.code, 0, new TextDecoder().decode(out.stderr));
    assert.equal(text.trim(), "1 true");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
