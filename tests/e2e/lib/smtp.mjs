// The suite's SMTP server: the same aiosmtpd sink the Rust suite uses
// (tests/smtp/sink.py), started from the Python that scripts/test prepares.

import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import readline from "node:readline";
import { setTimeout as sleep } from "node:timers/promises";

import { ROOT, terminate } from "./portal.mjs";
const PYTHON = process.env.ACME_UNPAUSE_TEST_PYTHON ?? path.join(ROOT, "target/test-venv/bin/python");

export class SmtpSink {
  static async start() {
    const dir = mkdtempSync(path.join(tmpdir(), "acme-unpause-e2e-smtp-"));
    const child = spawn(PYTHON, [path.join(ROOT, "tests/smtp/sink.py"), dir], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const port = await new Promise((resolve, reject) => {
      child.once("error", (error) =>
        reject(new Error(`cannot start the SMTP sink with ${PYTHON}: ${error.message}`)),
      );
      child.once("exit", (code) => reject(new Error(`the SMTP sink exited with ${code}`)));
      readline.createInterface({ input: child.stdout }).once("line", (line) => resolve(Number(line)));
    });
    return new SmtpSink(dir, child, port);
  }

  constructor(dir, child, port) {
    Object.assign(this, { dir, child, port });
  }

  /** Every message received so far, oldest first. */
  messages() {
    const mail = path.join(this.dir, "mail");
    return readdirSync(mail)
      .filter((name) => name.endsWith(".json"))
      .sort()
      .map((name) => JSON.parse(readFileSync(path.join(mail, name), "utf8")));
  }

  /** Waits for a message to `recipient`. */
  async waitFor(recipient, timeoutMs = 20_000) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const found = this.messages().find((m) => m.rcpt_tos.includes(recipient));
      if (found) return found;
      await sleep(100);
    }
    throw new Error(`no email to ${recipient} within ${timeoutMs} ms`);
  }

  async stop() {
    await terminate(this.child, this.dir);
  }
}
