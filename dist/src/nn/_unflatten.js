/* @ts-self-types="./_unflatten.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Unflatten's argument checks (torch's `_require_tuple_int` / `_require_tuple_tuple`).
 *
 * @module
 */
import { anyInt, int, show } from "./_options.js";
/** `[dim, unflattenedSize]`, checked and copied. */
export function unflattenArgs(dim, size, what) {
    if (typeof dim === "string") {
        if (!Array.isArray(size)) {
            throw new TypeError(`${what}: unflattenedSize must be an array of [name, size] pairs when dim is a name, received ${show(size)}`);
        }
        return [
            dim,
            size.map((p, i) => {
                if (!Array.isArray(p) || p.length !== 2 || typeof p[0] !== "string") {
                    throw new TypeError(`${what}: unflattenedSize[${i}] must be a [name, size] pair, received ${show(p)}`);
                }
                return [p[0], int(p[1], `unflattenedSize[${i}][1]`, what, -1)];
            }),
        ];
    }
    if (typeof dim !== "number") {
        throw new TypeError(`${what}: dim must be an integer or a name, received ${show(dim)}`);
    }
    const d = anyInt(dim, "dim", what);
    if (!Array.isArray(size)) {
        throw new TypeError(`${what}: unflattenedSize must be an array of integers, received ${show(size)}`);
    }
    return [d, size.map((s, i) => int(s, `unflattenedSize[${i}]`, what, -1))];
}
