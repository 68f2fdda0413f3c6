// The photo engine in a headless Chromium page, for node tools (the CLI, the benchmark): the same worker code as the
// studio, served by Vite's dev server in `--mode harness` (tests/harness/).
import { readFile } from 'node:fs/promises';
import { createServer } from 'vite';
import { launchBrowser } from '../tests/chromium.mjs';

/**
 * @param {{ page?: string }} [options] the harness page to open (tests/harness/<page>)
 */
export async function openEnginePage({ page: pagePath = 'index.html' } = {}) {
  const server = await createServer({ configLoader: 'runner', mode: 'harness' });
  await server.listen();
  const base = server.resolvedUrls?.local[0];
  if (!base) throw new Error('the harness server has no address');
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    /** @type {Map<string, string>} */
    const inputs = new Map();
    // Files reach the page by URL: bytes are not serialised through the DevTools protocol.
    await page.route(`${base}__input/**`, async route => {
      const path = inputs.get(new URL(route.request().url()).pathname.split('/').pop() ?? '');
      // A file gone since it was listed answers 404: the page reports it, node does not crash.
      const body = path ? await readFile(path).catch(() => undefined) : undefined;
      if (!body) return route.fulfill({ status: 404 });
      return route.fulfill({ status: 200, body, contentType: 'application/octet-stream' });
    });
    await page.goto(new URL(pagePath, base).href);
    await page.waitForFunction(() => window.harness?.ready, null, { timeout: 60_000 });
    return {
      page,
      /** A URL the page can fetch for a file on disk. */
      inputUrl(/** @type {string} */ path) {
        const id = String(inputs.size);
        inputs.set(id, path);
        return `${base}__input/${id}`;
      },
      async close() {
        await browser.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser.close();
    await server.close();
    throw error;
  }
}
