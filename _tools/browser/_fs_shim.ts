// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `node:fs/promises` for the browser test page: `readFile` of an `http:` URL
 * through `fetch` (the golden loader reads `manifest.json` and the
 * safetensors files this way). A 404 rejects with `code: "ENOENT"`, as
 * Node's readFile does for a missing file, so the loader's alias fallback
 * (avx512 → avx2) works unchanged.
 *
 * @module
 */

/** An error with a Node-style `code`. */
class FsError extends Error {
  /** `"ENOENT"` or `"EIO"`. */
  readonly code: string;
  constructor(message: string, code: string) {
    super(message);
    this.code = code;
  }
}

/**
 * Fetch `path` (a URL or URL string); text if an encoding is given, else bytes.
 *
 * @param path What to read.
 * @param encoding `"utf8"` for text.
 * @returns The text or the bytes.
 * @throws {Error} With `code: "ENOENT"` on 404, `"EIO"` on another failure.
 */
export async function readFile(
  path: string | URL,
  encoding?: string | { encoding?: string },
): Promise<string | Uint8Array> {
  const url = path instanceof URL ? path : new URL(path, globalThis.location?.href);
  const response = await fetch(url);
  if (!response.ok) {
    throw new FsError(
      `Cannot read ${url.href}: HTTP ${response.status}`,
      response.status === 404 ? "ENOENT" : "EIO",
    );
  }
  const text = typeof encoding === "string" || typeof encoding?.encoding === "string";
  return text ? await response.text() : new Uint8Array(await response.arrayBuffer());
}

/** The module's default export, as `import fs from "node:fs/promises"` sees it. */
export default { readFile };
