/**
 * The tokenizer shared by the CLI's two little parsers: numeric expressions
 * (`_expression.ts`) and module constructor calls (`_module_call.ts`).
 *
 * @module
 */
/** A token: a number, a name, a quoted string, an operator, or the end. */
export type Token = {
    type: "number";
    value: number;
    at: number;
} | {
    type: "name";
    name: string;
    at: number;
} | {
    type: "string";
    value: string;
    at: number;
} | {
    type: "op";
    op: string;
    at: number;
} | {
    type: "end";
    at: number;
};
/** What a grammar accepts. */
export interface Lexicon {
    /** Numbers, anchored at the start (`^…`). */
    number: RegExp;
    /** Names, anchored at the start (`^…`). */
    name: RegExp;
    /** The one-character operators. */
    ops: string;
    /** Whether '…' and "…" are string tokens. */
    strings: boolean;
    /** Called before the operators are tried: throws to refuse what starts `rest` at `at`. */
    refuse?: (rest: string, at: number) => void;
}
/** `text` as tokens, ending with an `end` token; throws a `SyntaxError` giving the position. */
export declare function tokenize(text: string, lexicon: Lexicon): Token[];
