/** Where quick exit sends the browser: a few neutral public pages, or the user's own https: page. */

export const DESTINATION_PRESETS = [
  { id: 'search', url: 'https://www.google.com/' },
  { id: 'weather', url: 'https://www.bbc.com/weather' },
  { id: 'news', url: 'https://www.bbc.com/news' },
] as const;

export type DestinationPresetId = (typeof DESTINATION_PRESETS)[number]['id'];

export const DEFAULT_DESTINATION: string = DESTINATION_PRESETS[0].url;

/** Long enough for any real page, short enough that nobody pastes a payload into it. */
export const MAX_DESTINATION_LENGTH = 2000;

export type DestinationProblem =
  | 'empty'
  | 'tooLong'
  | 'malformed'
  | 'notHttps'
  | 'credentials'
  | 'ipAddress'
  | 'hostName'
  | 'localName'
  | 'port';

export type DestinationCheck = { ok: true; url: string } | { ok: false; problem: DestinationProblem };

/** One label of a host name: letters, digits and inner hyphens (punycode included). */
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
/** A top-level domain is never all digits (that would be an IP address in disguise). */
const TOP_LEVEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/i;

/**
 * Names that reach this computer or its local network, never a public website: `localhost`
 * (RFC 6761), `.local` (multicast DNS), `.internal` (private networks), `.home.arpa` (home networks,
 * RFC 8375), and every name under them.
 */
const LOCAL_SUFFIXES = ['localhost', 'local', 'internal', 'home.arpa'];

const isLocalName = (host: string): boolean => {
  const name = host.toLowerCase();
  return LOCAL_SUFFIXES.some((suffix) => name === suffix || name.endsWith(`.${suffix}`));
};

/**
 * Accepts only an absolute `https:` URL with a real, dot-separated host name. Everything else is
 * refused: `javascript:`, `data:`, `file:`, `chrome://`, `about:`, extension pages, relative or
 * malformed input, user names and passwords, IP addresses in any form the URL parser accepts
 * (`https://2130706433/` and `https://127.1/` are both 127.0.0.1), bare or empty names
 * (`localhost`, `https://./`, `https://localhost./`), names of this computer or its network
 * (`https://x.localhost/`, `.local`, `.internal`, `.home.arpa`) and port 0. So quick exit can never run code,
 * land on a page that names the browser's internals, or reach into the computer's own network.
 * Length is measured on the normalised address, the one that is stored and used.
 */
export function checkDestination(input: unknown): DestinationCheck {
  if (typeof input !== 'string') return { ok: false, problem: 'malformed' };
  const text = input.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  if (text.length > MAX_DESTINATION_LENGTH) return { ok: false, problem: 'tooLong' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  if (url.protocol !== 'https:') return { ok: false, problem: 'notHttps' };
  if (url.username || url.password) return { ok: false, problem: 'credentials' };
  const host = url.hostname;
  // The parser has already turned every IPv4 form into four decimal parts; IPv6 keeps its brackets.
  if (host.startsWith('[') || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host)) return { ok: false, problem: 'ipAddress' };
  // Characters no host name has (a space, an underscore) mean it is not a web address at all.
  if (!/^[a-z0-9.-]+$/i.test(host)) return { ok: false, problem: 'malformed' };
  const labels = host.split('.');
  const topLevel = labels.at(-1) ?? '';
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label)) || !TOP_LEVEL.test(topLevel)) {
    return { ok: false, problem: 'hostName' };
  }
  if (isLocalName(host)) return { ok: false, problem: 'localName' };
  if (url.port === '0') return { ok: false, problem: 'port' };
  if (url.href.length > MAX_DESTINATION_LENGTH) return { ok: false, problem: 'tooLong' };
  return { ok: true, url: url.href };
}
