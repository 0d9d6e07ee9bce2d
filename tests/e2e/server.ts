import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One local HTTPS server stands in for the whole web. Chromium is started with
 * `--host-resolver-rules=MAP * 127.0.0.1:<port>`, so https://www.google.com/ or any helpline site
 * lands here and nothing leaves the machine. Every request is logged, so a test can prove which
 * pages were (and were not) asked for.
 */
export interface WebRequest {
  host: string;
  path: string;
  /** The Origin or Referer header: `chrome-extension://…` when an extension page or worker asked. */
  from: string;
  /** Sec-Fetch-Mode: `navigate` for a tab going to a page. */
  mode: string;
}

export interface WebStandIn {
  port: number;
  requests: WebRequest[];
  close(): Promise<void>;
}

function selfSignedCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'pg-cert-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/** A path whose page asks "Leave site?" once the reader has clicked in it (as a half-filled form does). */
export const ASKS_BEFORE_LEAVING = '/asks-before-leaving';
const asksBeforeLeaving =
  "<script>addEventListener('click', () => addEventListener('beforeunload', (event) => " +
  "{ event.preventDefault(); event.returnValue = ''; }), { once: true });</script>";

/**
 * A path whose page opens a chat, as helpline sites do: a `target=_blank` link ("Chat in a new
 * tab", to /chat-tab) and a button that opens /chat-popup with `window.open(…, 'popup')`.
 */
export const OPENS_CHATS = '/opens-chats';
const opensChats =
  '<p><a href="/chat-tab" target="_blank">Chat in a new tab</a></p>' +
  "<p><button type=\"button\" onclick=\"window.open('/chat-popup', 'chat', 'popup,width=420,height=560')\">" +
  'Chat in a window</button></p>';

/** A plain page whose title names its host, e.g. "www.google.com page". */
const page = (host: string, path: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${host} page</title>` +
  `${path.startsWith(ASKS_BEFORE_LEAVING) ? asksBeforeLeaving : ''}</head>` +
  `<body><h1>${host}</h1><p>Path: ${path.replace(/[<>&"]/g, '')}</p>` +
  `${path.startsWith(OPENS_CHATS) ? opensChats : ''}</body></html>`;

export async function startWebStandIn(): Promise<WebStandIn> {
  const requests: WebRequest[] = [];
  const server: Server = createServer(selfSignedCertificate(), (request, response) => {
    const host = (request.headers.host ?? 'unknown').replace(/:\d+$/, '');
    const { origin, referer } = request.headers;
    requests.push({
      host,
      path: request.url ?? '/',
      from: String(origin ?? referer ?? ''),
      mode: String(request.headers['sec-fetch-mode'] ?? ''),
    });
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(page(host, request.url ?? '/'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
