// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The TypeScript snippets of README.md and docs/*.md (every ```ts block, in
 * the order `_tools/readme_snippets_test.ts` runs them).
 *
 * @module
 */

import { readdirSync, readFileSync } from "node:fs";

/** One snippet. */
export interface Snippet {
  /** The document it comes from, e.g. `README.md`. */
  document: string;
  /** Its code. */
  code: string;
}

/**
 * Every ```ts block of README.md, then of docs/*.md in name order.
 *
 * @param root The checkout.
 * @returns The snippets.
 */
export function documentSnippets(root: URL): Snippet[] {
  const documents = [
    "README.md",
    ...readdirSync(new URL("docs/", root)).filter((f) => f.endsWith(".md")).sort()
      .map((f) => `docs/${f}`),
  ];
  return documents.flatMap((document) =>
    [...readFileSync(new URL(document, root), "utf8").matchAll(/```ts\n([\s\S]*?)```/g)]
      .map((m) => ({ document, code: m[1] }))
  );
}
