import { formatList } from '@/components/ui/format';
import type { CountryId } from '@/content/helplines/locale';
import type { Helpline, HelplineCountry } from '@/content/helplines/schema';
import { readCountry } from './country';
import { loadDirectory } from './directory';
import { isUnconfirmed } from './helplineLinks';

/**
 * What the danger-now route at the top of a risk topic names: the reader's country's emergency
 * number and crisis line, when the helplines data knows them. Either may be missing; the route
 * then says "your local emergency number" or "a crisis line" instead.
 */
export interface DangerNowFacts {
  emergency?: { display: string; tel: string };
  /** `tel` is missing for a star code only a keypad dials (Chile's *4141): shown as text. */
  crisisLine?: CrisisLine;
  /**
   * Only when no crisis line covers the whole country: one line for each part of it that has one,
   * with the part's name (Belgium: 0800 32 123 in French-speaking Belgium, 1813 in Flanders).
   */
  areaCrisisLines?: (CrisisLine & { area: string })[];
}

interface CrisisLine {
  name: string;
  display: string;
  tel?: string;
}

/**
 * The reader's country, chosen exactly as the helplines view chooses it (the stored choice, else
 * the browser's languages). The route reads it only here, so it is one line to repoint.
 */
export function routeCountry(): Promise<CountryId | undefined> {
  return readCountry();
}

/**
 * A line to name in a crisis: tagged crisis, with a phone or a star code, and graded High. The box
 * is the most prominent place in the guide, so a line we could only partly confirm stays in the
 * helplines view and the box says "a crisis line" instead. One for the whole country comes first;
 * lines limited to areas are named only when there is none.
 */
const isCrisisLine = (line: Helpline): boolean =>
  line.tags.includes('crisis') &&
  line.confidence === 'High' &&
  (line.phone !== undefined || line.dial !== undefined) &&
  !isUnconfirmed(line);

/** What the box shows of a line: its name and the number to call, or the star code to dial. */
const named = (line: Helpline): CrisisLine | undefined =>
  line.phone
    ? { name: line.organisation, ...line.phone }
    : line.dial
      ? { name: line.organisation, display: line.dial }
      : undefined;

/** The first line (in rank, then file order) for each set of areas no earlier line covered. */
function byArea(country: HelplineCountry, lines: Helpline[]): DangerNowFacts['areaCrisisLines'] {
  const names = new Map(country.areas?.map((area) => [area.id, area.name]));
  const covered = new Set<string>();
  return lines.flatMap((line) => {
    const areas = line.areas ?? [];
    const shown = named(line);
    if (!shown || areas.every((area) => covered.has(area))) return [];
    for (const area of areas) covered.add(area);
    return [{ ...shown, area: formatList(areas.map((area) => names.get(area) ?? area)) }];
  });
}

/** The facts for one country of the directory (none when the country is not known). */
export function dangerNowFacts(country: HelplineCountry | undefined): DangerNowFacts {
  if (!country) return {};
  const emergency = country.emergency.find((entry) => !entry.textOnly && !isUnconfirmed(entry));
  // A line mainly for a crisis (its first tag) before one that also takes crisis calls.
  const crisis = country.lines.filter(isCrisisLine).sort((a, b) => rank(a) - rank(b));
  const whole = crisis.find((line) => !line.areas);
  const crisisLine = whole && named(whole);
  const areaCrisisLines = whole ? [] : byArea(country, crisis);
  return {
    ...(emergency && { emergency: { display: emergency.display, tel: emergency.tel } }),
    ...(crisisLine && { crisisLine }),
    ...(areaCrisisLines?.length && { areaCrisisLines }),
  };
}

const rank = (line: Helpline): number => (line.tags[0] === 'crisis' ? 0 : 1);

/**
 * The facts for the reader's country, in `language`. The directory (a chunk of its own) loads only
 * when a risk topic opens and the country is known. Never fails: a route without numbers still
 * shows the words and the way to the helplines.
 */
export async function loadDangerNow(language: string): Promise<DangerNowFacts> {
  try {
    const id = await routeCountry();
    if (id === undefined) return {};
    const directory = await loadDirectory(language);
    return dangerNowFacts(directory.find((entry) => entry.id === id));
  } catch {
    return {};
  }
}
