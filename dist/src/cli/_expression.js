/* @ts-self-types="./_expression.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
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
import { tokenize } from "./_tokenize.js";
const CONSTANTS = {
    pi: Math.PI,
    e: Math.E,
    inf: Infinity,
    infinity: Infinity,
    nan: NaN,
};
const FUNCTIONS = new Set(["sqrt"]);
/** Python's math module functions the parser refuses, with the reason. */
const REFUSED = {
    log: "log is not supported (the C library's and JavaScript's can differ in the last bit)",
    exp: "exp is not supported (the C library's and JavaScript's can differ in the last bit)",
    pow: "pow is not supported (the C library's and JavaScript's can differ in the last bit)",
};
const LEXICON = {
    number: /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/,
    name: /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?/,
    ops: "+-*/(),",
    strings: false,
    refuse(rest, at) {
        if (rest.startsWith("**")) {
            throw new SyntaxError(`** at position ${at} is not supported (C's pow and JavaScript's can differ in the last bit); use sqrt`);
        }
    },
};
/** The name without a `math.` prefix, or undefined for another dotted name. */
function mathName(name) {
    if (!name.includes("."))
        return name;
    return name.startsWith("math.") ? name.slice(5) : undefined;
}
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
export function parseExpression(text) {
    const tokens = tokenize(text, LEXICON);
    let pos = 0;
    const peek = () => tokens[pos];
    const isOp = (op) => {
        const t = tokens[pos];
        return t.type === "op" && t.op === op;
    };
    const describe = (t) => t.type === "end"
        ? "the end"
        : `${JSON.stringify(t.type === "name" ? t.name : t.type === "op" ? t.op : String(t.value))} at position ${t.at}`;
    const expect = (op) => {
        if (!isOp(op)) {
            throw new SyntaxError(`expected ${JSON.stringify(op)}, found ${describe(peek())}`);
        }
        pos++;
    };
    // Python: additive < multiplicative < unary < primary, left-associative.
    const additive = () => {
        let left = multiplicative();
        while (isOp("+") || isOp("-")) {
            const op = tokens[pos++].op;
            left = { kind: op, left, right: multiplicative() };
        }
        return left;
    };
    const multiplicative = () => {
        let left = unary();
        while (isOp("*") || isOp("/")) {
            const op = tokens[pos++].op;
            left = { kind: op, left, right: unary() };
        }
        return left;
    };
    const unary = () => {
        if (isOp("-")) {
            pos++;
            return { kind: "negate", operand: unary() };
        }
        if (isOp("+")) {
            pos++;
            return { kind: "plus", operand: unary() };
        }
        return primary();
    };
    const primary = () => {
        const t = peek();
        if (t.type === "number") {
            pos++;
            return { kind: "number", value: t.value };
        }
        if (t.type === "op" && t.op === "(") {
            pos++;
            const inner = additive();
            expect(")");
            return inner;
        }
        if (t.type === "name") {
            pos++;
            const short = mathName(t.name);
            if (isOp("(")) {
                if (short !== undefined && REFUSED[short])
                    throw new SyntaxError(REFUSED[short]);
                if (short === undefined || !FUNCTIONS.has(short)) {
                    throw new SyntaxError(`unknown function ${JSON.stringify(t.name)} (known: sqrt)`);
                }
                pos++;
                const argument = additive();
                expect(")");
                return { kind: "sqrt", argument };
            }
            const lower = short?.toLowerCase();
            if (lower !== undefined && Object.hasOwn(CONSTANTS, lower)) {
                return { kind: "number", value: CONSTANTS[lower] };
            }
            if (t.name.includes(".")) {
                throw new SyntaxError(`unknown name ${JSON.stringify(t.name)}`);
            }
            return { kind: "name", name: t.name };
        }
        throw new SyntaxError(`expected a number, a name or "(", found ${describe(t)}`);
    };
    const result = additive();
    if (peek().type !== "end")
        throw new SyntaxError(`unexpected ${describe(peek())}`);
    return result;
}
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
export function expressionNames(expression) {
    const out = [];
    const walk = (e) => {
        switch (e.kind) {
            case "number":
                return;
            case "name":
                if (!out.includes(e.name))
                    out.push(e.name);
                return;
            case "negate":
            case "plus":
                return walk(e.operand);
            case "sqrt":
                return walk(e.argument);
            default:
                walk(e.left);
                walk(e.right);
        }
    };
    walk(expression);
    return out;
}
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
export function evaluateExpression(expression, names) {
    const values = new Map();
    const value = (name) => {
        if (!Object.hasOwn(names, name)) {
            const known = Object.keys(names);
            throw new RangeError(`unknown name ${JSON.stringify(name)}${known.length ? ` (known: ${known.join(", ")})` : ""}`);
        }
        if (!values.has(name))
            values.set(name, names[name]());
        return values.get(name);
    };
    const run = (e) => {
        switch (e.kind) {
            case "number":
                return e.value;
            case "name":
                return value(e.name);
            case "negate":
                return -run(e.operand);
            case "plus":
                return +run(e.operand);
            case "sqrt": {
                const x = run(e.argument);
                if (x < 0)
                    throw new RangeError(`sqrt of a negative number, received ${x}`);
                return Math.sqrt(x);
            }
            case "+":
                return run(e.left) + run(e.right);
            case "-":
                return run(e.left) - run(e.right);
            case "*":
                return run(e.left) * run(e.right);
            case "/": {
                const left = run(e.left);
                const right = run(e.right);
                if (right === 0)
                    throw new RangeError(`division by zero`);
                return left / right;
            }
        }
    };
    return run(expression);
}
