// The subscriber's flows in a real browser, in English, German, Japanese
// and Arabic, with JavaScript on and off (the portal has no scripts, so
// both must work the same).

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { documentLanguage, expectAccessible, launch, unpauseTicked, withPage } from "./lib/browser.mjs";
import { message } from "./lib/messages.mjs";
import { FLOW_LOCALES, Portal, freshAccount } from "./lib/portal.mjs";
import { SmtpSink } from "./lib/smtp.mjs";

let browser;
let portal;
let sink;

before(async () => {
  sink = await SmtpSink.start();
  portal = await Portal.start({ smtpPort: sink.port });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await portal?.stop();
  await sink?.stop();
});

/** Three paused names for a new account, and the link the ACME server hands out. */
async function pausedAccount(options = {}) {
  const account = freshAccount();
  const names = ["www", "api", "mail"].map((host) => `${host}.a${account}.example`);
  await portal.pause(account, names, options);
  return { account, names };
}

async function expectLanguage(page, locale) {
  const expected = { lang: locale, dir: locale === "ar" ? "rtl" : "ltr" };
  assert.deepEqual(await documentLanguage(page), expected, `page ${page.url()}`);
}

/** Ticks the first and last of three names, unpauses them, reads the result. */
async function unpauseTwo(page, locale, names) {
  await unpauseTicked(page, locale, [names[0], names[2]]);
  await expectLanguage(page, locale);
  await assert.doesNotReject(
    page.getByRole("heading", { level: 1, name: message(locale, "status-done-heading") }).waitFor(),
  );
  assert.equal(await page.locator("#status-names").getAttribute("data-count"), "2");
  assert.equal(await page.locator("#status-remaining").getAttribute("data-count"), "1");
}

for (const javaScript of [true, false]) {
  const mode = javaScript ? "JavaScript on" : "JavaScript off";

  for (const locale of FLOW_LOCALES) {
    describe(`${locale}, ${mode}`, () => {
      test("open the link, switch language, tick two names, unpause, see the result", async () => {
        const { account, names } = await pausedAccount();
        const link = await portal.problemLink(account, names);
        // The browser speaks English; the visitor then picks their language.
        await withPage(browser, { locale: "en", javaScript }, async (page) => {
          // Every request the browser makes, to check what its Referer carries.
          const referers = [];
          page.on("request", (request) => referers.push(request.headers().referer ?? ""));
          const response = await page.goto(link);
          assert.equal(response.status(), 200);
          await expectLanguage(page, "en");
          await page.getByRole("heading", { level: 1, name: message("en", "unpause-heading-paused") }).waitFor();
          for (const name of names) {
            assert.equal(await page.getByRole("checkbox", { name }).count(), 1, `${name} listed`);
          }

          await page.getByLabel(message("en", "common-language-label")).selectOption(locale);
          await Promise.all([
            page.waitForURL((url) => url.searchParams.get("lang") === locale),
            page.getByRole("button", { name: message("en", "common-language-button") }).click(),
          ]);
          await expectLanguage(page, locale);
          await page
            .getByRole("heading", { level: 1, name: message(locale, "unpause-heading-paused") })
            .waitFor();
          assert.ok(new URL(page.url()).searchParams.get("jwt"), "the link survives the language switch");

          await unpauseTwo(page, locale, names);
          assert.deepEqual(await portal.stillPaused(account, names), [names[1]]);

          // The link, opened again, lists only the name left.
          await page.goto(link);
          await expectLanguage(page, locale);
          assert.equal(await page.getByRole("checkbox").count(), 1);
          assert.deepEqual(await portal.stillPaused(account, names), [names[1]]);

          assert.ok(referers.length > 5, `requests seen: ${referers.length}`);
          for (const referer of referers) {
            assert.ok(!referer.includes("jwt"), `a Referer carried the token: ${referer}`);
          }
        });
      });

      test("an expired link explains itself and changes nothing", async () => {
        const { account, names } = await pausedAccount();
        await withPage(browser, { locale, javaScript }, async (page) => {
          const response = await page.goto(portal.expiredLink(account, names));
          assert.equal(response.status(), 410);
          await expectLanguage(page, locale);
          await page
            .getByRole("heading", { level: 1, name: message(locale, "error-expired-link-title") })
            .waitFor();
          assert.equal(await page.getByRole("checkbox").count(), 0, "no form to unpause with");
          await page.getByRole("link", { name: message(locale, "common-nav-help") }).first().waitFor();
          assert.deepEqual(await portal.stillPaused(account, names), names, "nothing was unpaused");
        });
      });

      test("the link finder turns a pasted log into the unpause page", async () => {
        const { account, names } = await pausedAccount();
        const link = await portal.problemLink(account, names);
        // As a client's JSON log shows it: slashes escaped, the line wrapped.
        const escaped = link.replaceAll("/", "\\/");
        const cut = escaped.length - 40;
        const pasted =
          `2026-11-26 03:04:05 [ERROR] acme: error: 429 :: POST :: new-order :: {"detail":"Please visit: ${escaped.slice(0, cut)}\n` +
          `2026-11-26 03:04:05 [ERROR] ${escaped.slice(cut)}"}`;
        await withPage(browser, { locale, javaScript }, async (page) => {
          await page.goto(`${portal.base}/help`);
          await expectLanguage(page, locale);
          await page.getByLabel(message(locale, "find-link-label")).fill(pasted);
          await Promise.all([
            page.waitForURL(/\/sfe\/v1\/unpause\?/),
            page.getByRole("button", { name: message(locale, "find-link-button") }).click(),
          ]);
          await expectLanguage(page, locale);
          await page
            .getByRole("heading", { level: 1, name: message(locale, "unpause-heading-paused") })
            .waitFor();
          assert.equal(new URL(page.url()).searchParams.get("jwt"), new URL(link).searchParams.get("jwt"));
        });
      });

      test("the link in the notification email leads to the unpause page", async () => {
        const account = freshAccount();
        const names = ["www", "api", "mail"].map((host) => `${host}.m${account}.example`);
        const recipient = `holder-${account}@example.test`;
        await portal.pause(account, names, { contacts: [`mailto:${recipient}`], language: locale });
        const mail = await sink.waitFor(recipient);
        const links = [mail.text, mail.html].map((part) => {
          const found = /https?:\/\/[^\s"<>]+\/sfe\/v1\/unpause\?jwt=[\w.-]+/.exec(part ?? "");
          assert.ok(found, `a link in ${mail.content_type} part:\n${part}`);
          return found[0];
        });
        assert.equal(links[0], links[1], "the text and HTML parts carry the same link");
        assert.match(mail.html, new RegExp(`<html lang="${locale}"`), "the email is in the account's language");

        await withPage(browser, { locale, javaScript }, async (page) => {
          if (javaScript) {
            // The HTML email is held to the pages' standard, as a mail reader shows it.
            await page.setContent(mail.html);
            await expectAccessible(page, `${locale} notification email`);
          }
          await page.goto(links[0]);
          await expectLanguage(page, locale);
          await page
            .getByRole("heading", { level: 1, name: message(locale, "unpause-heading-paused") })
            .waitFor();
          await unpauseTwo(page, locale, names);
          assert.deepEqual(await portal.stillPaused(account, names), [names[1]]);
        });
      });
    });
  }
}
