// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Half-precision initializers: torch's refusals (messages, generator
 * position, what is left in the tensor) and argument checks. The bits of
 * every fill are checked against real torch by the golden replay
 * (golden/gen/half_cases.py).
 */
import assert from "node:assert/strict";
import {
  constant,
  empty,
  eye,
  Generator,
  getRngState,
  manualSeed,
  normal,
  orthogonal,
  setTorchVersion,
  truncNormal,
  uniform,
} from "../mod.ts";
import { erf } from "../random/_libm.ts";

function withVersion(version: "1.13" | "2.6" | "2.14", fn: () => void) {
  setTorchVersion(version);
  try {
    fn();
  } finally {
    setTorchVersion("2.6");
  }
}

Deno.test("orthogonal_ on a half tensor draws its normal_ buffer, then refuses as LAPACK does", () => {
  for (const version of ["1.13", "2.6", "2.14"] as const) {
    withVersion(version, () => {
      for (const dtype of ["float16", "bfloat16"] as const) {
        manualSeed(3);
        const t = empty([4, 6], { dtype });
        const name = dtype === "float16" ? "Half" : "BFloat16";
        assert.throws(
          () => orthogonal(t),
          (e: Error) => e.message.includes(`"geqrf_cpu" not implemented for '${name}'`),
        );
        assert.ok(t.data.every((x) => x === 0), "the tensor is untouched");
        const after = getRngState();
        manualSeed(3);
        normal(empty([4, 6], { dtype }));
        assert.deepEqual(after, getRngState());
      }
    });
  }
});

Deno.test("torch 1.13 float16 trunc_normal_ writes its uniforms, then erfinv_ refuses", () => {
  withVersion("1.13", () => {
    const g = new Generator().manualSeed(5);
    const t = empty([10], { dtype: "float16" });
    assert.throws(
      () => truncNormal(t, { generator: g }),
      (e: Error) => e.message.includes(`"erfinv_vml_cpu" not implemented for 'Half'`),
    );
    const h = new Generator().manualSeed(5);
    const u = empty([10], { dtype: "float16" });
    const l = (1 + erf(-2 / Math.SQRT2)) / 2;
    const r = (1 + erf(2 / Math.SQRT2)) / 2;
    uniform(u, { a: 2 * l - 1, b: 2 * r - 1, generator: h });
    assert.deepEqual(t.data, u.data);
    assert.deepEqual(g.getState(), h.getState());
    assert.ok(t.data.some((x) => x !== 0));
    // bfloat16 and torch 2.x accept it.
    truncNormal(empty([10], { dtype: "bfloat16" }), { generator: g });
  });
  withVersion("2.6", () => truncNormal(empty([10], { dtype: "float16" })));
});

Deno.test("torch 1.13 refuses eye_ on bfloat16 before writing; 2.x fills it", () => {
  withVersion("1.13", () => {
    const t = constant(empty([2, 3], { dtype: "bfloat16" }), 2);
    assert.throws(() => eye(t), /"eye" not implemented for 'BFloat16'/);
    assert.ok(t.data.every((x) => x === 0x4000));
    assert.throws(() => eye(empty([2, 3, 4], { dtype: "bfloat16" })), TypeError);
  });
  assert.deepEqual(Array.from(eye(empty([2, 3], { dtype: "bfloat16" })).data), [
    0x3f80,
    0,
    0,
    0,
    0x3f80,
    0,
  ]);
});

Deno.test("constant_ refuses values beyond the dtype's largest finite value, quoting torch", () => {
  assert.throws(
    () => constant(empty([2], { dtype: "float16" }), 65504.5),
    (e: Error) =>
      e instanceof RangeError &&
      e.message.includes("value cannot be converted to type at::Half without overflow"),
  );
  assert.deepEqual(Array.from(constant(empty([2], { dtype: "float16" }), 65504).data), [
    0x7bff,
    0x7bff,
  ]);
  withVersion("2.14", () =>
    assert.throws(
      () => constant(empty([2], { dtype: "bfloat16" }), 3.4e38),
      /c10::BFloat16 without overflow/,
    ));
});

Deno.test("a Uint16Array tensor needs its dtype; bounds are checked against the half range", () => {
  const bare = { data: new Uint16Array(4), shape: [4] };
  assert.throws(
    () => uniform(bare as unknown as ReturnType<typeof empty>),
    /tensor.dtype must be "float16" or "bfloat16" for Uint16Array data, received undefined/,
  );
  assert.throws(
    () => uniform(empty([4], { dtype: "float16" }), { a: -1e5, b: 0 }),
    /a is out of bounds for float16, received -100000/,
  );
  uniform(empty([4], { dtype: "bfloat16" }), { a: -1e5, b: 0 });
});

Deno.test("half views fill through their strides and leave the rest of the buffer alone", () => {
  manualSeed(0);
  const base = empty([4, 6], { dtype: "bfloat16" });
  const view = { ...base, shape: [3, 6], strides: [6, 1], offset: 6 };
  normal(view);
  assert.ok(base.data.subarray(0, 6).every((x) => x === 0));
  assert.ok(base.data.subarray(6).every((x) => x !== 0));
  manualSeed(0);
  const plain = normal(empty([3, 6], { dtype: "bfloat16" }));
  assert.deepEqual(base.data.subarray(6), plain.data);
});
