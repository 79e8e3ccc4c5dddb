/**
 * The numeric expressions the `init` command accepts where torch code has
 * one: `sqrt(5)`, `1/sqrt(300)`, `-1/math.sqrt(fan_in)`, `3*0.02`. A small
 * parser (no `eval`): numbers, `+ - * /`, unary minus and plus, parentheses,
 * `sqrt` (also `math.sqrt`), the constants `pi`, `e`, `inf`, `nan` (also with
 * `math.`) and the names the caller binds (`fan_in`, `fan_out`). Operators
 * take Python's precedence and associativity and are evaluated in IEEE double
 * exactly as Python evaluates them (`+ - * /` and `sqrt` are correctly
 * rounded in both), so `1/sqrt(300)` here is the bit pattern of torch's
 * `1 / math.sqrt(300)`. `**`, `log` and `exp` are refused: JavaScript's and
 * the C library's results can differ in the last bit.
 *
 * @module
 */
/** A parsed expression. */
export type Expression = {
    kind: "number";
    value: number;
} | {
    kind: "name";
    name: string;
} | {
    kind: "negate" | "plus";
    operand: Expression;
} | {
    kind: "+" | "-" | "*" | "/";
    left: Expression;
    right: Expression;
} | {
    kind: "sqrt";
    argument: Expression;
};
/**
 * Parse `text` into an {@linkcode Expression}.
 *
 * @param text The expression, e.g. `-1/sqrt(fan_in)`.
 * @returns The parsed expression.
 * @throws {SyntaxError} If `text` is not an expression of the supported grammar (the message gives the position).
 *
 * @example
 * ```ts
 * import { evaluateExpression, parseExpression } from "./_expression.ts";
 * import assert from "node:assert/strict";
 *
 * const bound = parseExpression("-1/sqrt(fan_in)");
 * assert.equal(evaluateExpression(bound, { fan_in: () => 300 }), -1 / Math.sqrt(300));
 * assert.throws(() => parseExpression("2**0.5"), SyntaxError);
 * ```
 */
export declare function parseExpression(text: string): Expression;
/**
 * The names an expression uses (`fan_in`, …), in first-use order.
 *
 * @param expression A parsed expression.
 * @returns The names.
 *
 * @example
 * ```ts
 * import { expressionNames, parseExpression } from "./_expression.ts";
 * import assert from "node:assert/strict";
 *
 * assert.deepEqual(expressionNames(parseExpression("1/sqrt(fan_in + fan_out)")), ["fan_in", "fan_out"]);
 * ```
 */
export declare function expressionNames(expression: Expression): string[];
/**
 * Evaluate `expression` in IEEE double, Python's way. `names` supplies each
 * name's value on first use (so a tensor's fans are computed only when the
 * expression needs them).
 *
 * @param expression A parsed expression.
 * @param names The value of each name the expression may use.
 * @returns The value.
 * @throws {RangeError} On an unknown name, a division by zero or `sqrt` of a negative number (Python raises there too).
 *
 * @example
 * ```ts
 * import { evaluateExpression, parseExpression } from "./_expression.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(evaluateExpression(parseExpression("sqrt(5)"), {}), Math.sqrt(5));
 * assert.throws(() => evaluateExpression(parseExpression("1/0"), {}), RangeError);
 * ```
 */
export declare function evaluateExpression(expression: Expression, names: Readonly<Record<string, () => number>>): number;
