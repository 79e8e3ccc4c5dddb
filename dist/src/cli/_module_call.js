/* @ts-self-types="./_module_call.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Parse a torch module constructor call as Python writes it —
 * `Linear(300, 100)`, `Conv2d(3, 16, kernel_size=(3, 3), bias=False)`,
 * `Sequential(Linear(4, 8), ReLU())` — into the JSON module spec that
 * {@linkcode buildModule} takes (`{ type, args, kwargs }`). Values: numbers
 * (with a sign), `True`, `False`, `None`, quoted strings, tuples and lists
 * (as arrays), and nested calls (as nested specs). No `eval`.
 *
 * @module
 */
import { tokenize } from "./_tokenize.js";
const LEXICON = {
    number: /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/,
    name: /^[A-Za-z_][A-Za-z0-9_]*/,
    ops: "()[],=",
    strings: true,
};
/**
 * Parse `text`, a constructor call of a `torch.nn` module.
 *
 * @param text The call, e.g. `Linear(300, 100, bias=False)`.
 * @returns The module spec (`type`, `args`, `kwargs`).
 * @throws {SyntaxError} If `text` is not a call of that form (the message gives the position).
 *
 * @example
 * ```ts
 * import { parseModuleCall } from "./_module_call.ts";
 * import assert from "node:assert/strict";
 *
 * assert.deepEqual(parseModuleCall("Conv2d(3, 16, kernel_size=(3, 3), bias=False)"), {
 *   type: "Conv2d",
 *   args: [3, 16],
 *   kwargs: { kernel_size: [3, 3], bias: false },
 * });
 * ```
 */
export function parseModuleCall(text) {
    const tokens = tokenize(text, LEXICON);
    let pos = 0;
    const peek = () => tokens[pos];
    const isOp = (op) => {
        const t = tokens[pos];
        return t.type === "op" && t.op === op;
    };
    const describe = (t) => t.type === "end" ? "the end" : `${JSON.stringify(t.type === "number"
        ? String(t.value)
        : t.type === "op"
            ? t.op
            : t.type === "name"
                ? t.name
                : t.value)} at position ${t.at}`;
    const expect = (op) => {
        if (!isOp(op)) {
            throw new SyntaxError(`expected ${JSON.stringify(op)}, found ${describe(peek())}`);
        }
        pos++;
    };
    /** Comma-separated items up to `close`, a trailing comma allowed. */
    const items = (close, item) => {
        const out = [];
        while (!isOp(close)) {
            out.push(item());
            if (!isOp(","))
                break;
            pos++;
        }
        expect(close);
        return out;
    };
    const value = () => {
        const t = peek();
        if (t.type === "number") {
            pos++;
            return t.value;
        }
        if (t.type === "string") {
            pos++;
            return t.value;
        }
        if (t.type === "op" && (t.op === "(" || t.op === "[")) {
            pos++;
            return items(t.op === "(" ? ")" : "]", value);
        }
        if (t.type === "name") {
            if (t.name === "True" || t.name === "False") {
                pos++;
                return t.name === "True";
            }
            if (t.name === "None") {
                pos++;
                return null;
            }
            return call();
        }
        throw new SyntaxError(`expected a value, found ${describe(t)}`);
    };
    const call = () => {
        const t = peek();
        if (t.type !== "name") {
            throw new SyntaxError(`expected a module name, found ${describe(t)}`);
        }
        pos++;
        expect("(");
        const args = [];
        const kwargs = {};
        items(")", () => {
            const k = peek();
            const next = tokens[pos + 1];
            if (k.type === "name" && next.type === "op" && next.op === "=") {
                pos += 2;
                if (Object.hasOwn(kwargs, k.name)) {
                    throw new SyntaxError(`keyword argument ${k.name} is given twice`);
                }
                kwargs[k.name] = value();
            }
            else {
                if (Object.keys(kwargs).length > 0) {
                    throw new SyntaxError(`positional argument follows keyword argument at position ${k.at}`);
                }
                args.push(value());
            }
        });
        const spec = {
            type: t.name,
        };
        if (args.length > 0)
            spec.args = args;
        if (Object.keys(kwargs).length > 0)
            spec.kwargs = kwargs;
        return spec;
    };
    const spec = call();
    if (peek().type !== "end")
        throw new SyntaxError(`unexpected ${describe(peek())}`);
    return spec;
}
