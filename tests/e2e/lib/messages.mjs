// The portal's own texts, read from locales/, so the suite checks that a
// page is in the language asked for without copying translations into it.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { ROOT } from "./portal.mjs";

const LOCALES_DIR = path.join(ROOT, "locales");
const cache = new Map();

function catalogue(locale) {
  if (!cache.has(locale)) {
    const entries = new Map();
    const dir = path.join(LOCALES_DIR, locale);
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ftl"))) {
      for (const line of readFileSync(path.join(dir, file), "utf8").split("\n")) {
        const match = /^([a-z][a-z0-9-]*) = (.+)$/.exec(line);
        if (match) entries.set(match[1], match[2].trim());
      }
    }
    cache.set(locale, entries);
  }
  return cache.get(locale);
}

/**
 * The text of a one-line message without placeables (a heading, a button),
 * exactly as the page shows it.
 */
export function message(locale, key) {
  const text = catalogue(locale).get(key);
  if (text === undefined) throw new Error(`${locale}: no one-line message ${key}`);
  if (text.includes("{")) throw new Error(`${locale}: ${key} has placeables; compare another way`);
  return text;
}
