import { cleanup, configure } from '@testing-library/preact';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetMarks } from '@/components/exit/exitMark';
import { forgetHeldWindows } from '@/components/exit/heldWindow';
import { forgetCovers } from '@/components/exit/leaving';

// The fake browser has no i18n: serve the real English messages, with Chrome's `$1` substitution.
const messages = generateChromeMessages(await parseMessagesFile('content/locales/en.yml'));

export function getMessage(name: string, substitutions?: string | string[]): string {
  const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  return (messages[name]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

Object.assign(fakeBrowser.i18n, {
  getMessage,
  getUILanguage: () => 'en-US',
});
// In-memory stand-in: the fake browser shows no extension page in any tab.
Object.assign(fakeBrowser.runtime, {
  getContexts: async () => [],
  getPlatformInfo: async () => ({ os: 'linux', arch: 'x86-64', nacl_arch: 'x86-64' }),
});
// As installed, an extension is not allowed in private windows (tests that need it spy on this).
Object.assign(fakeBrowser.extension, { isAllowedIncognitoAccess: async () => false });

// Topics and helplines load on demand (a dynamic import). On a busy 2-core machine that can take
// longer than Testing Library's 1 s default: wait for the real condition, just longer.
configure({ asyncUtilTimeout: 5000 });

beforeEach(() => {
  fakeBrowser.reset();
  forgetMarks();
  forgetCovers();
  forgetHeldWindows();
  document.body.removeAttribute('style');
  document.body.removeAttribute('aria-hidden');
  document.body.inert = false;
});

afterEach(() => cleanup());
