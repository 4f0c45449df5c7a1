// Opens the GraphQL IDE (Banana Cake Pop) served by our server in headless Debian Chromium with every outside
// host blocked, types a query, runs it and waits for the response to appear. Prints one JSON line:
// { ok, response, outsideRequests, error } and saves a screenshot.
// Usage: node ide-smoke.mjs <endpoint url> <screenshot.png> <query> <text expected in the response>
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const [url, screenshot, query, expected] = process.argv.slice(2);
if (!url || !screenshot || !query || !expected) {
  console.error('usage: node ide-smoke.mjs <url> <screenshot.png> <query> <expected text>');
  process.exit(2);
}

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const profile = mkdtempSync(path.join(tmpdir(), 'ide-smoke-'));
const outsideRequests = [];
const result = { ok: false, response: null, outsideRequests, error: null };
let context;
try {
  // A persistent context gives Chromium the fresh --user-data-dir we choose.
  context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1400, height: 900 },
    // The IDE's offline service worker reloads the page once it has cached itself; a test needs no offline cache.
    serviceWorkers: 'block',
    args: [
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('request', (request) => {
    const host = new URL(request.url()).hostname;
    if (host !== '127.0.0.1' && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) {
      outsideRequests.push(request.url());
    }
  });

  await page.goto(url, { waitUntil: 'load', timeout: 30000 });
  await page.getByText('Create Document').click({ timeout: 30000 });
  await page.getByText('Schema available').waitFor({ timeout: 30000 });

  const editor = page.locator('.monaco-editor').first();
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  // Monaco closes brackets itself: type the query without its closing braces' duplicates by inserting text.
  await page.keyboard.insertText(query);

  // The first run right after the schema loads is sometimes not rendered: retry a few times.
  const deadline = Date.now() + 30000;
  while (Date.now() < deadline && !result.ok) {
    await page.locator('button[aria-label^="Run Operation"]').click();
    const pollUntil = Date.now() + 5000;
    while (Date.now() < pollUntil) {
      // Monaco renders spaces as no-break spaces.
      const texts = (await page.locator('.monaco-editor .view-lines').allInnerTexts()).map((t) => t.replace(/\u00a0/g, ' '));
      const response = texts.slice(1).find((t) => t.includes(expected));
      if (response) {
        result.response = response;
        result.ok = true;
        break;
      }
      await page.waitForTimeout(250);
    }
  }
  if (!result.ok) result.error = `the response never showed "${expected}"`;
  await page.screenshot({ path: screenshot });
} catch (error) {
  result.error = String(error?.message ?? error);
} finally {
  await context?.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
}
if (outsideRequests.length > 0) result.ok = false;
console.log(JSON.stringify(result));
process.exit(result.ok ? 0 : 1);
