import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The baseline extension: the least an extension can do, loaded beside Pocket Guide in the same
 * browser so that both are measured under the same conditions.
 *
 * - popup.html: the default popup, static HTML with one button and no script (the paint floor).
 * - exit.html + exit.js: the same button whose click handler does nothing but
 *   `chrome.tabs.update({ url })` on the active tab (the quick exit floor for an extension).
 * - bg.js: an empty service worker, only so that the benchmark has a context in which to call
 *   `chrome.action.openPopup()`. It registers nothing and does no work.
 */
export interface BareExtension {
  dir: string;
  popup: 'popup.html';
  exitPage: 'exit.html';
}

const page = (body: string) =>
  `<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="utf-8" />\n    <title>Bare</title>\n  </head>\n  <body>\n    ${body}\n  </body>\n</html>\n`;

export function createBareExtension(destination: string, dir = mkdtempSync(join(tmpdir(), 'pg-bare-'))): BareExtension {
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'Bare popup',
    version: '1.0.0',
    description: 'Benchmark baseline',
    action: { default_popup: 'popup.html', default_title: 'Bare popup' },
    background: { service_worker: 'bg.js' },
  };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(dir, 'bg.js'), '');
  writeFileSync(join(dir, 'popup.html'), page('<button type="button">Quick exit</button>'));
  writeFileSync(
    join(dir, 'exit.html'),
    page('<button type="button" id="exit">Quick exit</button>\n    <script src="exit.js"></script>'),
  );
  writeFileSync(
    join(dir, 'exit.js'),
    `document.getElementById('exit').addEventListener('click', () => {\n` +
      `  chrome.tabs.update({ url: ${JSON.stringify(destination)} });\n});\n`,
  );
  return { dir, popup: 'popup.html', exitPage: 'exit.html' };
}
