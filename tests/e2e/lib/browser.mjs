// Headless Chromium from the system (Debian's chromium package), driven by
// playwright-core, which never downloads a browser of its own; and axe-core
// run inside the page.

import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";

import { message } from "./messages.mjs";

const CHROMIUM = process.env.ACME_UNPAUSE_CHROMIUM ?? "/usr/bin/chromium";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** The rule sets of WCAG 2.1 levels A and AA (and 2.0's, which 2.1 includes). */
const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export async function launch() {
  try {
    return await chromium.launch({
      executablePath: CHROMIUM,
      // Containers and CI often run as root, where Chromium's sandbox cannot start.
      args: ["--no-sandbox"],
    });
  } catch (error) {
    throw new Error(`cannot start Chromium at ${CHROMIUM} (scripts/e2e installs it): ${error.message}`);
  }
}

/**
 * A fresh browser context (its own cookies) in `locale`, so Accept-Language
 * says what a browser set to that language would.
 */
export async function newContext(browser, { locale = "en", javaScript = true, viewport = DESKTOP, ...rest } = {}) {
  return browser.newContext({
    locale,
    javaScriptEnabled: javaScript,
    viewport,
    ...rest,
  });
}

/**
 * Runs `fn(page, context)` in a page of a fresh context (see `newContext`),
 * and closes the context whatever happens.
 */
export async function withPage(browser, options, fn) {
  const context = await newContext(browser, options);
  try {
    return await fn(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

/**
 * Runs axe-core on the page and fails with a readable list of the WCAG 2.1
 * A/AA violations, if any. Needs a context with JavaScript enabled.
 */
export async function expectAccessible(page, label) {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }),
    WCAG_AA,
  );
  const found = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n` + v.nodes.map((n) => `    ${n.target.join(" ")}: ${n.failureSummary}`).join("\n"),
  );
  assert.deepEqual(found, [], `${label} (${page.url()}): axe-core found WCAG 2.1 AA violations`);
  return results;
}

/**
 * Ticks `names` on the unpause page by their labels, presses "unpause only
 * the ticked names" and waits for the result page.
 */
export async function unpauseTicked(page, locale, names) {
  for (const name of names) {
    await page.getByRole("checkbox", { name }).check();
  }
  await Promise.all([
    page.waitForURL(/\/sfe\/v1\/unpause-status/),
    page.getByRole("button", { name: message(locale, "unpause-selected-button") }).click(),
  ]);
}

/** The page's language and direction, as the document declares them. */
export async function documentLanguage(page) {
  return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}
