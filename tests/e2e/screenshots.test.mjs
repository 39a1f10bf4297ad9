// Screenshots of the main pages, desktop and phone, English and Arabic
// (right to left), for the README. They go to ACME_UNPAUSE_SCREENSHOTS
// (scripts/e2e --screenshots sets docs/screenshots), else under target/.

import assert from "node:assert/strict";
import { mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";

import { DESKTOP, PHONE, launch, unpauseTicked, withPage } from "./lib/browser.mjs";
import { Portal } from "./lib/portal.mjs";

const OUT = path.resolve(
  process.env.ACME_UNPAUSE_SCREENSHOTS ?? path.join(import.meta.dirname, "../../target/e2e-screenshots"),
);

let browser;
let portal;

before(async () => {
  mkdirSync(OUT, { recursive: true });
  portal = await Portal.start();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await portal?.stop();
});

let account = 4_200_000;

for (const locale of ["en", "ar"]) {
  for (const [device, viewport] of [
    ["desktop", DESKTOP],
    ["phone", PHONE],
  ]) {
    test(`${locale} ${device}`, async () => {
      account += 1;
      const names = ["api.example.com", "shop.example.com", "www.example.com"];
      await portal.pause(account, names);
      const link = await portal.problemLink(account, names);
      await withPage(browser, {
        locale,
        viewport,
        isMobile: device === "phone",
        hasTouch: device === "phone",
      }, async (page) => {
        const shoot = async (name, fullPage = true) => {
          const file = path.join(OUT, `${name}-${locale}-${device}.png`);
          await page.screenshot({ path: file, fullPage });
          assert.ok(statSync(file).size > 10_000, `${file} has content`);
        };
        await page.goto(`${link}&lang=${locale}`);
        await shoot("unpause");

        await unpauseTicked(page, locale, [names[0], names[2]]);
        await shoot("result");

        // The top of the help page: it is long, and the rest is text.
        await page.goto(`${portal.base}/help?lang=${locale}`);
        await shoot("help", false);
      });
    });
  }
}
