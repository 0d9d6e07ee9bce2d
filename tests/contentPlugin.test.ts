import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentModule, contentModules } from '@/content/plugin';

/** A copy of content/ to break on purpose. */
function contentCopy() {
  const root = mkdtempSync(join(tmpdir(), 'pg-content-'));
  cpSync(resolve('content/topics'), join(root, 'topics'), { recursive: true });
  cpSync(resolve('content/helplines'), join(root, 'helplines'), { recursive: true });
  cpSync(resolve('content/locales'), join(root, 'locales'), { recursive: true });
  return root;
}

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** Runs the plugin's hooks as the bundler does for one virtual module. */
function buildModule(root: string, id: 'virtual:guide/index' | 'virtual:guide/topics/en' | 'virtual:helplines/en') {
  const plugin = contentModules(root);
  const resolved = (plugin.resolveId as (id: string) => string | undefined)(id);
  const context = { addWatchFile: () => undefined };
  const load = plugin.load as unknown as (this: typeof context, id: string) => string | undefined;
  return load.call(context, resolved ?? '');
}

describe('the content plugin', () => {
  it('exports the validated content as JSON modules', () => {
    const code = buildModule(resolve('content'), 'virtual:guide/index') ?? '';

    const data = JSON.parse(JSON.parse(code.replace(/^export default JSON\.parse\(/, '').replace(/\);$/, '')));
    expect(data).toEqual(contentModule('virtual:guide/index'));
    expect(data.en[0]).not.toHaveProperty('blocks');
  });

  it('ships where facts were checked, and the safety marks, with the topics’ text, not with the home list', () => {
    const index = (contentModule('virtual:guide/index') as Record<string, Record<string, unknown>[]>).en ?? [];
    const topics = contentModule('virtual:guide/topics/en') as Record<string, unknown>[];

    const shipped = ['sources', 'reviewed', 'risk', 'selfHarm'];
    expect(index.filter((topic) => shipped.some((key) => key in topic))).toEqual([]);
    expect(topics.every((topic) => Array.isArray(topic.sources) && typeof topic.reviewed === 'string')).toBe(true);
    expect(topics.some((topic) => topic.risk === 'crisis' && topic.selfHarm === true)).toBe(true);
  });

  it.each([
    [
      'a topic',
      'topics/en/trust.md',
      'group: hard-times',
      'group: hardtimes',
      /trust\.md: line \d+:\d+: group must be one of/,
    ],
    ['a helpline file', 'helplines/gb.yaml', 'tel: "999"', 'tel: "9x9"', /gb\.yaml: emergency\[0\]\.tel/],
    [
      'helpline text with no translation',
      'helplines/gb.yaml',
      'hours: Every day, 6pm to midnight',
      'hours: Every day, 6pm to 1am',
      /translations\/es\.yaml: no Spanish for "Every day, 6pm to 1am" \(used in gb\.yaml lines\[14\]\.hours\)/,
    ],
  ])('fails the build on a broken %s, naming the file, the place and the reason', (_, file, from, to, message) => {
    const root = contentCopy();
    roots.push(root);
    const path = join(root, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
    const id = file.startsWith('topics') ? 'virtual:guide/topics/en' : 'virtual:helplines/en';

    expect(() => buildModule(root, id)).toThrow(message);
  });

  it('leaves other modules alone', () => {
    const plugin = contentModules();

    expect((plugin.resolveId as (id: string) => string | undefined)('preact')).toBeUndefined();
  });
});
