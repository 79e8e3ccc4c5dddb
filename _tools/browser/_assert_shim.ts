// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `node:assert/strict` for the README snippets in the browser test page: the
 * functions the snippets use (`equal`, `deepEqual`, `throws`) and a few
 * close relatives, with Node's strict semantics (`Object.is`, deep strict
 * equality of arrays, typed arrays, plain objects and Maps).
 *
 * @module
 */

/** Thrown when an assertion fails. */
export class AssertionError extends Error {
  override name = "AssertionError";
}

function show(v: unknown): string {
  if (typeof v === "bigint") return `${v}n`;
  if (typeof v === "string") return JSON.stringify(v);
  if (ArrayBuffer.isView(v)) {
    return `${v.constructor.name}(${(v as unknown as ArrayLike<unknown>).length})`;
  }
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

function fail(message: string | Error | undefined, fallback: string): never {
  if (message instanceof Error) throw message;
  throw new AssertionError(message ?? fallback);
}

function deepStrict(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Map && b instanceof Map) {
    if (a.size !== b.size) return false;
    for (const [k, v] of a) if (!b.has(k) || !deepStrict(v, b.get(k))) return false;
    return true;
  }
  if (a instanceof Set && b instanceof Set) {
    if (a.size !== b.size) return false;
    for (const v of a) if (!b.has(v)) return false;
    return true;
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepStrict(ra[k], rb[k]));
}

/** `assert.ok`. */
export function ok(value: unknown, message?: string | Error): asserts value {
  if (!value) fail(message, `Expected a truthy value, received ${show(value)}`);
}

/** `assert.equal` (strict: `Object.is`). */
export function equal(actual: unknown, expected: unknown, message?: string | Error): void {
  if (!Object.is(actual, expected)) fail(message, `${show(actual)} !== ${show(expected)}`);
}

/** `assert.notEqual` (strict). */
export function notEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (Object.is(actual, expected)) fail(message, `${show(actual)} === ${show(expected)}`);
}

/** `assert.deepEqual` (strict). */
export function deepEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (!deepStrict(actual, expected)) {
    fail(message, `Not deeply equal: ${show(actual)} and ${show(expected)}`);
  }
}

/** `assert.match`. */
export function match(value: string, pattern: RegExp, message?: string | Error): void {
  if (!pattern.test(value)) fail(message, `${show(value)} does not match ${pattern}`);
}

/** `assert.throws`, with an optional error class, RegExp or predicate. */
export function throws(
  fn: () => unknown,
  expected?: unknown,
  message?: string | Error,
): void {
  try {
    fn();
  } catch (error) {
    if (expected === undefined) return;
    if (expected instanceof RegExp) {
      if (expected.test(String(error))) return;
    } else if (typeof expected === "function") {
      if (expected.prototype !== undefined && error instanceof expected) return;
      if (expected.prototype === undefined && (expected as (e: unknown) => boolean)(error)) return;
    } else if (typeof expected === "object" && expected !== null) {
      const e = error as Record<string, unknown>;
      const want = expected as Record<string, unknown>;
      if (
        Object.keys(want).every((k) =>
          want[k] instanceof RegExp
            ? (want[k] as RegExp).test(String(e[k]))
            : Object.is(e[k], want[k])
        )
      ) return;
    }
    fail(message, `The error ${show(String(error))} does not match ${show(expected)}`);
  }
  fail(message, "Missing expected exception");
}

/** The module's default export, as `import assert from "node:assert/strict"` sees it. */
const assert = Object.assign((value: unknown, message?: string | Error) => ok(value, message), {
  ok,
  equal,
  strictEqual: equal,
  notEqual,
  notStrictEqual: notEqual,
  deepEqual,
  deepStrictEqual: deepEqual,
  match,
  throws,
  AssertionError,
});
export default assert;
