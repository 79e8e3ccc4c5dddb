// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Headless Chromium driven over the DevTools protocol (a WebSocket, no npm
 * package): launch with a fresh profile and the flags this closed network
 * needs, open a tab, navigate, evaluate an expression (awaiting a promise)
 * and collect the tab's console messages, exceptions and log entries
 * (CSP refusals show up there).
 *
 * @module
 */

/** Where Debian's `apt-get install chromium` puts the browser. */
export const CHROMIUM = "/usr/bin/chromium";

/** Flags for a headless run without background connections (refused on this network). */
export const CHROMIUM_FLAGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--remote-debugging-address=127.0.0.1",
  "--remote-debugging-port=0",
];

type Json = Record<string, unknown>;

/** `promise`, or a rejection naming `what` after `ms`. */
async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A DevTools protocol connection (browser endpoint; tab sessions in flat mode). */
class Connection {
  #ws: WebSocket;
  #next = 1;
  #pending = new Map<number, { resolve: (v: Json) => void; reject: (e: Error) => void }>();
  #listeners: ((method: string, params: Json, sessionId?: string) => void)[] = [];
  #closed: Promise<void>;

  private constructor(ws: WebSocket) {
    this.#ws = ws;
    this.#closed = new Promise((resolve) => ws.addEventListener("close", () => resolve()));
    ws.addEventListener("message", (event) => {
      const msg = JSON.parse(String(event.data));
      if (typeof msg.id === "number") {
        const p = this.#pending.get(msg.id);
        this.#pending.delete(msg.id);
        if (msg.error) p?.reject(new Error(`${msg.error.message} (${msg.error.code})`));
        else p?.resolve(msg.result ?? {});
      } else if (typeof msg.method === "string") {
        for (const l of this.#listeners) l(msg.method, msg.params ?? {}, msg.sessionId);
      }
    });
    ws.addEventListener("close", () => {
      for (const p of this.#pending.values()) p.reject(new Error("DevTools connection closed"));
      this.#pending.clear();
    });
  }

  static open(url: string): Promise<Connection> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url);
      ws.addEventListener("open", () => resolve(new Connection(ws)), { once: true });
      ws.addEventListener("error", () => reject(new Error(`Cannot connect to ${url}`)), {
        once: true,
      });
    });
  }

  send(method: string, params: Json = {}, sessionId?: string): Promise<Json> {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#ws.send(JSON.stringify({ id, method, params, sessionId }));
    });
  }

  on(listener: (method: string, params: Json, sessionId?: string) => void): void {
    this.#listeners.push(listener);
  }

  async close(): Promise<void> {
    if (this.#ws.readyState === WebSocket.OPEN || this.#ws.readyState === WebSocket.CONNECTING) {
      this.#ws.close();
    }
    await this.#closed;
  }
}

/** A tab. */
export interface Tab {
  /** Console messages, uncaught exceptions and log entries, in order. */
  readonly log: string[];
  /** Navigate and wait for the load event. */
  goto(url: string): Promise<void>;
  /** Evaluate `expression` in the page (awaiting a promise; default limit 10 min) and return its JSON value. */
  evaluate(expression: string, timeoutMs?: number): Promise<unknown>;
  /** Close the tab. */
  close(): Promise<void>;
}

/** A running browser. */
export interface Browser {
  /** `Browser.getVersion`'s product, e.g. `Chrome/156.0.8078.114`. */
  readonly product: string;
  /** Open a new tab. */
  newTab(): Promise<Tab>;
  /** Close the browser and remove its profile. */
  close(): Promise<void>;
}

/**
 * Start headless Chromium with a fresh profile.
 *
 * @param executable The browser binary.
 * @returns The browser.
 * @throws {Error} If it does not print its DevTools endpoint within 30 s.
 */
export async function launchChromium(executable: string = CHROMIUM): Promise<Browser> {
  const profile = await Deno.makeTempDir({ prefix: "torch-parity-chromium-" });
  const child = new Deno.Command(executable, {
    args: [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, "about:blank"],
    stdin: "null",
    stdout: "null",
    stderr: "piped",
  }).spawn();
  const stderr: string[] = [];
  let drained: Promise<void> = Promise.resolve();
  const endpoint = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Chromium printed no DevTools endpoint:\n${stderr.join("")}`)),
      30_000,
    );
    drained = (async () => {
      const decoder = new TextDecoder();
      let found = false;
      for await (const chunk of child.stderr) {
        const text = decoder.decode(chunk, { stream: true });
        stderr.push(text);
        const m = !found && stderr.join("").match(/DevTools listening on (ws:\/\/\S+)/);
        if (m) {
          found = true;
          clearTimeout(timer);
          resolve(m[1]);
        }
      }
      clearTimeout(timer);
      if (!found) reject(new Error(`Chromium exited:\n${stderr.join("")}`));
    })();
  });
  let cdp: Connection;
  try {
    cdp = await Connection.open(await endpoint);
  } catch (error) {
    try {
      child.kill("SIGKILL");
    } catch { /* already gone */ }
    await child.status;
    await drained;
    await Deno.remove(profile, { recursive: true });
    throw error;
  }
  const { product } = await cdp.send("Browser.getVersion") as { product: string };
  const tabs = new Map<string, string[]>();
  cdp.on((method, params, sessionId) => {
    const log = sessionId === undefined ? undefined : tabs.get(sessionId);
    if (!log) return;
    if (method === "Runtime.consoleAPICalled") {
      const args = (params.args as { value?: unknown; description?: string }[])
        .map((a) => a.value !== undefined ? String(a.value) : a.description ?? "");
      log.push(`console.${params.type}: ${args.join(" ")}`);
    } else if (method === "Runtime.exceptionThrown") {
      const d = params.exceptionDetails as { text: string; exception?: { description?: string } };
      log.push(`exception: ${d.exception?.description ?? d.text}`);
    } else if (method === "Log.entryAdded") {
      const e = params.entry as { level: string; text: string; url?: string };
      log.push(`log.${e.level}: ${e.text}${e.url ? ` (${e.url})` : ""}`);
    }
  });
  return {
    product,
    async newTab() {
      const { targetId } = await cdp.send("Target.createTarget", { url: "about:blank" });
      const { sessionId } = await cdp.send("Target.attachToTarget", {
        targetId,
        flatten: true,
      }) as { sessionId: string };
      const log: string[] = [];
      tabs.set(sessionId, log);
      await cdp.send("Runtime.enable", {}, sessionId);
      await cdp.send("Log.enable", {}, sessionId);
      await cdp.send("Page.enable", {}, sessionId);
      return {
        log,
        async goto(url) {
          const loaded = new Promise<void>((resolve) => {
            cdp.on((method, _params, sid) => {
              if (sid === sessionId && method === "Page.loadEventFired") resolve();
            });
          });
          const r = await cdp.send("Page.navigate", { url }, sessionId);
          if (typeof r.errorText === "string") throw new Error(`${url}: ${r.errorText}`);
          await withTimeout(loaded, 60_000, `loading ${url}`);
        },
        async evaluate(expression, timeoutMs = 600_000) {
          const r = await withTimeout(
            cdp.send("Runtime.evaluate", {
              expression,
              awaitPromise: true,
              returnByValue: true,
            }, sessionId),
            timeoutMs,
            `evaluating ${expression}`,
          ) as {
            result: { value?: unknown };
            exceptionDetails?: { text: string; exception?: { description?: string } };
          };
          if (r.exceptionDetails) {
            const d = r.exceptionDetails;
            throw new Error(`In the page: ${d.exception?.description ?? d.text}`);
          }
          return r.result.value;
        },
        async close() {
          tabs.delete(sessionId);
          await cdp.send("Target.closeTarget", { targetId });
        },
      };
    },
    async close() {
      try {
        await cdp.send("Browser.close");
      } catch { /* the connection may drop first */ }
      await cdp.close();
      const timer = setTimeout(() => {
        try {
          child.kill("SIGKILL");
        } catch { /* gone */ }
      }, 10_000);
      await child.status;
      clearTimeout(timer);
      await endpoint.catch(() => {});
      await drained;
      await Deno.remove(profile, { recursive: true });
    },
  };
}
