import * as v from 'valibot';
import { type Document, isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import { ContentError } from '../errors';
import type { TopicMeta, TopicSafety, TopicSources } from './blocks';
import { lineAt } from './places';
import { FRONT_MATTER_FIELDS, FrontMatter, MISSING_FIELD_HELP } from './schema';

/**
 * Stage 1: the front matter. Splits it from the body, parses the YAML and checks it against the
 * schema, placing each problem at its field.
 */

export const FENCE = /^---[ \t]*$/;

export interface SourceParts {
  yaml: string;
  body: string;
  /** How many lines come before the body, to turn body line numbers into file line numbers. */
  bodyLineOffset: number;
}

export function splitFrontMatter(source: string, file: string): SourceParts {
  const lines = source.split('\n');
  if (!FENCE.test(lines[0] ?? '')) {
    throw new ContentError(
      file,
      'missing front matter: the file must start with a line "---", then the fields, then "---"',
      lineAt(1, 1),
    );
  }
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close === -1) {
    throw new ContentError(file, 'front matter is not closed: add a line "---" after the last field', lineAt(1, 1));
  }
  return {
    yaml: lines.slice(1, close).join('\n'),
    body: lines.slice(close + 1).join('\n'),
    bodyLineOffset: close + 1,
  };
}

export interface FrontMatterResult {
  meta: TopicMeta & TopicSources & TopicSafety;
  /** The place of a field (or a list entry in it), for errors found later. */
  where: (keys: readonly (string | number)[]) => string;
}

export function parseFrontMatter(yaml: string, file: string): FrontMatterResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false });
  // The YAML starts on line 2 of the file, after the opening "---".
  const placeAt = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return lineAt(line + 1, col);
  };
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    throw new ContentError(file, `front matter is not valid YAML: ${problem.message}`, placeAt(problem.pos[0]));
  }
  const where = (keys: readonly (string | number)[]) => placeAt(valueOffset(doc, keys));
  const result = v.safeParse(FrontMatter, doc.toJS());
  if (!result.success) {
    const [issue] = result.issues;
    const keys = issueKeys(issue);
    // An unknown field is wrong as a whole, so point at its name rather than its value.
    const offset = isUnknownField(issue) ? keyOffset(doc, keys[0]) : valueOffset(doc, keys);
    throw new ContentError(file, describeIssue(issue), placeAt(offset));
  }
  checkSafety(file, result.output, where);
  return { meta: result.output, where };
}

/** `selfHarm` adds a crisis line to the danger-now route, which only a topic with a `risk` shows. */
export function checkSafety(file: string, meta: TopicSafety, where: FrontMatterResult['where']): void {
  if (meta.selfHarm && meta.risk === undefined) {
    throw new ContentError(
      file,
      'selfHarm needs a "risk" (abuse, danger or crisis): only a topic with a risk shows the danger-now route',
      where(['selfHarm']),
    );
  }
}

/** Where a value sits in the YAML; falls back to its key, then to the start of the YAML. */
export function valueOffset(doc: Document, keys: readonly (string | number)[]): number {
  const node = keys.length > 0 ? doc.getIn(keys, true) : undefined;
  return isNode(node) && node.range ? node.range[0] : keyOffset(doc, keys[0]);
}

export function keyOffset(doc: Document, key: string | number | undefined): number {
  const root = doc.contents;
  const pair = isMap(root) ? root.items.find((item) => isScalar(item.key) && item.key.value === key) : undefined;
  if (pair && isNode(pair.key) && pair.key.range) return pair.key.range[0];
  return root?.range?.[0] ?? 0;
}

export function issueKeys(issue: v.BaseIssue<unknown>): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const item of issue.path ?? []) {
    if (typeof item.key === 'string' || typeof item.key === 'number') keys.push(item.key);
  }
  return keys;
}

/** valibot reports a key that strictObject does not know as expecting "never". */
export function isUnknownField(issue: v.BaseIssue<unknown>): boolean {
  return issue.type === 'strict_object' && issue.expected === 'never';
}

/** Field-level messages are written in schema.ts; object-level ones are worded here. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.type !== 'strict_object') return issue.message;
  const [field] = issueKeys(issue);
  if (field === undefined) return 'front matter must be a list of "field: value" lines';
  if (isUnknownField(issue)) return `unknown field "${field}" (allowed: ${FRONT_MATTER_FIELDS.join(', ')})`;
  const help = MISSING_FIELD_HELP[field as keyof typeof MISSING_FIELD_HELP];
  return `missing field "${field}"${help ? `: ${help}` : ''}`;
}
