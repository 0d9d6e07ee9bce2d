/**
 * Checks every number in the helpline data against google-libphonenumber, Google's maintained
 * metadata for about 245 regions (build and test time only; nothing here ships). It replaces the
 * hand-written per-country dialling rules the loader used to carry.
 *
 * - An emergency number must be an emergency number for its region (ShortNumberInfo).
 * - A number without + must be a valid short number for the region, or, in Argentina, Australia,
 *   Ireland, Mexico, New Zealand, South Africa and Singapore, a freephone or shared-cost number in
 *   national form (1800 …, 13 11 14, 0800 …, 800 …).
 * - A number with + must be a valid number for the region.
 * - Freephone numbers in Argentina, Australia, Ireland, Mexico, New Zealand and South Africa must
 *   be written in national form: they may not connect when dialled as +61 1800…, +64 800…,
 *   +27 800…, +54 800…, +52 800…. (The library accepts both forms for AR and MX; national form is
 *   what their publishers print and what a phone there dials.)
 * - `display` must be the same number as `tel`.
 *
 * Where the library does not know a number that a source confirms, exceptions.yaml lists it with
 * the source and a one-line reason. An exception the library no longer needs fails the check, so
 * the list shrinks as the library catches up.
 */
import lib from 'google-libphonenumber';

const util = lib.PhoneNumberUtil.getInstance();
const shortInfo = lib.ShortNumberInfo.getInstance();
const { PhoneNumberType: Type, PhoneNumberFormat: Format } = lib;

/** What the number is for: an emergency number, or a line's phone, text or WhatsApp number. */
export type NumberKind = 'emergency' | 'phone' | 'text' | 'whatsapp';

export interface NumberException {
  /** Country id, as in COUNTRY_IDS (lower case). */
  country: string;
  /** The `tel` exactly as in the data. */
  tel: string;
  source: string;
  reason: string;
}

/** Freephone ranges in these regions are stored in national form (see above). */
const NATIONAL_FORM_FREEPHONE = new Set(['AR', 'AU', 'IE', 'MX', 'NZ', 'ZA']);
/** Regions whose freephone and shared-cost numbers may be stored in national form (Singapore's 1800 too). */
const NATIONAL_FORM_REGIONS = new Set([...NATIONAL_FORM_FREEPHONE, 'SG']);

/** National numbers that may stand without + because they only work dialled at home. */
const NATIONAL_ONLY_TYPES = new Set([Type.TOLL_FREE, Type.SHARED_COST, Type.UAN]);

/** The region code libphonenumber uses for a country id (`gb` → `GB`). */
export const regionOf = (countryId: string): string => countryId.toUpperCase();

function parse(text: string, region: string): lib.PhoneNumber | undefined {
  try {
    return util.parse(text, region);
  } catch {
    return undefined;
  }
}

/**
 * What the library says is wrong with a number, or undefined when it accepts it. Exceptions are
 * not consulted here: see numberProblem.
 */
export function libraryProblem(countryId: string, tel: string, kind: NumberKind): string | undefined {
  const region = regionOf(countryId);
  if (kind === 'emergency') {
    return shortInfo.isEmergencyNumber(tel, region as lib.RegionCode)
      ? undefined
      : `is not an emergency number for ${region} in google-libphonenumber`;
  }
  if (tel.startsWith('+')) {
    const number = parse(tel, region as lib.RegionCode);
    if (!number || !util.isValidNumberForRegion(number, region as lib.RegionCode)) {
      return `is not a valid number for ${region} in google-libphonenumber`;
    }
    if (NATIONAL_FORM_FREEPHONE.has(region) && util.getNumberType(number) === Type.TOLL_FREE) {
      const national = util.format(number, Format.NATIONAL).replace(/\D/g, '');
      return `is a freephone number, which may not connect in international form: write it in national form, "${national}"`;
    }
    return undefined;
  }
  const number = parse(tel, region as lib.RegionCode);
  if (number && shortInfo.isValidShortNumberForRegion(number, region as lib.RegionCode)) return undefined;
  if (
    number &&
    NATIONAL_FORM_REGIONS.has(region) &&
    util.isValidNumberForRegion(number, region as lib.RegionCode) &&
    NATIONAL_ONLY_TYPES.has(util.getNumberType(number))
  ) {
    return undefined;
  }
  if (number && util.isValidNumberForRegion(number, region as lib.RegionCode)) {
    return `is a full number: write it with the calling code, "${util.format(number, Format.E164)}"`;
  }
  return `is not a valid short number or national number for ${region} in google-libphonenumber`;
}

/** Whether `display` is the same number as `tel`, in any of the forms people publish it. */
export function displayMatches(countryId: string, display: string, tel: string): boolean {
  const digits = display.replace(/\D/g, '');
  if (!tel.startsWith('+')) return digits === tel;
  const region = regionOf(countryId);
  const shown = parse(display, region);
  if (shown && util.format(shown, Format.E164) === tel) return true;
  return `+${digits}` === tel;
}

/**
 * The problem with a number, if any, after exceptions. `used` collects the exceptions that were
 * needed, so that the loader can reject the ones nothing needs any more.
 */
export function numberProblem(
  countryId: string,
  { display, tel }: { display: string; tel: string },
  kind: NumberKind,
  exceptions: readonly NumberException[],
  used?: Set<NumberException>,
): { where: 'tel' | 'display'; reason: string } | undefined {
  const problem = libraryProblem(countryId, tel, kind);
  if (problem) {
    const exception = exceptions.find((entry) => entry.country === countryId && entry.tel === tel);
    if (!exception) {
      return {
        where: 'tel',
        reason: `"${tel}" ${problem}. If a source confirms it, list it in content/helplines/exceptions.yaml with the source and why`,
      };
    }
    used?.add(exception);
  }
  if (!displayMatches(countryId, display, tel)) {
    return { where: 'display', reason: `"${display}" is not the same number as tel "${tel}"` };
  }
  return undefined;
}
