import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  checkDestination,
  DEFAULT_DESTINATION,
  DESTINATION_PRESETS,
  MAX_DESTINATION_LENGTH,
} from '@/components/exit/destination';
import { exitDestination } from '@/components/exit/exitDestination';
import { isExitKey, trackedTabs, trackTab } from '@/components/exit/trackedTabs';
import { countrySetting as country, readCountry } from '@/components/helplines/country';
import {
  clearEverything,
  DISGUISES,
  disguise,
  introSeen,
  type Setting,
  textSize,
  theme,
} from '@/components/settings/settings';

/** Garbage of every type and size a corrupted or tampered store could hold. */
const GARBAGE: [string, unknown][] = [
  ['a number', 42],
  ['NaN', Number.NaN],
  ['true', true],
  ['an empty string', ''],
  ['an unrelated string', 'banana'],
  ['an object', { url: 'https://example.org/' }],
  ['an array', ['https://example.org/']],
  ['nested arrays', [[1], [2]]],
  ['a huge string', 'x'.repeat(100_000)],
  ['a javascript: URL', 'javascript:alert(1)'],
  ['a data: URL', 'data:text/html,<b>hi</b>'],
  ['a file: URL', 'file:///etc/passwd'],
  ['a browser page', 'chrome://history'],
  ['an http: URL', 'http://example.org/'],
  ['negative ids', [-1, -2]],
  ['fractional ids', [1.5]],
  ['a disguise path', '../notes'],
  ['a disguise in capitals', 'NOTES'],
  ['a disguise with spaces', ' notes '],
];

const SETTINGS: [string, Setting<unknown>][] = [
  ['exitDestination', exitDestination as Setting<unknown>],
  ['textSize', textSize as Setting<unknown>],
  ['theme', theme as Setting<unknown>],
  ['introSeen', introSeen as Setting<unknown>],
  ['country', country as Setting<unknown>],
  ['disguise', disguise as Setting<unknown>],
];

const areaAndKey = (setting: Setting<unknown>) => {
  const [area, key] = setting.key.split(':') as ['local' | 'session', string];
  return { area: fakeBrowser.storage[area], key };
};

describe.each(SETTINGS)('%s', (_, setting) => {
  it.each(GARBAGE)('reads %s as a valid value, never as the garbage', async (_, garbage) => {
    const { area, key } = areaAndKey(setting);
    await area.set({ [key]: garbage });

    const value = await setting.get();

    if (setting.parse(garbage) === undefined) expect(value).toEqual(setting.fallback);
    else expect(value).toEqual(setting.parse(garbage));
  });

  it('reads its fallback when nothing is stored', async () => {
    expect(await setting.get()).toEqual(setting.fallback);
  });
});

describe('exitDestination', () => {
  it('refuses an invalid value and keeps the previous one', async () => {
    await exitDestination.set('https://news.example.org/');

    const accepted = await exitDestination.set('javascript:alert(1)');

    expect(accepted).toBe(false);
    expect(await exitDestination.get()).toBe('https://news.example.org/');
  });

  it('normalises what it stores', async () => {
    await exitDestination.set('  https://News.Example.org  ');

    expect(await fakeBrowser.storage.local.get('exitDestination')).toEqual({
      exitDestination: 'https://news.example.org/',
    });
  });

  it('tells watchers only valid values', async () => {
    const seen: string[] = [];
    exitDestination.watch((value) => seen.push(value));

    await fakeBrowser.storage.local.set({ exitDestination: 'file:///etc/passwd' });
    await fakeBrowser.storage.local.set({ exitDestination: 'https://ok.example.org/' });

    expect(seen).toEqual([DEFAULT_DESTINATION, 'https://ok.example.org/']);
  });
});

describe('checkDestination', () => {
  it.each(DESTINATION_PRESETS.map((preset) => [preset.id, preset.url]))('accepts the %s preset', (_, url) => {
    expect(checkDestination(url)).toEqual({ ok: true, url });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['x'.repeat(MAX_DESTINATION_LENGTH + 1), 'tooLong'],
    [`https://example.org/${'a'.repeat(MAX_DESTINATION_LENGTH)}`, 'tooLong'],
    ['javascript:alert(1)', 'notHttps'],
    ['JAVASCRIPT:alert(1)', 'notHttps'],
    ['data:text/html,hi', 'notHttps'],
    ['file:///C:/secret.txt', 'notHttps'],
    ['chrome://settings', 'notHttps'],
    ['about:blank', 'notHttps'],
    ['chrome-extension://abc/options.html', 'notHttps'],
    ['moz-extension://abc/options.html', 'notHttps'],
    ['http://example.org/', 'notHttps'],
    ['ftp://example.org/', 'notHttps'],
    ['example.org', 'malformed'],
    ['https://', 'malformed'],
    ['https://exa mple.org/', 'malformed'],
    ['https://user:pass@example.org/', 'credentials'],
    ['https://user@example.org/', 'credentials'],
    // Measured after normalising: each é becomes %C3%A9, six characters.
    [`https://example.org/${'é'.repeat(1900)}`, 'tooLong'],
    // IP literals, in every form the URL parser accepts.
    ['https://127.0.0.1/', 'ipAddress'],
    ['https://2130706433/', 'ipAddress'],
    ['https://127.1/', 'ipAddress'],
    ['https://0x7f.1/', 'ipAddress'],
    ['https://0177.0.0.1/', 'ipAddress'],
    ['https://192.168.1.1/', 'ipAddress'],
    ['https://10.0.0.1:8443/', 'ipAddress'],
    ['https://[::1]/', 'ipAddress'],
    ['https://[::ffff:127.0.0.1]/', 'ipAddress'],
    // Host names that are not a real, dot-separated name.
    ['https://localhost/', 'hostName'],
    ['https://./', 'hostName'],
    ['https://localhost./', 'hostName'],
    ['https://example.org./', 'hostName'],
    ['https://.example.org/', 'hostName'],
    ['https://intranet/', 'hostName'],
    ['https://-bad.example.org/', 'hostName'],
    ['https://under_score.example.org/', 'malformed'],
    // A numeric last label makes the parser read an IP address, and this one is not valid.
    ['https://example.123/', 'malformed'],
    ['https://example.org:0/', 'port'],
    // Names that reach this computer or its local network (issue 21), and names under them.
    ['https://x.localhost/', 'localName'],
    ['https://a.b.LOCALHOST/', 'localName'],
    ['https://printer.local/', 'localName'],
    ['https://router.internal/', 'localName'],
    ['https://nas.home.arpa/', 'localName'],
    ['https://media.box.home.arpa:8443/', 'localName'],
  ])('refuses %j (%s)', (input, problem) => {
    expect(checkDestination(input)).toEqual({ ok: false, problem });
  });

  it.each([
    ['https://www.example.com:8443/weather?city=leeds', 'https://www.example.com:8443/weather?city=leeds'],
    ['  https://News.Example.org  ', 'https://news.example.org/'],
    ['https://bücher.example/', 'https://xn--bcher-kva.example/'],
    // Only the names themselves are local: these end differently.
    ['https://localhost.example.org/', 'https://localhost.example.org/'],
    ['https://www.local.com/', 'https://www.local.com/'],
    ['https://internal.example.net/', 'https://internal.example.net/'],
    ['https://home.arpa.example.org/', 'https://home.arpa.example.org/'],
    [
      `https://example.org/${'a'.repeat(MAX_DESTINATION_LENGTH - 30)}`,
      `https://example.org/${'a'.repeat(MAX_DESTINATION_LENGTH - 30)}`,
    ],
  ])('accepts %j as %j', (input, url) => {
    expect(checkDestination(input)).toEqual({ ok: true, url });
  });

  it.each([[null], [undefined], [42], [{}]])('refuses the non-string %j', (input) => {
    expect(checkDestination(input)).toEqual({ ok: false, problem: 'malformed' });
  });
});

describe('disguise', () => {
  it.each(DISGUISES)('accepts the %s preset', async (preset) => {
    expect(await disguise.set(preset)).toBe(true);

    expect(await disguise.get()).toBe(preset);
  });

  it('refuses anything else and keeps the previous choice', async () => {
    await disguise.set('notes');

    const accepted = await disguise.set('../../icon' as never);

    expect(accepted).toBe(false);
    expect(await disguise.get()).toBe('notes');
  });
});

describe('clearEverything', () => {
  it('removes every setting, and keeps the helpline tabs quick exit must still send away', async () => {
    await exitDestination.set('https://news.example.org/');
    await disguise.set('calendar');
    await introSeen.set(true);
    await trackTab(7);
    await fakeBrowser.storage.local.set({ somethingOld: 'from a previous version' });

    await clearEverything(isExitKey);

    expect(await fakeBrowser.storage.local.get(null)).toEqual({ 'openedTab.7': true });
    expect(await trackedTabs()).toEqual([7]);
    expect(await disguise.get()).toBe('guide');
    expect(await exitDestination.get()).toBe(DEFAULT_DESTINATION);
  });

  it('tells watchers that the values went back to their fallbacks', async () => {
    await theme.set('dark');
    const seen: string[] = [];
    theme.watch((value) => seen.push(value));

    await clearEverything();

    expect(seen).toEqual(['system']);
  });
});

describe("the reader's country (owned by helplines, issue 23)", () => {
  it('keeps the storage key readers’ choices are stored under', async () => {
    await fakeBrowser.storage.local.set({ country: 'mx' });

    expect(country.key).toBe('local:country');
    expect(await readCountry()).toBe('mx');
  });

  it('falls back to the browser’s language preferences, never location', async () => {
    Object.assign(fakeBrowser.i18n, { getUILanguage: () => 'es-AR' });
    try {
      expect(await readCountry()).toBe('ar');
    } finally {
      Object.assign(fakeBrowser.i18n, { getUILanguage: () => 'en-US' });
    }
  });
});
