/* @ts-self-types="./_tokenize.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The tokenizer shared by the CLI's two little parsers: numeric expressions
 * (`_expression.ts`) and module constructor calls (`_module_call.ts`).
 *
 * @module
 */
/** `text` as tokens, ending with an `end` token; throws a `SyntaxError` giving the position. */
export function tokenize(text, lexicon) {
    const tokens = [];
    let i = 0;
    while (i < text.length) {
        const rest = text.slice(i);
        const space = /^\s+/.exec(rest);
        if (space) {
            i += space[0].length;
            continue;
        }
        const number = lexicon.number.exec(rest);
        if (number) {
            tokens.push({ type: "number", value: Number(number[0]), at: i });
            i += number[0].length;
            continue;
        }
        const name = lexicon.name.exec(rest);
        if (name) {
            tokens.push({ type: "name", name: name[0], at: i });
            i += name[0].length;
            continue;
        }
        if (lexicon.strings && (rest[0] === "'" || rest[0] === '"')) {
            const end = rest.indexOf(rest[0], 1);
            if (end < 0)
                throw new SyntaxError(`unterminated string at position ${i}`);
            tokens.push({ type: "string", value: rest.slice(1, end), at: i });
            i += end + 1;
            continue;
        }
        lexicon.refuse?.(rest, i);
        if (lexicon.ops.includes(rest[0])) {
            tokens.push({ type: "op", op: rest[0], at: i });
            i += 1;
            continue;
        }
        throw new SyntaxError(`unexpected ${JSON.stringify(rest[0])} at position ${i}`);
    }
    tokens.push({ type: "end", at: text.length });
    return tokens;
}
