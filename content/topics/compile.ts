/**
 * Build-time compiler for guide topics: Markdown files with YAML front matter in, typed blocks
 * out (the format is described in README-format.md). Node only; the UI never imports this.
 *
 * This file is the public API; each stage has a file beside it: the front matter (frontMatter.ts),
 * Markdown to blocks (markdown.ts, with paragraphs.ts, callouts.ts and inlines.ts), validation
 * across topics and languages (checks.ts), and error reporting (places.ts: files and lines;
 * bodyContext.ts: a node's place in the body). topicFiles.ts finds the files.
 *
 * Every problem throws a ContentError naming the file, the line:column and what to change,
 * because the people who edit topics are writers and should not need to read this code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from '../errors';
import type { Topic } from './blocks';
import { checkSameTopics, checkTopicSet } from './checks';
import { parseFrontMatter, splitFrontMatter } from './frontMatter';
import { compileBody } from './markdown';
import { type CompiledTopic, displayPath, type TopicRef } from './places';
import { languageFolders, topicFiles } from './topicFiles';

// ─── Public API ─────────────────────────────────────────────────────────────────────────────────

/** Compiles one topic file. `file` is only used in error messages (pass a repo-relative path). */
export function compileTopic(source: string, file: string): Topic {
  return analyseTopic(source, file).topic;
}

/**
 * Compiles every topic in one language folder and checks them as a set. Returns the topics in
 * display order: by group (as in GROUP_IDS), then by `order`.
 */
export function loadTopics(dir: string): Topic[] {
  const compiled = topicFiles(dir).map((file) => analyseTopic(readFileSync(file, 'utf8'), displayPath(file)));
  return checkTopicSet(displayPath(dir), compiled);
}

/** Loads every language folder under `root` (content/topics/) and checks they hold the same topics. */
export function loadAllLanguages(root: string): Record<string, Topic[]> {
  const byLanguage: Record<string, Topic[]> = {};
  for (const language of languageFolders(root)) {
    byLanguage[language] = loadTopics(path.join(root, language));
  }
  checkSameTopics(root, byLanguage);
  return byLanguage;
}

// ─── One topic ──────────────────────────────────────────────────────────────────────────────────

function analyseTopic(source: string, file: string): CompiledTopic {
  // Be lenient about a BOM and Windows line endings: they are invisible in most editors.
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const parts = splitFrontMatter(text, file);
  const front = parseFrontMatter(parts.yaml, file);
  const body = compileBody(parts.body, file, parts.bodyLineOffset, front.meta.risk);
  const { meta } = front;
  const refs: TopicRef[] = [
    ...meta.related.map((id, i): TopicRef => ({ id, kind: 'related', where: front.where(['related', i]) })),
    ...body.links,
  ];
  rejectSelfReference(file, meta.id, refs);
  return {
    file,
    topic: { ...meta, blocks: body.blocks },
    refs,
    idWhere: front.where(['id']),
    orderWhere: front.where(['order']),
  };
}

function rejectSelfReference(file: string, id: string, refs: readonly TopicRef[]): void {
  const self = refs.find((ref) => ref.id === id);
  if (!self) return;
  const reason =
    self.kind === 'related'
      ? `related lists the topic itself ("${id}")`
      : `a topic must not link to itself (topic:${id})`;
  throw new ContentError(file, reason, self.where);
}
