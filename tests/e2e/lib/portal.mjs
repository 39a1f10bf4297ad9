// The real portal for the browser suite: the built binary on ephemeral
// loopback ports with a fresh SQLite database, driven the way a CA drives
// it, through the internal API its ACME server calls.

import { spawn, spawnSync } from "node:child_process";
import { createHmac, randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import readline from "node:readline";

/** The repository's root. */
export const ROOT = path.resolve(import.meta.dirname, "../../..");

/** The binary under test: ACME_UNPAUSE_BIN, else the debug build. */
export const BINARY =
  process.env.ACME_UNPAUSE_BIN ?? path.join(ROOT, "target/debug/acme-unpause");

/** The languages the portal ships (folders of locales/), English first. */
export const LOCALES = (() => {
  const tags = readdirSync(path.join(ROOT, "locales")).sort();
  return ["en", ...tags.filter((t) => t !== "en")];
})();

/** The languages every flow runs in: left-to-right Latin, CJK, and RTL. */
export const FLOW_LOCALES = ["en", "de", "ja", "ar"];

const READY_TIMEOUT_MS = 20_000;

export class Portal {
  /**
   * Starts `acme-unpause serve` and resolves once it logs "portal ready".
   * `smtpPort`: deliver notification emails to this loopback SMTP server.
   * `limits`: the config file's `[limits]`; by default no per-client post
   * limit, since every page of the suite comes from one address. Page
   * views are never limited, for the same reason.
   */
  static async start({ smtpPort, limits = { posts_per_minute: 0, account_unpauses: 0 } } = {}) {
    limits = { views_per_minute: 0, account_views_per_minute: 0, ...limits };
    const dir = mkdtempSync(path.join(tmpdir(), "acme-unpause-e2e-"));
    const keyFile = path.join(dir, "link.key");
    const keygen = spawnSync(BINARY, ["keygen", "--out", keyFile], { encoding: "utf8" });
    if (keygen.status !== 0) throw new Error(`keygen failed: ${keygen.stderr}`);
    const tokenFile = path.join(dir, "internal.token");
    writeFileSync(tokenFile, randomBytes(32).toString("hex"), { mode: 0o600 });

    const args = [
      "serve",
      "--database-url", `sqlite://${path.join(dir, "portal.db")}`,
      "--key-file", keyFile,
      "--internal-token-file", tokenFile,
      "--listen", "127.0.0.1:0",
      "--internal-listen", "127.0.0.1:0",
      "--log-format", "json",
      "--ca-name", "Example CA",
    ];
    // Emails go out at once rather than after the 15-minute batching window.
    const limitLines = Object.entries(limits).map(([key, value]) => `${key} = ${value}`);
    const configFile = path.join(dir, "portal.toml");
    writeFileSync(
      configFile,
      ["[mail]", 'window = "1s"', 'poll_interval = "250ms"', "[limits]", ...limitLines, ""].join("\n"),
    );
    args.push("--config", configFile);
    if (smtpPort !== undefined) {
      args.push("--smtp-url", `smtp://127.0.0.1:${smtpPort}`);
      args.push("--mail-from", "Example CA <noreply@ca.example>");
    }
    // Only the flags above configure it: none of the developer's
    // ACME_UNPAUSE_* variables, and a log level that shows "portal ready".
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !name.startsWith("ACME_UNPAUSE_")),
    );
    const child = spawn(BINARY, args, {
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...env, ACME_UNPAUSE_LOG: "info" },
    });
    const log = [];
    const ready = new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`portal not ready after ${READY_TIMEOUT_MS} ms:\n${log.join("\n")}`)),
        READY_TIMEOUT_MS,
      );
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`portal exited with ${code} before it was ready:\n${log.join("\n")}`));
      });
      readline.createInterface({ input: child.stderr }).on("line", (line) => {
        log.push(line);
        let entry;
        try {
          entry = JSON.parse(line);
        } catch {
          return;
        }
        if (entry.fields?.message === "portal ready") {
          clearTimeout(timer);
          resolve(entry.fields);
        }
      });
    });
    const fields = await ready;
    return new Portal({
      dir,
      child,
      log,
      base: `http://${fields.listen}`,
      internal: `http://${fields.internal}`,
      token: readFileSync(tokenFile, "utf8"),
      key: Buffer.from(readFileSync(keyFile, "utf8").trim(), "hex"),
    });
  }

  constructor({ dir, child, log, base, internal, token, key }) {
    Object.assign(this, { dir, child, log, base, internal, token, key });
  }

  /** Stops the server (SIGTERM, as a service manager would) and removes its files. */
  async stop() {
    await terminate(this.child, this.dir);
  }

  /** A call to the internal API, as the CA's ACME server makes it. */
  async api(route, body) {
    const response = await fetch(`${this.internal}/internal/v1/${route}`, {
      method: "POST",
      headers: { authorization: `Bearer ${this.token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${route}: HTTP ${response.status}: ${text}`);
    return JSON.parse(text);
  }

  /** Pauses `names` (or the whole account) for `account`. */
  async pause(account, names, { wholeAccount = false, contacts = [], language } = {}) {
    return this.api("pause", {
      account,
      identifiers: names.map(dns),
      whole_account: wholeAccount,
      reason: "browser suite",
      contacts,
      ...(language ? { language } : {}),
    });
  }

  /** The link the ACME server would hand a client ordering `names` now. */
  async problemLink(account, names) {
    const check = await this.api("check", { account, identifiers: names.map(dns) });
    if (!check.problem) throw new Error(`nothing of ${names} is paused for ${account}`);
    return check.problem.instance;
  }

  /** Which of `names` are still paused for `account`. */
  async stillPaused(account, names) {
    const check = await this.api("check", { account, identifiers: names.map(dns) });
    return check.paused.map((identifier) => identifier.value);
  }

  /**
   * A link whose token expired a day ago, signed with the portal's own key
   * in Boulder's claim layout (written here, not by the portal, so the
   * suite also checks that an independently made token is understood).
   */
  expiredLink(account, names) {
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      aud: "SFE Unpause",
      exp: now - 86_400,
      iat: now - 15 * 86_400,
      identifiers: names.join(","),
      iss: "WFE",
      sub: String(account),
      version: "v1",
    };
    const b64 = (value) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const signingInput = `${b64({ alg: "HS256" })}.${b64(claims)}`;
    const signature = createHmac("sha256", this.key).update(signingInput).digest("base64url");
    return `${this.base}/sfe/v1/unpause?jwt=${signingInput}.${signature}`;
  }
}

/** Ends a helper process with SIGTERM, waits for it, and removes its folder. */
export async function terminate(child, dir) {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
}

function dns(value) {
  return { type: "dns", value };
}

/** Account numbers unique within one run, so tests never share state. */
let nextAccount = 1000;
export function freshAccount() {
  nextAccount += 1;
  return nextAccount;
}
