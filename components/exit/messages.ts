import { browser } from 'wxt/browser';
import { checkDestination } from './destination';

/**
 * The messages quick exit sends between extension pages and the worker, and their parsers. A
 * message from anywhere is checked before it is believed: a malformed one reads as none.
 */

/** Broadcast to every extension page and the worker: "leave now, go here". */
export const LEAVE = 'pocket-guide/leave';
/**
 * From the worker, on the keyboard command, before it reads anything: "blank now". Each page blanks
 * and leaves on its own (the popup closes; a page replaces itself with the destination it holds).
 */
export const BLANK = 'pocket-guide/blank';
/** From a page to the worker: open a site in a tab that quick exit will send away. */
export const OPEN = 'pocket-guide/open';
/** From the popup to the worker: make sure this tab really leaves (see `watchLeaving`). */
export const WATCH = 'pocket-guide/watch';
/** From the popup to the worker: the watched tab has started to leave. */
export const LEFT = 'pocket-guide/left';

export interface LeaveMessage {
  type: typeof LEAVE;
  destination: string;
  /** Tracked tabs the sender has already sent away. */
  sent?: number[];
  /** The guide's private window, if the sender has already closed it. */
  closedWindow?: number;
  /** When the exit happened (the sender's clock; exitMark.ts). */
  at?: number;
}
export interface BlankMessage {
  type: typeof BLANK;
}
export interface OpenMessage {
  type: typeof OPEN;
  url: string;
  /** When the reader asked (the page's clock): an exit at or after it cancels the open (exitMark.ts). */
  at?: number;
  /** The reader chose an ordinary tab after the private window could not open (openTracked.ts). */
  ordinary?: boolean;
}
export interface WatchMessage {
  type: typeof WATCH;
  destination: string;
  tabId: number;
}
export interface LeftMessage {
  type: typeof LEFT;
  tabId: number;
}

const hasType = (message: unknown, type: string): message is Record<string, unknown> =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;

const isId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

const acceptable = (url: unknown): string | undefined => {
  const check = checkDestination(url);
  return check.ok ? check.url : undefined;
};

/** Whether a message is the worker's BLANK. */
export const isBlank = (message: unknown): boolean => hasType(message, BLANK);

/** The destination carried by a LEAVE message, if it is one and the URL is acceptable. */
export const leaveDestination = (message: unknown): string | undefined =>
  hasType(message, LEAVE) ? acceptable(message.destination) : undefined;

/** The tabs a LEAVE message says were already sent away. */
export const alreadySent = (message: unknown): number[] =>
  hasType(message, LEAVE) && Array.isArray(message.sent) ? message.sent.filter(isId) : [];

/** The private window a LEAVE message says was already closed. */
export const alreadyClosed = (message: unknown): number | undefined =>
  hasType(message, LEAVE) && isId(message.closedWindow) ? message.closedWindow : undefined;

/** When a LEAVE message says the exit happened, if it says. */
export const leaveAt = (message: unknown): number | undefined =>
  hasType(message, LEAVE) && isId(message.at) && message.at > 0 ? message.at : undefined;

/** The URL carried by an OPEN message, if it is one and the URL is an https: page. */
export const openUrl = (message: unknown): string | undefined =>
  hasType(message, OPEN) ? acceptable(message.url) : undefined;

/** When an OPEN message says the reader asked; `received` (now) when it says nothing usable. */
export const openRequestedAt = (message: unknown, received: number = Date.now()): number =>
  hasType(message, OPEN) && isId(message.at) && message.at > 0 && message.at <= received ? message.at : received;

/** Whether an OPEN message asks for an ordinary tab, as the reader chose. */
export const openInOrdinaryTab = (message: unknown): boolean => hasType(message, OPEN) && message.ordinary === true;

/** The tab and destination of a WATCH message, if it is a well-formed one. */
export function watchRequest(message: unknown): { tabId: number; destination: string } | undefined {
  if (!hasType(message, WATCH) || !isId(message.tabId)) return undefined;
  const destination = acceptable(message.destination);
  return destination ? { tabId: message.tabId, destination } : undefined;
}

/** The tab a LEFT message names. */
export const leftTab = (message: unknown): number | undefined =>
  hasType(message, LEFT) && isId(message.tabId) ? message.tabId : undefined;

/** Sends a message; "nobody is listening" is not an error here. */
export function send(message: LeaveMessage | BlankMessage | WatchMessage | LeftMessage): Promise<unknown> {
  try {
    return browser.runtime.sendMessage(message).catch(() => undefined);
  } catch {
    return Promise.resolve(undefined);
  }
}
