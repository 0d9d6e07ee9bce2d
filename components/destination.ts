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

export type DestinationProblem = 'empty' | 'tooLong' | 'malformed' | 'notHttps' | 'credentials';

export type DestinationCheck = { ok: true; url: string } | { ok: false; problem: DestinationProblem };

/**
 * Accepts only an absolute `https:` URL with a real host name. Everything else — `javascript:`,
 * `data:`, `file:`, `chrome://`, `about:`, extension pages, relative or malformed input — is
 * refused, so quick exit can never run code or land on a page that names the browser's internals.
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
  if (!/^[a-z0-9.-]+$/i.test(url.hostname) || !url.hostname.includes('.')) {
    return { ok: false, problem: 'malformed' };
  }
  return { ok: true, url: url.href };
}
