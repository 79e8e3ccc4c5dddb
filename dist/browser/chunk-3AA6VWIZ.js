// src/_layout.ts
function contiguousStrides(shape) {
  const strides = new Array(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = acc;
    acc *= Math.max(shape[i], 1);
  }
  return strides;
}
function describe(x) {
  if (x === null) return "null";
  if (Array.isArray(x)) return `[${x.map(describe).join(", ")}]`;
  if (typeof x === "object") return x.constructor?.name ?? "object";
  if (typeof x === "string") return JSON.stringify(x);
  return String(x);
}
function layoutOf(t, what) {
  return checkLayout(t, what, false);
}
function halfLayoutOf(t, what) {
  return checkLayout(t, what, false, true);
}
function isHalfTensor(t) {
  return t !== null && typeof t === "object" && t.data instanceof Uint16Array;
}
function anyLayoutOf(t, what) {
  return checkLayout(t, what, true);
}
function checkLayout(t, what, int64, half = false) {
  if (t === null || typeof t !== "object") {
    throw new TypeError(`${what}: tensor must be an object, received ${describe(t)}`);
  }
  const data = t.data;
  let dtype;
  if (half && data instanceof Uint16Array) {
    const tag = t.dtype;
    if (tag !== "float16" && tag !== "bfloat16") {
      throw new TypeError(
        `${what}: tensor.dtype must be "float16" or "bfloat16" for Uint16Array data, received ${describe(tag)}`
      );
    }
    dtype = tag;
  } else if (data instanceof Float32Array) dtype = "float32";
  else if (data instanceof Float64Array) dtype = "float64";
  else if (int64 && data instanceof BigInt64Array) dtype = "int64";
  else {
    throw new TypeError(
      `${what}: tensor.data must be a Float32Array${int64 ? ", Float64Array or BigInt64Array" : " or Float64Array"}, received ${describe(data)}`
    );
  }
  const shape = t.shape;
  if (!Array.isArray(shape)) {
    throw new TypeError(`${what}: tensor.shape must be an array, received ${describe(shape)}`);
  }
  let numel = 1;
  for (let i = 0; i < shape.length; i++) {
    const s = shape[i];
    if (typeof s !== "number" || !Number.isInteger(s) || s < 0) {
      throw new RangeError(
        `${what}: tensor.shape[${i}] must be a non-negative integer, received ${describe(s)}`
      );
    }
    numel *= s;
  }
  let strides;
  if (t.strides === void 0) strides = contiguousStrides(shape);
  else {
    strides = t.strides;
    if (!Array.isArray(strides) || strides.length !== shape.length) {
      throw new TypeError(
        `${what}: tensor.strides must be an array of ${shape.length} numbers, received ${describe(strides)}`
      );
    }
    for (let i = 0; i < strides.length; i++) {
      const s = strides[i];
      if (typeof s !== "number" || !Number.isInteger(s) || s < 0) {
        throw new RangeError(
          `${what}: tensor.strides[${i}] must be a non-negative integer, received ${describe(s)}`
        );
      }
    }
  }
  const offset = t.offset ?? 0;
  if (typeof offset !== "number" || !Number.isInteger(offset) || offset < 0) {
    throw new RangeError(
      `${what}: tensor.offset must be a non-negative integer, received ${describe(offset)}`
    );
  }
  if (numel > 0) {
    let last = offset;
    for (let i = 0; i < shape.length; i++) {
      last += (shape[i] - 1) * strides[i];
      if (strides[i] === 0 && shape[i] > 1) {
        throw new RangeError(
          `${what}: more than one element of the tensor refers to a single memory location (tensor.strides[${i}] is 0 for size ${shape[i]})`
        );
      }
    }
    if (last >= data.length) {
      throw new RangeError(
        `${what}: tensor.data is too short for its shape, strides and offset: needs at least ${last + 1} elements, received ${data.length}`
      );
    }
  }
  let contiguous = true;
  let expected = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    if (shape[i] === 1) continue;
    if (strides[i] !== expected) {
      contiguous = false;
      break;
    }
    expected *= shape[i];
  }
  if (numel === 0) contiguous = true;
  return { data, dtype, shape, strides, offset, numel, contiguous };
}
function iterationPlan(layout) {
  const { shape, strides } = layout;
  const n = shape.length;
  if (n === 0) return [[1], [0]];
  const perm = [];
  for (let i = n - 1; i >= 0; i--) perm.push(i);
  if (n > 1) {
    const shouldSwap = (d0, d1) => {
      const s0 = strides[d0];
      const s1 = strides[d1];
      if (s0 === 0 || s1 === 0) return 0;
      if (s0 < s1) return -1;
      if (s0 > s1) return 1;
      return shape[d0] > shape[d1] ? 1 : 0;
    };
    for (let i = 1; i < n; i++) {
      let d1 = i;
      for (let d0 = i - 1; d0 >= 0; d0--) {
        const c = shouldSwap(perm[d0], perm[d1]);
        if (c > 0) {
          const tmp = perm[d0];
          perm[d0] = perm[d1];
          perm[d1] = tmp;
          d1 = d0;
        } else if (c < 0) break;
      }
    }
  }
  const sizes = perm.map((d) => shape[d]);
  const strd = perm.map((d) => strides[d]);
  let prev = 0;
  for (let d = 1; d < sizes.length; d++) {
    const canCoalesce = sizes[prev] === 1 || sizes[d] === 1 || sizes[prev] * strd[prev] === strd[d];
    if (canCoalesce) {
      if (sizes[prev] === 1) strd[prev] = strd[d];
      sizes[prev] *= sizes[d];
    } else {
      prev++;
      if (prev !== d) {
        strd[prev] = strd[d];
        sizes[prev] = sizes[d];
      }
    }
  }
  sizes.length = prev + 1;
  strd.length = prev + 1;
  return [sizes, strd];
}
function forEachIndex(layout, visit) {
  if (layout.numel === 0) return;
  const [sizes, strides] = iterationPlan(layout);
  const nd = sizes.length;
  if (nd === 1) {
    const s = strides[0];
    let p = layout.offset;
    for (let i = 0; i < sizes[0]; i++, p += s) visit(p);
    return;
  }
  const counter = new Array(nd).fill(0);
  const inner = sizes[0];
  const innerStride = strides[0];
  let base = layout.offset;
  const total = layout.numel;
  for (let done = 0; done < total; done += inner) {
    let p = base;
    for (let i = 0; i < inner; i++, p += innerStride) visit(p);
    for (let d = 1; d < nd; d++) {
      counter[d]++;
      base += strides[d];
      if (counter[d] < sizes[d]) break;
      base -= strides[d] * sizes[d];
      counter[d] = 0;
    }
  }
}
function forEachRowMajor(layout, visit) {
  const { shape, strides, numel } = layout;
  if (numel === 0) return;
  const n = shape.length;
  const idx = new Array(n).fill(0);
  let p = layout.offset;
  for (let k = 0; k < numel; k++) {
    visit(p, k);
    for (let d = n - 1; d >= 0; d--) {
      idx[d]++;
      p += strides[d];
      if (idx[d] < shape[d]) break;
      p -= strides[d] * shape[d];
      idx[d] = 0;
    }
  }
}

export {
  contiguousStrides,
  layoutOf,
  halfLayoutOf,
  isHalfTensor,
  anyLayoutOf,
  forEachIndex,
  forEachRowMajor
};
