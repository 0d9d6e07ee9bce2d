import path from 'node:path';
import { ContentError } from '../errors';
import { GROUP_IDS, type Topic } from './blocks';
import { checkParity } from './parity';
import { type CompiledTopic, displayPath } from './places';

/**
 * Stage 3: validation across topics. Ids unique and equal to file names, unique places in groups,
 * links that resolve, no empty group, and the same topics in every language.
 */

export function checkTopicSet(dir: string, compiled: readonly CompiledTopic[]): Topic[] {
  checkUniqueIds(compiled);
  for (const entry of compiled) checkIdIsFileName(entry);
  checkUniqueOrder(compiled);
  checkRefsResolve(compiled);
  checkNoEmptyGroup(dir, compiled);
  return compiled.map((entry) => entry.topic).sort(byDisplayOrder);
}

export function fileId(file: string): string {
  return path.posix.basename(file, '.md');
}

/**
 * Runs before the file-name check so that a copied file whose id was not changed is reported
 * as a duplicate, on the copy rather than on the original.
 */
export function checkUniqueIds(compiled: readonly CompiledTopic[]): void {
  const byId = new Map<string, CompiledTopic>();
  for (const entry of compiled) {
    const other = byId.get(entry.topic.id);
    if (other) {
      const [original, copy] = fileId(entry.file) === entry.topic.id ? [entry, other] : [other, entry];
      throw new ContentError(copy.file, `id "${copy.topic.id}" is already used by ${original.file}`, copy.idWhere);
    }
    byId.set(entry.topic.id, entry);
  }
}

export function checkIdIsFileName(entry: CompiledTopic): void {
  const expected = fileId(entry.file);
  if (entry.topic.id !== expected) {
    throw new ContentError(
      entry.file,
      `id "${entry.topic.id}" must equal the file name "${expected}": rename the file or change the id`,
      entry.idWhere,
    );
  }
}

export function checkUniqueOrder(compiled: readonly CompiledTopic[]): void {
  const byPlace = new Map<string, CompiledTopic>();
  for (const entry of compiled) {
    const { group, order } = entry.topic;
    const other = byPlace.get(`${group} ${order}`);
    if (other) {
      throw new ContentError(
        entry.file,
        `order ${order} in group "${group}" is already used by ${other.file}`,
        entry.orderWhere,
      );
    }
    byPlace.set(`${group} ${order}`, entry);
  }
}

export function checkRefsResolve(compiled: readonly CompiledTopic[]): void {
  const ids = new Set(compiled.map((entry) => entry.topic.id));
  for (const entry of compiled) {
    const broken = entry.refs.find((ref) => !ids.has(ref.id));
    if (broken) {
      const what = broken.kind === 'related' ? 'related topic' : 'link to topic';
      throw new ContentError(entry.file, `${what} "${broken.id}" does not exist`, broken.where);
    }
  }
}

/** The home list shows every group as a heading; an empty one would be a heading over nothing. */
export function checkNoEmptyGroup(dir: string, compiled: readonly CompiledTopic[]): void {
  const used = new Set(compiled.map((entry) => entry.topic.group));
  const empty = GROUP_IDS.filter((group) => !used.has(group));
  if (empty.length > 0) {
    throw new ContentError(dir, `every group needs at least one topic; empty: ${empty.join(', ')}`);
  }
}

export function byDisplayOrder(a: Topic, b: Topic): number {
  return GROUP_IDS.indexOf(a.group) - GROUP_IDS.indexOf(b.group) || a.order - b.order;
}

/** English is the source language, so other languages are compared with it. */
export function checkSameTopics(root: string, byLanguage: Readonly<Record<string, Topic[]>>): void {
  const languages = Object.keys(byLanguage);
  const reference = languages.includes('en') ? 'en' : (languages[0] ?? 'en');
  const expected = new Set((byLanguage[reference] ?? []).map((topic) => topic.id));
  for (const language of languages) {
    const actual = new Set((byLanguage[language] ?? []).map((topic) => topic.id));
    const missing = [...expected].filter((id) => !actual.has(id));
    const extra = [...actual].filter((id) => !expected.has(id));
    if (missing.length > 0 || extra.length > 0) {
      throw new ContentError(displayPath(path.join(root, language)), describeDifference(reference, missing, extra));
    }
    if (language !== reference) {
      checkParity(
        root,
        { language: reference, topics: byLanguage[reference] ?? [] },
        { language, topics: byLanguage[language] ?? [] },
      );
    }
  }
}

export function describeDifference(reference: string, missing: readonly string[], extra: readonly string[]): string {
  const parts = [
    missing.length > 0 ? `missing ${missing.join(', ')}` : '',
    extra.length > 0 ? `extra ${extra.join(', ')}` : '',
  ].filter(Boolean);
  return `topics must be the same as in ${reference}/: ${parts.join('; ')}`;
}
