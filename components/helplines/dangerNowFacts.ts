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
  crisisLine?: { name: string; display: string; tel?: string };
}

/**
 * The reader's country, chosen exactly as the helplines view chooses it (the stored choice, else
 * the browser's languages). The route reads it only here, so it is one line to repoint.
 */
export function routeCountry(): Promise<CountryId | undefined> {
  return readCountry();
}

/**
 * A line to name in a crisis: tagged crisis, for the whole country, with a phone or a star code,
 * and graded High. The box is the most prominent place in the guide, so a line we could only
 * partly confirm stays in the helplines view and the box says "a crisis line" instead.
 */
const isCrisisLine = (line: Helpline): boolean =>
  line.tags.includes('crisis') &&
  line.confidence === 'High' &&
  !line.areas &&
  (line.phone !== undefined || line.dial !== undefined) &&
  !isUnconfirmed(line);

/** The facts for one country of the directory (none when the country is not known). */
export function dangerNowFacts(country: HelplineCountry | undefined): DangerNowFacts {
  if (!country) return {};
  const emergency = country.emergency.find((entry) => !entry.textOnly && !isUnconfirmed(entry));
  // A line mainly for a crisis (its first tag) before one that also takes crisis calls.
  const crisis = country.lines.filter(isCrisisLine).sort((a, b) => rank(a) - rank(b))[0];
  return {
    ...(emergency && { emergency: { display: emergency.display, tel: emergency.tel } }),
    ...(crisis?.phone && { crisisLine: { name: crisis.organisation, ...crisis.phone } }),
    ...(crisis && !crisis.phone && crisis.dial && { crisisLine: { name: crisis.organisation, display: crisis.dial } }),
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
