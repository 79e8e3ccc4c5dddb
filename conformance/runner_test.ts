// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { runConformance } from "./runner.ts";
import { selfPort } from "./self_port.ts";
import { formatJson, formatJUnit, formatTable, grade, passed } from "./report.ts";
import { processPort } from "./process_port.ts";
import { main, parseArgs } from "../src/cli/mod.ts";
import { PYTHON, torchAvailable } from "./_torch_available.ts";
import { TENSOR_OPS } from "./port.ts";
import { FULL_SUITE } from "../_tools/full_suite.ts";

const examples = new URL("./examples/", import.meta.url).pathname;

Deno.test("this library passes every level (avx2)", async () => {
  const report = await runConformance(selfPort("avx2"));
  const bad = report.checks.filter((c) => c.status === "fail" || c.status === "error");
  assert.deepEqual(bad, []);
  assert.ok(passed(report));
  for (const op of TENSOR_OPS) assert.equal(grade(report, op, 4), "pass", op);
  // Levels 3 and 5 share the run's 1e-6 equally.
  assert.equal(report.statistics?.alpha, 5e-7);
  assert.ok(report.moduleStatistics!.checks > 100);
  assert.equal(report.moduleStatistics!.perCheck, 5e-7 / report.moduleStatistics!.checks);
  const modules = report.checks.filter((c) => c.level === 5);
  assert.ok(modules.length > 1000 && modules.every((c) => c.status === "pass"));
  assert.ok(modules.some((c) => /bit-exact state_dict and generator state/.test(c.name)));
  assert.match(formatTable(report), /0 failed/);
  assert.equal(JSON.parse(formatJson(report)).passed, true);
  assert.match(
    formatJUnit(report),
    /<testsuite name="level 3 distribution" tests="\d+" failures="0"/,
  );
});

Deno.test({
  name: "the pure Python example port passes levels 1-3 and makes no bit-exact claim",
  // A python3 child graded on every level (14 s): the full suite.
  ignore: !FULL_SUITE,
  async fn() {
    const port = await processPort(`${PYTHON} ${examples}pure_port.py`);
    try {
      const report = await runConformance(port);
      const bad = report.checks.filter((c) => c.status === "fail" || c.status === "error");
      assert.deepEqual(bad.map((c) => `${c.name}: ${c.detail}`), []);
      assert.ok(report.checks.some((c) => c.level === 4 && c.status === "skip"));
    } finally {
      await port.close?.();
    }
  },
});

Deno.test({
  name: "the torch-backed example port passes all four levels through the protocol",
  ignore: !torchAvailable,
  async fn() {
    const port = await processPort(`${PYTHON} ${examples}torch_port.py`, { timeoutMs: 120_000 });
    try {
      const report = await runConformance(port);
      const bad = report.checks.filter((c) => c.status === "fail" || c.status === "error");
      assert.deepEqual(bad.map((c) => `${c.name}: ${c.detail}`), []);
      for (const op of TENSOR_OPS) assert.equal(grade(report, op, 4), "pass", op);
    } finally {
      await port.close?.();
    }
  },
});

Deno.test("cli: flags are validated with clear errors", () => {
  assert.throws(() => parseArgs(["--levels", "1,6"]), /--levels must be .* received "1,6"/);
  assert.throws(
    () => parseArgs(["--report", "xml"]),
    /--report must be table, json or junit, received "xml"/,
  );
  assert.throws(() => parseArgs(["--frobnicate"]), /Unknown flag "--frobnicate"/);
  assert.throws(() => parseArgs(["--port"]), /--port needs a value/);
  assert.throws(() => parseArgs(["--port", "a.ts", "--port-cmd", "b"]), /at most one/);
  assert.deepEqual(parseArgs(["--levels", "2,1", "--report", "junit"]).levels, [2, 1]);
});

Deno.test("cli: a bad flag exits with 2", async () => {
  assert.equal(await main(["--levels", "9"]), 2);
});

Deno.test({
  name: "cli: a failing port exits with 1",
  // A python3 child that times out on purpose, request after request (21 s): the full suite.
  ignore: !FULL_SUITE,
  async fn() {
    assert.equal(
      await main([
        "--port-cmd",
        `${PYTHON} ${examples}bad_port.py`,
        "--levels",
        "2",
        "--timeout-ms",
        "1000",
        "--out",
        "/dev/null",
      ]),
      1,
    );
  },
});
