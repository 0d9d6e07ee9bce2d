import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The peer for the options page's quick exit: GOV.UK Frontend's "Exit this page" component,
 * served locally from the installed package (node_modules/govuk-frontend/dist/govuk) with the
 * documented markup and `initAll()`. Its button is a link whose click handler blanks the page and
 * sets `window.location.href` to the link's href.
 */
export interface GovukPage {
  url: string;
  close(): Promise<void>;
}

const DIST = fileURLToPath(new URL('../../node_modules/govuk-frontend/dist/govuk', import.meta.url));

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** GOV.UK's page template with the Exit this page component (its "default" example). */
function template(destination: string): string {
  return `<!doctype html>
<html lang="en" class="govuk-template">
  <head>
    <meta charset="utf-8">
    <title>GOV.UK Exit this page</title>
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <link rel="stylesheet" href="/govuk/govuk-frontend.min.css">
  </head>
  <body class="govuk-template__body">
    <script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
    <div class="govuk-width-container">
      <div class="govuk-exit-this-page" data-module="govuk-exit-this-page">
        <a href="${escapeHtml(destination)}" role="button" draggable="false" class="govuk-button govuk-button--warning govuk-exit-this-page__button govuk-js-exit-this-page-button" data-module="govuk-button" rel="nofollow noreferrer">
          <span class="govuk-visually-hidden">Emergency</span> Exit this page
        </a>
      </div>
      <main class="govuk-main-wrapper" id="main-content">
        <h1 class="govuk-heading-l">Get help</h1>
        <p class="govuk-body">A page with the Exit this page component, for comparison.</p>
      </main>
    </div>
    <script type="module">
      import { initAll } from '/govuk/govuk-frontend.min.js';
      initAll();
    </script>
  </body>
</html>
`;
}

/** Serves the page at / and the package's files at /govuk/… (its CSS asks for /assets/…). */
export async function startGovukPage(destination: string): Promise<GovukPage> {
  statSync(join(DIST, 'govuk-frontend.min.js')); // fails clearly if govuk-frontend is not installed
  const html = template(destination);
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(html);
      return;
    }
    const inDist = path.startsWith('/govuk/')
      ? path.slice('/govuk/'.length)
      : path.startsWith('/assets/')
        ? path.slice(1)
        : undefined;
    const file = inDist === undefined ? undefined : normalize(join(DIST, inDist));
    try {
      if (!file?.startsWith(DIST)) throw new Error('outside');
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    // `localhost` is left out of the host-resolver rule that sends every other host to the stand-in.
    url: `http://localhost:${port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
