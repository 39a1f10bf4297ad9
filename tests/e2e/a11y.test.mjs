// Accessibility in a real browser: axe-core (WCAG 2.1 A and AA, colour
// contrast included) on every page in every language the portal ships;
// reflow at 320 px and at 200% zoom; a keyboard-only walk through the
// unpause flow with a visible focus at every step.

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { DESKTOP, expectAccessible, launch, unpauseTicked, withPage } from "./lib/browser.mjs";
import { message } from "./lib/messages.mjs";
import { LOCALES, Portal, freshAccount } from "./lib/portal.mjs";

/** 320 CSS px wide (WCAG 1.4.10), and a 1280×800 window zoomed to 200%. */
const NARROW = { width: 320, height: 640 };
const ZOOMED = { width: DESKTOP.width / 2, height: DESKTOP.height / 2 };

let browser;
let portal;
/** Allows one form post a minute per client, so a second post gets the 429 page. */
let strict;

before(async () => {
  portal = await Portal.start();
  strict = await Portal.start({ limits: { posts_per_minute: 1, posts_burst: 1 } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await portal?.stop();
  await strict?.stop();
});

/**
 * Fails when the page scrolls sideways at `viewport`, naming the elements
 * that stick out.
 */
async function expectReflow(page, viewport, label) {
  await page.setViewportSize(viewport);
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return null;
    const wide = [...document.querySelectorAll("body *")]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && (box.right > root.clientWidth + 1 || box.left < -1) && !el.matches(".skip");
      })
      .slice(0, 5)
      .map((el) => `<${el.tagName.toLowerCase()}${el.id ? ` id=${el.id}` : ""}> ${el.textContent.trim().slice(0, 40)}`);
    return `page is ${root.scrollWidth} px wide in a ${root.clientWidth} px window: ${wide.join("; ")}`;
  });
  assert.equal(overflow, null, `${label} at ${viewport.width}×${viewport.height}: ${overflow}`);
  await page.setViewportSize(DESKTOP);
}

/** axe-core, then reflow at both sizes, on whatever the page shows now. */
async function check(page, label) {
  await expectAccessible(page, label);
  await expectReflow(page, NARROW, label);
  await expectReflow(page, ZOOMED, label);
}

async function submitFindLink(page, locale, text) {
  await page.getByLabel(message(locale, "find-link-label")).fill(text);
  await Promise.all([
    page.waitForURL(/\/find-link/),
    page.getByRole("button", { name: message(locale, "find-link-button") }).click(),
  ]);
}

describe("axe-core and reflow, every page in every language", { concurrency: 2 }, () => {
  for (const locale of LOCALES) {
    test(locale, async () => {
      await withPage(browser, { locale }, async (page, context) => {
        const visit = async (url, expectedStatus, label) => {
          const response = await page.goto(url);
          assert.equal(response.status(), expectedStatus, `${label}: ${url}`);
          await check(page, `${locale} ${label}`);
        };
        const lang = `lang=${encodeURIComponent(locale)}`;
        await visit(`${portal.base}/?${lang}`, 200, "home");
        await visit(`${portal.base}/help?${lang}`, 200, "help");

        const account = freshAccount();
        const names = ["www", "api", "mail"].map((host) => `${host}.x${account}.example`);
        await portal.pause(account, names);
        const link = await portal.problemLink(account, names);
        await visit(`${link}&${lang}`, 200, "unpause, names paused");

        const whole = freshAccount();
        await portal.pause(whole, [], { wholeAccount: true });
        await visit(`${await portal.problemLink(whole, ["any.example"])}&${lang}`, 200, "unpause, whole account");

        const clear = freshAccount();
        const clearLink = (await portal.api("links", { account: clear, identifiers: [{ type: "dns", value: "gone.example" }] })).url;
        await visit(`${clearLink}&${lang}`, 200, "unpause, nothing paused");

        await visit(`${portal.base}/sfe/v1/unpause-status?${lang}`, 200, "result, no result cookie");
        await visit(`${portal.base}/sfe/v1/unpause?jwt=not-a-token&${lang}`, 400, "invalid link");
        await visit(`${portal.expiredLink(account, names)}&${lang}`, 410, "expired link");
        await visit(`${portal.base}/no-such-page?${lang}`, 404, "not found");

        // The result page after a real unpause through the form.
        await page.goto(`${link}&${lang}`);
        await unpauseTicked(page, locale, [names[0]]);
        await check(page, `${locale} result, two left`);

        // A form posted without the cookie the page set: the 403 page.
        await page.goto(`${link}&${lang}`);
        await context.clearCookies();
        const [refused] = await Promise.all([
          page.waitForResponse(/do-unpause/),
          page.waitForURL(/do-unpause/),
          page.getByRole("button", { name: message(locale, "unpause-all-button") }).click(),
        ]);
        assert.equal(refused.status(), 403);
        await check(page, `${locale} refused post`);

        await page.goto(`${portal.base}/help?${lang}`);
        await submitFindLink(page, locale, "no link in here");
        await page.locator("#find-link-none").waitFor();
        await check(page, `${locale} link finder, nothing found`);
        // (An empty box never gets this far: the textarea is `required`.)
        await submitFindLink(page, locale, `Please visit: ${link.slice(0, link.indexOf("jwt=") + 20)}`);
        await page.locator("#find-link-cut").waitFor();
        await check(page, `${locale} link finder, link cut off`);

        // Posts in quick succession to the strict portal, which refills one
        // post a minute: of three within a minute at least one is refused,
        // whatever the other languages posted there before.
        let limited;
        for (let attempt = 0; attempt < 3 && limited?.status() !== 429; attempt++) {
          await page.goto(`${strict.base}/help?${lang}`);
          await page.getByLabel(message(locale, "find-link-label")).fill(`post ${attempt}`);
          [limited] = await Promise.all([
            page.waitForResponse(/find-link/),
            page.waitForURL(/find-link/),
            page.getByRole("button", { name: message(locale, "find-link-button") }).click(),
          ]);
        }
        assert.equal(limited.status(), 429);
        await check(page, `${locale} too many requests`);
      });
    });
  }
});

/** What has the keyboard focus, and whether a sighted user can see that. */
async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const ring = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
    const inView = box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
    return {
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute("type"),
      id: el.id,
      text: (el.labels?.[0]?.textContent ?? el.textContent).trim().replace(/\s+/g, " ").slice(0, 60),
      visible: ring && inView && box.width > 0 && box.height > 0,
      style: `outline ${style.outlineStyle} ${style.outlineWidth}`,
    };
  });
}

/** Presses Tab until `wanted` holds for the focused element, checking each stop. */
async function tabTo(page, wanted, what) {
  const stops = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    assert.ok(now, `Tab ${i + 1} left the focus nowhere, on the way to ${what}`);
    assert.ok(now.visible, `no visible focus on <${now.tag}> "${now.text}" (${now.style})`);
    stops.push(`${now.tag}:${now.text}`);
    if (wanted(now)) return now;
  }
  assert.fail(`never reached ${what} with Tab; stops: ${stops.join(" | ")}`);
}

for (const locale of ["en", "ar"]) {
  test(`keyboard only, ${locale}: skip link, tick two names, unpause`, async () => {
    const account = freshAccount();
    // In the order the page lists them: the walk ticks the first and the last.
    const names = ["api", "mail", "www"].map((host) => `${host}.k${account}.example`);
    await portal.pause(account, names);
    const link = await portal.problemLink(account, names);
    await withPage(browser, { locale }, async (page) => {
      await page.goto(`${link}&lang=${locale}`);

      const skip = await tabTo(page, () => true, "the skip link");
      assert.equal(skip.text, message(locale, "common-skip"), "the first stop is the skip link");
      await page.keyboard.press("Enter");
      assert.equal(new URL(page.url()).hash, "#main");

      await tabTo(page, (f) => f.type === "checkbox" && f.text.startsWith(names[0]), names[0]);
      await page.keyboard.press("Space");
      await tabTo(page, (f) => f.type === "checkbox" && f.text.startsWith(names[2]), names[2]);
      await page.keyboard.press("Space");
      await tabTo(page, (f) => f.id === "unpause-selected", "the unpause button");
      await Promise.all([page.waitForURL(/unpause-status/), page.keyboard.press("Enter")]);

      assert.equal(await page.locator("#status-names").getAttribute("data-count"), "2");
      assert.deepEqual(await portal.stillPaused(account, names), [names[1]]);
    });
  });
}

test("the language picker works from the keyboard", async () => {
  await withPage(browser, { locale: "en" }, async (page) => {
    await page.goto(`${portal.base}/help`);
    await tabTo(page, (f) => f.tag === "select", "the language picker");
    // Typing a letter picks the first language starting with it, as in any select.
    await page.keyboard.type("Deu");
    await tabTo(page, (f) => f.tag === "button", "the language button");
    await Promise.all([page.waitForURL(/lang=de/), page.keyboard.press("Enter")]);
    assert.equal(await page.evaluate(() => document.documentElement.lang), "de");
  });
});

// The checks above must be able to fail: each is shown a page that breaks
// what it looks for.
describe("the checks catch what they look for", () => {
  const broken = `<!doctype html><html lang="en"><head><title>broken</title>
    <style>*:focus { outline: none; } .faint { color: #bbb; }</style></head>
    <body><main><h1>Broken</h1><p class="faint">Faint grey text on white.</p>
    <input type="text"><div style="width: 600px">Too wide for a phone.</div>
    <a href="#x">A link without a focus ring</a></main></body></html>`;

  /** Shows `broken` in a fresh page and expects `check` to reject with `expected`. */
  const catches = (name, check, expected) =>
    test(name, async () => {
      await withPage(browser, {}, async (page) => {
        await page.setContent(broken);
        await assert.rejects(check(page), expected);
      });
    });

  catches("axe-core reports contrast and unlabelled fields", (page) => expectAccessible(page, "broken"), (error) => {
    assert.match(error.message, /color-contrast/);
    assert.match(error.message, /label/);
    return true;
  });
  catches(
    "reflow reports a page wider than the window",
    (page) => expectReflow(page, NARROW, "broken"),
    /page is \d+ px wide in a 320 px window/,
  );
  catches(
    "the keyboard walk reports a focus nobody can see",
    (page) => tabTo(page, (f) => f.tag === "a", "the link"),
    /no visible focus/,
  );
});
