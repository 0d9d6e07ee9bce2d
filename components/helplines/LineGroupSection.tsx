import { useId } from 'preact/hooks';
import { Heading, type HeadingLevel } from '@/components/ui/Heading';
import { i18n } from '@/components/ui/i18n';
import type { Helpline } from '@/content/helplines/schema';
import type { LineGroup } from './helplineLinks';
import { LineCard } from './LineCard';

const GROUP_HEADINGS = {
  abuse: 'helplinesGroupAbuse',
  other: 'helplinesGroupOther',
  'own-behaviour': 'helplinesGroupOwnBehaviour',
  directory: 'helplinesGroupDirectory',
} as const satisfies Record<LineGroup, string>;

/** One group of lines ("Sexual violence and abuse", …) under its heading. */
export function LineGroupSection({
  group,
  lines,
  areaNames,
  level,
  now,
}: {
  group: LineGroup;
  lines: Helpline[];
  areaNames: Map<string, string>;
  level: HeadingLevel;
  now: number;
}) {
  const headingId = useId();
  return (
    <section class="helplines__group" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        {i18n.t(GROUP_HEADINGS[group])}
      </Heading>
      <ul class="helplines__lines">
        {lines.map((line) => (
          <LineCard key={line.id} line={line} areaNames={areaNames} level={(level + 1) as HeadingLevel} now={now} />
        ))}
      </ul>
    </section>
  );
}
