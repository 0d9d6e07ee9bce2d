import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * What both browsers' suites share to run axe-core: its own bundle, injected into the page
 * through the driver (which the extension pages' CSP does not stop), the rules every view is
 * held to, and one line per violation.
 *
 * The bundle is run in the page itself rather than through @axe-core/playwright's AxeBuilder:
 * the same rules and results (checked: the same passes on the options page), in about 0.1 s a
 * run instead of about 2 s, because AxeBuilder opens a blank page to finish each run and
 * injects into every frame (extension pages have none).
 */
export const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0–2.2 A and AA rules, plus best practice. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

interface Axe {
  run(context: Document, options: object): Promise<{ violations: Violation[] }>;
}

/** Runs in the page (passed to the driver's `evaluate`): is axe there yet? */
export const hasAxe = (): boolean => 'axe' in globalThis;

/** Runs in the page (passed to the driver's `evaluate`): the whole document's violations. */
export const runAxe = (tags: string[]): Promise<Violation[]> =>
  (globalThis as unknown as { axe: Axe }).axe
    .run(document, { runOnly: { type: 'tag', values: tags } })
    .then((results) =>
      results.violations.map(({ id, help, nodes }) => ({ id, help, nodes: nodes.map(({ target }) => ({ target })) })),
    );

/** One line per violation: the rule, its help text and the elements it found. */
export const describeViolations = (violations: Violation[]): string[] =>
  violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
