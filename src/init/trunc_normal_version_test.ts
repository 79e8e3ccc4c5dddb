// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import {
  empty,
  getCpuCapability,
  getLibm,
  getRngState,
  getTorchVersion,
  manualSeed,
  setCpuCapability,
  setLibm,
  setTorchVersion,
  truncNormal,
} from "../mod.ts";

function withSettings(
  version: "1.13" | "2.6" | "2.14",
  libm: Parameters<typeof setLibm>[0],
  fn: () => void,
) {
  const previous = getTorchVersion();
  setTorchVersion(version);
  setLibm(libm);
  try {
    fn();
  } finally {
    setLibm("auto");
    setTorchVersion(previous);
  }
}

Deno.test("setTorchVersion / setLibm refuse unknown values and libm follows the release", () => {
  assert.throws(
    () => setTorchVersion("2.0" as "2.6"),
    /version must be "1.13", "2.6" or "2.14", received "2.0"/,
  );
  assert.throws(() => setLibm("musl" as "auto"), /received "musl"/);
  withSettings("1.13", "auto", () => assert.equal(getLibm(), "glibc-2.36"));
  withSettings("2.6", "auto", () => assert.equal(getLibm(), "glibc-2.41"));
  withSettings("2.14", "auto", () => assert.equal(getLibm(), "glibc-2.43"));
  withSettings("2.14", "glibc-2.36", () => assert.equal(getLibm(), "glibc-2.36"));
});

Deno.test("inverse-CDF trunc_normal_ with glibc 2.43 is refused before anything is drawn", () => {
  withSettings("2.6", "glibc-2.43", () => {
    manualSeed(3);
    const t = empty([64]);
    const before = getRngState();
    assert.throws(() => truncNormal(t), (e: Error) => /glibc 2\.43's erf/.test(e.message));
    assert.deepEqual(getRngState(), before);
    assert.ok(t.data.every((x) => x === 0));
  });
});

Deno.test("torch 1.13 and 2.6 differ in float32 trunc_normal_ only through erff, as measured", () => {
  // torch 2.6 on glibc 2.36 is torch 1.13: the algorithm did not change.
  const fill = (version: "1.13" | "2.6", libm: Parameters<typeof setLibm>[0]) => {
    let out: Float32Array = new Float32Array();
    withSettings(version, libm, () => {
      manualSeed(0);
      out = truncNormal(empty([4096])).data as Float32Array;
    });
    return new Uint32Array(out.buffer);
  };
  assert.deepEqual(fill("2.6", "glibc-2.36"), fill("1.13", "auto"));
  const a = fill("2.6", "auto");
  const b = fill("1.13", "auto");
  const differing = a.filter((x, i) => x !== b[i]).length;
  assert.ok(differing > 0 && differing < 0.1 * a.length, `${differing} differ`);
});

Deno.test("torch 2.14's trunc_normal_ keeps every value inside [a, b] on both branches", () => {
  const capability = getCpuCapability();
  setCpuCapability("default");
  try {
    for (const [a, b] of [[-2, 2], [0.5, 0.6]]) {
      withSettings("2.14", "auto", () => {
        manualSeed(1);
        const t = truncNormal(empty([1000]), { a, b });
        assert.ok(t.data.every((x) => x >= Math.fround(a) && x <= Math.fround(b)), `[${a}, ${b}]`);
      });
    }
  } finally {
    setCpuCapability(capability);
  }
});
