/**
 * Unflatten's argument checks (torch's `_require_tuple_int` / `_require_tuple_tuple`).
 *
 * @module
 */
/** `[dim, unflattenedSize]`, checked and copied. */
export declare function unflattenArgs(dim: unknown, size: unknown, what: string): [number | string, number[] | Array<[string, number]>];
