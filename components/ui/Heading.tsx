import type { ComponentChildren } from 'preact';

/** The levels a section heading can take below a view's h1. */
export type HeadingLevel = 2 | 3 | 4;

/** A heading whose level comes from where it is placed, so a view can sit at any depth. */
export function Heading({ level, id, children }: { level: HeadingLevel; id?: string; children: ComponentChildren }) {
  const Tag = `h${level}` as const;
  return <Tag id={id}>{children}</Tag>;
}
