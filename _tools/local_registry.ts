// Copyright 2026 the torch-parity authors. MIT license.
/**
 * A local stand-in for jsr.io and npm.jsr.io serving one package from this
 * checkout, so the README's install commands can be run for real where JSR
 * cannot be reached. It speaks the two read protocols the installers use:
 *
 * - JSR's registry API, read by `deno add` (base URL from `JSR_URL`):
 *   `/@scope/name/meta.json`, `/@scope/name/<version>_meta.json` (the
 *   manifest of files with their sizes and `sha256-<hex>` checksums, and the
 *   exports), and the files themselves under `/@scope/name/<version>/`;
 * - the npm registry API, read by npm and Bun after `jsr add` (base URL from
 *   the `@jsr:registry` line of .npmrc): the packument of
 *   `@jsr/scope__name` and its tarball.
 *
 * Anything else is a 404, so a misspelt package name fails the install.
 *
 * @module
 */

import { readFileSync } from "node:fs";
import type { JsrConfig, NpmPackage } from "./npm_tarball.ts";

/** What the local registry serves. */
export interface LocalRegistryOptions {
  /** The package directory. */
  root: URL;
  /** deno.json's name, version and exports. */
  config: JsrConfig;
  /** The JSR package's files (`/src/mod.ts`, …), as `deno publish` lists them. */
  files: string[];
  /** The npm package built from it. */
  npm: NpmPackage;
}

/** A running local registry. */
export interface LocalRegistry {
  /** Base URL, without a trailing slash (`http://127.0.0.1:PORT`). */
  url: string;
  /** Every path requested, in order. */
  requests: string[];
  /** Stop serving. */
  close(): Promise<void>;
}

async function digest(algorithm: string, bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest(algorithm, bytes as Uint8Array<ArrayBuffer>));
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function json(value: unknown): Response {
  return new Response(JSON.stringify(value), { headers: { "content-type": "application/json" } });
}

/**
 * Serve the package on 127.0.0.1 at a free port.
 *
 * @param options The package, its JSR file list and its npm build.
 * @returns The registry's URL, its request log and a `close` function.
 * @throws {Deno.errors.NotCapable} Without `--allow-net` for 127.0.0.1.
 *
 * @example
 * ```ts ignore
 * import { serveLocalRegistry } from "./local_registry.ts";
 *
 * const registry = await serveLocalRegistry(options);
 * // JSR_URL=registry.url deno add jsr:@torch-parity/init
 * await registry.close();
 * ```
 */
export async function serveLocalRegistry(options: LocalRegistryOptions): Promise<LocalRegistry> {
  const { root, config, files, npm } = options;
  const version = config.version;
  const [scope, name] = config.name.slice(1).split("/");
  const contents = new Map<string, Uint8Array>();
  const manifest: Record<string, { size: number; checksum: string }> = {};
  for (const path of files) {
    const bytes = new Uint8Array(readFileSync(new URL(`.${path}`, root)));
    contents.set(path, bytes);
    manifest[path] = {
      size: bytes.length,
      checksum: `sha256-${hex(await digest("SHA-256", bytes))}`,
    };
  }
  const shasum = hex(await digest("SHA-1", npm.tarball));
  const integrity = `sha512-${btoa(String.fromCharCode(...await digest("SHA-512", npm.tarball)))}`;
  const jsrBase = `/@${scope}/${name}/`;
  const tarballPath = `/~/11/${npm.name}/${version}.tgz`;
  const requests: string[] = [];
  let url = "";
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: () => {} },
    (request): Response => {
      const path = decodeURIComponent(new URL(request.url).pathname);
      requests.push(path);
      if (path === `${jsrBase}meta.json`) {
        return json({ scope, name, latest: version, versions: { [version]: {} } });
      }
      if (path === `${jsrBase}${version}_meta.json`) {
        return json({ manifest, exports: config.exports });
      }
      const file = path.startsWith(`${jsrBase}${version}/`)
        ? contents.get(path.slice(`${jsrBase}${version}`.length))
        : undefined;
      if (file !== undefined) return new Response(file as Uint8Array<ArrayBuffer>);
      if (path === `/${npm.name}`) {
        return json({
          name: npm.name,
          "dist-tags": { latest: version },
          versions: {
            [version]: {
              ...npm.packageJson,
              dist: { tarball: `${url}${tarballPath}`, shasum, integrity },
            },
          },
        });
      }
      if (path === tarballPath) return new Response(npm.tarball as Uint8Array<ArrayBuffer>);
      return new Response("Not Found", { status: 404 });
    },
  );
  url = `http://127.0.0.1:${server.addr.port}`;
  return { url, requests, close: () => server.shutdown() };
}
