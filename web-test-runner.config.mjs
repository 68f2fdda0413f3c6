import { writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromePath, chromiumFlags } from './tests/chromium.mjs';
import { humanBase, humanTestMiddleware } from './workers/analyse/assets.mjs';

/** Writes the counts where scripts/test.mjs reads them for the closing summary line. */
function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0 };
      const walk = suite => {
        for (const test of suite.tests) if (!test.skipped) counts[test.passed ? 'passed' : 'failed']++;
        suite.suites.forEach(walk);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that could not even load reports no test: count it as one failure.
        if (!session.passed && !session.testResults?.tests.length && !session.testResults?.suites.length)
          counts.failed++;
      }
      writeFileSync(file, JSON.stringify(counts));
    },
  };
}

/** Two Vite features the engine uses that the test server lacks (workers/decode/heic.ts). */
const viteImports = {
  name: 'vite-imports',
  // `import url from 'file?url'`: the file's own address, as Vite gives it.
  serve(context) {
    if (context.URL.searchParams.has('url'))
      return { body: `export default ${JSON.stringify(context.path)};`, type: 'js' };
  },
  // libheif-js's glue is a UMD script: Vite converts its CommonJS export, here it gets an ES one.
  transform(context) {
    if (context.path.endsWith('/libheif-js/libheif-wasm/libheif.js'))
      return { body: `${context.body}\nexport default libheif;` };
  },
};

/** Engine tests: TypeScript, module workers, OffscreenCanvas and pica in real Chromium. */
export default {
  files: ['workers/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 30_000 } },
  testsFinishTimeout: 300_000,
  // Face analysis's models and wasm, at the /human/ paths the worker asks for.
  middleware: [humanTestMiddleware],
  plugins: [
    esbuildPlugin({
      ts: true,
      json: true,
      target: 'es2022',
      define: { __HUMAN_BASE__: JSON.stringify(humanBase) },
    }),
    viteImports,
  ],
  browsers: [
    chromeLauncher({ launchOptions: { executablePath: chromePath(), headless: true, args: chromiumFlags } }),
  ],
  reporters: [defaultReporter(), ...(process.env.WTR_COUNTS ? [countReporter(process.env.WTR_COUNTS)] : [])],
};
