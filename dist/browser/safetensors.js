import {
  anyLayoutOf,
  halfLayoutOf,
  isHalfTensor
} from "./chunk-3AA6VWIZ.js";

// src/io/_safetensors_format.ts
var ELEMENT_SIZE = Object.freeze({
  F64: 8,
  F32: 4,
  F16: 2,
  BF16: 2,
  I64: 8,
  I32: 4,
  I16: 2,
  I8: 1,
  U64: 8,
  U32: 4,
  U16: 2,
  U8: 1,
  BOOL: 1
});
var MAX_HEADER_SIZE = 1e8;
var METADATA_KEY = "__metadata__";
var LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
function setOwn(obj, key, value) {
  Object.defineProperty(obj, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true
  });
}

// src/io/save_safetensors.ts
var WHAT = "Cannot save safetensors";
var MAX_FILE_SIZE = 2 ** 32;
function isPlainRecord(x) {
  return x !== null && typeof x === "object" && !Array.isArray(x);
}
function describe(x) {
  if (x === null) return "null";
  if (Array.isArray(x)) return "an array";
  if (typeof x === "object") return x.constructor?.name ?? "object";
  if (typeof x === "string") return JSON.stringify(x);
  return `${typeof x} ${String(x)}`;
}
function saveSafetensors(tensors, metadata) {
  if (!isPlainRecord(tensors)) {
    throw new TypeError(`${WHAT}: tensors must be an object, received ${describe(tensors)}`);
  }
  const parts = [];
  if (metadata !== void 0) {
    if (!isPlainRecord(metadata)) {
      throw new TypeError(`${WHAT}: metadata must be an object, received ${describe(metadata)}`);
    }
    const keys = Object.keys(metadata).sort(compareCodeUnits);
    const fields = [];
    for (const key of keys) {
      const value = metadata[key];
      if (typeof value !== "string") {
        throw new TypeError(
          `${WHAT}: metadata[${JSON.stringify(key)}] must be a string, received ${describe(value)}`
        );
      }
      fields.push(`${JSON.stringify(key)}:${JSON.stringify(value)}`);
    }
    parts.push(`${JSON.stringify(METADATA_KEY)}:{${fields.join(",")}}`);
  }
  const names = Object.keys(tensors).sort(compareCodeUnits);
  const layouts = [];
  let dataSize = 0;
  for (const name of names) {
    if (name === "") throw new RangeError(`${WHAT}: tensor names must be non-empty, received ""`);
    if (name === METADATA_KEY) {
      throw new RangeError(
        `${WHAT}: tensor name ${JSON.stringify(METADATA_KEY)} is reserved for metadata`
      );
    }
    const t = tensors[name];
    const where = `${WHAT}: tensor ${JSON.stringify(name)}`;
    const layout = isHalfTensor(t) ? halfLayoutOf(t, where) : anyLayoutOf(t, where);
    const size = layout.numel * layout.data.BYTES_PER_ELEMENT;
    const begin = dataSize;
    dataSize += size;
    if (dataSize > MAX_FILE_SIZE) {
      throw new RangeError(
        `${WHAT}: the data would exceed ${MAX_FILE_SIZE} bytes, received ${dataSize} at tensor ${JSON.stringify(name)}`
      );
    }
    layouts.push(layout);
    const dtype = SAFETENSORS_DTYPE[layout.dtype];
    parts.push(
      `${JSON.stringify(name)}:{"dtype":"${dtype}","shape":[${layout.shape.join(",")}],"data_offsets":[${begin},${dataSize}]}`
    );
  }
  const json = new TextEncoder().encode(`{${parts.join(",")}}`);
  const headerSize = Math.ceil(json.length / 8) * 8;
  const total = 8 + headerSize + dataSize;
  if (total > MAX_FILE_SIZE) {
    throw new RangeError(
      `${WHAT}: the file would exceed ${MAX_FILE_SIZE} bytes, received ${total}`
    );
  }
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, headerSize % 2 ** 32, true);
  view.setUint32(4, Math.floor(headerSize / 2 ** 32), true);
  out.set(json, 8);
  out.fill(32, 8 + json.length, 8 + headerSize);
  let pos = 8 + headerSize;
  for (const layout of layouts) pos = writeTensor(layout, out, view, pos);
  return out;
}
var SAFETENSORS_DTYPE = {
  float32: "F32",
  float64: "F64",
  float16: "F16",
  bfloat16: "BF16",
  int64: "I64"
};
function compareCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function writeTensor(layout, out, view, pos) {
  const { data, shape, strides, offset, numel } = layout;
  if (numel === 0) return pos;
  const es = data.BYTES_PER_ELEMENT;
  if (layout.contiguous && LITTLE_ENDIAN) {
    out.set(new Uint8Array(data.buffer, data.byteOffset + offset * es, numel * es), pos);
    return pos + numel * es;
  }
  if (es === 2) {
    const bits = data;
    const nd2 = shape.length;
    const index2 = new Array(nd2).fill(0);
    let p2 = offset;
    for (let n = 0; n < numel; n++) {
      view.setUint16(pos, bits[p2], true);
      pos += 2;
      for (let d = nd2 - 1; d >= 0; d--) {
        index2[d]++;
        p2 += strides[d];
        if (index2[d] < shape[d]) break;
        p2 -= strides[d] * shape[d];
        index2[d] = 0;
      }
    }
    return pos;
  }
  const words = new Uint32Array(data.buffer, data.byteOffset, data.length * (es / 4));
  const w = es / 4;
  const lo = LITTLE_ENDIAN || w === 1 ? 0 : 1;
  const nd = shape.length;
  const index = new Array(nd).fill(0);
  let p = offset;
  for (let n = 0; n < numel; n++) {
    const base = p * w;
    view.setUint32(pos, words[base + lo], true);
    if (w === 2) view.setUint32(pos + 4, words[base + 1 - lo], true);
    pos += es;
    for (let d = nd - 1; d >= 0; d--) {
      index[d]++;
      p += strides[d];
      if (index[d] < shape[d]) break;
      p -= strides[d] * shape[d];
      index[d] = 0;
    }
  }
  return pos;
}

// src/io/safetensors_error.ts
var SafetensorsError = class extends Error {
  /**
   * Create an error with the given message.
   *
   * @param message What is wrong with the input and where.
   */
  constructor(message) {
    super(message);
    this.name = "SafetensorsError";
  }
};

// src/io/load_safetensors.ts
function fail(message) {
  throw new SafetensorsError(message);
}
function isRecord(x) {
  return x !== null && typeof x === "object" && !Array.isArray(x);
}
function show(x) {
  try {
    const s = JSON.stringify(x);
    if (s === void 0) return String(x);
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
  } catch {
    return typeof x;
  }
}
function loadSafetensors(bytes) {
  if (!(bytes instanceof Uint8Array)) {
    throw new TypeError(
      `Cannot load safetensors: bytes must be a Uint8Array, received ${bytes === null ? "null" : typeof bytes === "object" ? bytes.constructor?.name ?? "object" : typeof bytes}`
    );
  }
  const size = bytes.length;
  if (size < 8) {
    fail(`File too short: needs at least 8 bytes for the header length, received ${size}`);
  }
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lo = dv.getUint32(0, true);
  const hi = dv.getUint32(4, true);
  if (hi !== 0 || lo > MAX_HEADER_SIZE) {
    fail(
      `Header too large: bytes 0-7 declare ${hi * 2 ** 32 + lo} bytes, the limit is ${MAX_HEADER_SIZE}`
    );
  }
  const headerSize = lo;
  if (headerSize > size - 8) {
    fail(
      `Header extends past the end of the file: bytes 0-7 declare ${headerSize} bytes, only ${size - 8} follow`
    );
  }
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(
      bytes.subarray(8, 8 + headerSize)
    );
  } catch {
    fail(`Header (bytes 8-${8 + headerSize}) is not valid UTF-8`);
  }
  let header;
  try {
    header = JSON.parse(text);
  } catch (e) {
    fail(
      `Header (bytes 8-${8 + headerSize}) is not valid JSON: ${e instanceof Error ? e.message : String(e)}`
    );
  }
  if (!isRecord(header)) {
    fail(`Header (bytes 8-${8 + headerSize}) must be a JSON object, received ${show(header)}`);
  }
  const dataStart = 8 + headerSize;
  const dataSize = size - dataStart;
  const metadata = {};
  const entries = [];
  for (const name of Object.keys(header)) {
    const value = header[name];
    if (name === METADATA_KEY) {
      if (!isRecord(value)) {
        fail(`Header field "${METADATA_KEY}" must be an object, received ${show(value)}`);
      }
      for (const key of Object.keys(value)) {
        const v = value[key];
        if (typeof v !== "string") {
          fail(`Metadata ${show(key)} must be a string, received ${show(v)}`);
        }
        setOwn(metadata, key, v);
      }
      continue;
    }
    entries.push(parseEntry(name, value, dataSize));
  }
  const sorted = entries.map((e, i) => ({ e, i })).sort(
    (a, b) => a.e.begin - b.e.begin || a.e.end - b.e.end || a.i - b.i
  );
  let cursor = 0;
  for (const { e } of sorted) {
    if (e.begin !== cursor) {
      fail(
        e.begin < cursor ? `Tensor ${show(e.name)}: data_offsets [${e.begin}, ${e.end}] overlap the previous tensor, which ends at ${cursor}` : `Tensor ${show(e.name)}: data_offsets [${e.begin}, ${e.end}] leave a gap: the previous tensor ends at ${cursor}`
      );
    }
    cursor = e.end;
  }
  if (cursor !== dataSize) {
    fail(
      `The tensors cover ${cursor} bytes of the data buffer (bytes ${dataStart}-${size}), which has ${dataSize}`
    );
  }
  const tensors = {};
  for (const e of entries) {
    setOwn(tensors, e.name, {
      dtype: e.dtype,
      shape: e.shape,
      data: decode(e.dtype, bytes.subarray(dataStart + e.begin, dataStart + e.end))
    });
  }
  return { tensors, metadata };
}
function parseEntry(name, value, dataSize) {
  const where = `Tensor ${show(name)}`;
  if (!isRecord(value)) fail(`${where}: entry must be an object, received ${show(value)}`);
  const dtype = value.dtype;
  if (typeof dtype !== "string") fail(`${where}: dtype must be a string, received ${show(dtype)}`);
  if (!Object.hasOwn(ELEMENT_SIZE, dtype)) fail(`${where}: unsupported dtype ${show(dtype)}`);
  const es = ELEMENT_SIZE[dtype];
  const shape = value.shape;
  if (!Array.isArray(shape)) fail(`${where}: shape must be an array, received ${show(shape)}`);
  const dims = [];
  let hasZero = false;
  for (let i = 0; i < shape.length; i++) {
    const s = shape[i];
    if (typeof s !== "number" || !Number.isSafeInteger(s) || s < 0) {
      fail(`${where}: shape[${i}] must be a non-negative integer, received ${show(s)}`);
    }
    if (s === 0) hasZero = true;
    dims.push(s);
  }
  const maxNumel = Math.floor(dataSize / es);
  let numel = 1;
  if (hasZero) numel = 0;
  else {
    for (const s of dims) {
      numel *= s;
      if (numel > maxNumel) {
        fail(
          `${where}: shape [${dims.join(", ")}] has more elements than the data buffer of ${dataSize} bytes holds`
        );
      }
    }
  }
  const offsets = value.data_offsets;
  if (!Array.isArray(offsets) || offsets.length !== 2) {
    fail(`${where}: data_offsets must be an array of 2 integers, received ${show(offsets)}`);
  }
  const [begin, end] = offsets;
  for (const [i, o] of [begin, end].entries()) {
    if (typeof o !== "number" || !Number.isSafeInteger(o) || o < 0) {
      fail(`${where}: data_offsets[${i}] must be a non-negative integer, received ${show(o)}`);
    }
    if (o > dataSize) {
      fail(
        `${where}: data_offsets[${i}] is ${o}, past the end of the data buffer of ${dataSize} bytes`
      );
    }
  }
  if (begin > end) fail(`${where}: data_offsets [${begin}, ${end}] begin after they end`);
  if (end - begin !== numel * es) {
    fail(
      `${where}: data_offsets [${begin}, ${end}] span ${end - begin} bytes, but shape [${dims.join(", ")}] of ${dtype} needs ${numel * es}`
    );
  }
  return { name, dtype, shape: dims, begin, end };
}
function decode(dtype, src) {
  const n = src.length / ELEMENT_SIZE[dtype];
  const copy = new Uint8Array(src.length);
  copy.set(src);
  const view = new DataView(copy.buffer);
  switch (dtype) {
    case "U8":
    case "BOOL":
      return copy;
    case "I8":
      return new Int8Array(copy.buffer);
    case "F16":
    case "BF16": {
      const out = new Float32Array(n);
      const bits = new Uint32Array(out.buffer);
      for (let i = 0; i < n; i++) {
        const h = view.getUint16(2 * i, true);
        if (dtype === "BF16") bits[i] = h << 16;
        else if ((h & 31744) === 0) out[i] = (h & 32768 ? -1 : 1) * (h & 1023) * 2 ** -24;
        else if ((h & 31744) === 31744) {
          bits[i] = ((h & 32768) << 16 | 2139095040 | (h & 1023) << 13) >>> 0;
        } else {
          bits[i] = ((h & 32768) << 16 | (h >> 10 & 31) + 112 << 23 | (h & 1023) << 13) >>> 0;
        }
      }
      return out;
    }
  }
  if (!LITTLE_ENDIAN) swapBytes(copy, ELEMENT_SIZE[dtype]);
  switch (dtype) {
    case "F64":
      return new Float64Array(copy.buffer);
    case "F32":
      return new Float32Array(copy.buffer);
    case "I64":
      return new BigInt64Array(copy.buffer);
    case "U64":
      return new BigUint64Array(copy.buffer);
    case "I32":
      return new Int32Array(copy.buffer);
    case "U32":
      return new Uint32Array(copy.buffer);
    case "I16":
      return new Int16Array(copy.buffer);
    case "U16":
      return new Uint16Array(copy.buffer);
  }
}
function swapBytes(a, width) {
  for (let i = 0; i < a.length; i += width) a.subarray(i, i + width).reverse();
}
export {
  SafetensorsError,
  loadSafetensors,
  saveSafetensors
};
