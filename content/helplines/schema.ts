/**
 * The shape of a helpline file: `content/helplines/<country id>.yaml`, one file per country.
 *
 * This schema checks each field on its own (types, formats, allowed values, no unknown fields).
 * Rules that relate fields or files to each other (id = file name, numbers fit the country's
 * calling code, display and tel are the same number, areas exist, `verify` present when not High,
 * dates not in the future, ids unique across files, one option per language) live in `load.ts`.
 *
 * Every text a reader sees is written here in English, and translated, keyed by that English, in
 * `translations/<language>.yaml` (see translations.ts). Not translated: `organisation` (a proper
 * name), keywords, addresses, numbers, and `verify` (for maintainers; it does not ship).
 *
 * Example (a cut-down gb.yaml):
 *
 * ```yaml
 * id: gb                                   # = file name (the UI names it in the reader's language)
 * note: …                                  # optional; one short paragraph for the whole country
 * areas:                                   # optional; parts of the country whose lines differ
 *   - { id: scotland, name: Scotland }
 * emergency:                               # first on screen; at least one, except in other.yaml
 *   - display: "999"                       # as published
 *     tel: "999"                           # what a tel: link dials (see PhoneNumber)
 *     label: Police, ambulance, fire
 *     note: …                              # optional
 *     textOnly: true                       # optional; the number takes text messages, not calls
 *     source: https://…                    # page the fact came from (https only)
 *     checked: 2026-11-24                  # date checked (YYYY-MM-DD)
 *     confidence: High                     # High | Medium | Low
 *     verify: …                            # required unless High: what to check, and where
 * lines:                                   # at least one, unless the country note says why not
 *   - id: rape-crisis-scotland             # kebab-case, unique across all files
 *     organisation: Rape Crisis Scotland
 *     service: Helpline                    # optional
 *     helpsWith: …                         # one plain sentence
 *     for: …                               # optional; who it is for
 *     tags: [sexual-violence]              # at least one, from HELPLINE_TAGS
 *     areas: [scotland]                    # optional; omit = the whole country
 *     phone: { display: "08088 01 03 02", tel: "+448088010302" }
 *     dial: "*4141"                        # optional; a star code, shown as text (no tel: link)
 *     otherPhones:                         # optional; TTY, other languages, local numbers
 *       - { label: TTY, display: "…", tel: "…" }
 *     textLine: { display: "85258", tel: "85258", keyword: SHOUT }   # optional; keyword optional
 *     whatsapp: { display: "…", tel: "+…" } # optional; messages only
 *     chat: https://…                      # optional
 *     website: https://…                   # optional
 *     email: …                             # optional
 *     hours: …                             # optional note (left out when no source states it)
 *     schedule: …                          # optional: the same hours as data (see schedule.ts)
 *     languages: …                         # optional, only as the source states it
 *     privacy: …                           # optional; e.g. whether it shows on the phone bill
 *     note: …                              # optional; anything else the caller should know
 *     languageOptions:                     # optional; help in another language (see below)
 *       - language: es
 *         how: Call and press 2 to talk in Spanish.
 *         source / checked / confidence / verify
 *     source / checked / confidence / verify   # as for emergency numbers
 * ```
 *
 * `languageOptions`: how to get the line's help in a language other than its main one, one entry
 * per language, each with the page that states it. The view names the language in the reader's
 * language and lists the option first when it is the reader's own. Adding a language is data only.
 *
 * `cantTalk` (every country file; `[]` when none was found): ways to reach help without speaking
 * aloud other than a line's text, chat or WhatsApp, which the view lists after them.
 *
 * Confidence follows shared/reference/helplines.md: High = official page or two reputable sources
 * agree; Medium = secondary or older source; Low = seen only in code datasets. The UI shows High
 * and Medium by default and hides Low.
 */
import * as v from 'valibot';
import {
  CONFIDENCE_LEVELS,
  DISPLAY,
  emailAddress,
  HELPLINE_TAGS,
  httpsUrl,
  id,
  isoDate,
  KEBAB_CASE,
  languageTag,
  provenance,
  quoted,
  starCode,
  strict,
  TEL,
  text,
} from './fields';
import { COUNTRY_IDS, type CountryId } from './locale';
import { scheduleField } from './schedule';

export { CONFIDENCE_LEVELS, COUNTRY_IDS, type CountryId, DISPLAY, HELPLINE_TAGS, KEBAB_CASE, TEL };

/**
 * A phone number: `display` as the organisation publishes it, `tel` as a tel:/sms: link dials it.
 * `tel` is one of: `+` and the country's calling code and the number (E.164, e.g. +448085002222);
 * a short code of 2–6 digits (999, 116123, 85258); or a freephone number in national form where
 * the +CC form may not connect (Australia and Ireland's 1800/1300, and the others numbers.ts lists).
 * `display` must contain the same digits: the +CC form, the national form with the trunk prefix
 * (0 in most countries, 1 in North America), or the bare national number (see load.ts).
 */
export const PhoneNumberSchema = strict({
  display: quoted(
    DISPLAY,
    'must be digits with spaces, dots, dashes or brackets; write letters such as HOPE as digits',
  ),
  tel: quoted(TEL, 'must be digits with an optional leading +, 2 to 15 digits, no spaces'),
});

export const OtherPhoneSchema = strict({
  /** What this number is for, e.g. "TTY", "isiXhosa", "Toronto area". */
  label: text(),
  display: PhoneNumberSchema.entries.display,
  tel: PhoneNumberSchema.entries.tel,
});

export const TextLineSchema = strict({
  display: PhoneNumberSchema.entries.display,
  tel: PhoneNumberSchema.entries.tel,
  /** The word to send to start, as the service publishes it (e.g. SHOUT). Omit if any text works. */
  keyword: v.optional(text()),
});

export const AreaSchema = strict({ id, name: text() });

export const EmergencyNumberSchema = strict({
  display: PhoneNumberSchema.entries.display,
  tel: PhoneNumberSchema.entries.tel,
  /** Short: who answers ("Police", "Police, ambulance, fire"). */
  label: text(),
  note: v.optional(text()),
  /** true when the number takes text messages (SMS) only, not voice calls. */
  textOnly: v.optional(v.literal(true, 'must be true or left out')),
  ...provenance,
});

/** One way to get a line's help in another language (see the header). */
export const LanguageOptionSchema = strict({
  language: languageTag,
  /** One or two plain sentences: what to do to get help in that language. */
  how: text(),
  phone: v.optional(PhoneNumberSchema),
  textLine: v.optional(TextLineSchema),
  whatsapp: v.optional(PhoneNumberSchema),
  chat: v.optional(httpsUrl),
  website: v.optional(httpsUrl),
  ...provenance,
});

/** One way to reach help without speaking aloud: a silent-call procedure, text to the emergency services, an app. */
export const CantTalkSchema = strict({
  /** One or two plain sentences: what to do, exactly as the source says it works. */
  how: text(),
  /** A number to call (a silent call) or, with `textLine`, to text. */
  phone: v.optional(PhoneNumberSchema),
  textLine: v.optional(TextLineSchema),
  website: v.optional(httpsUrl),
  ...provenance,
});

export const HelplineSchema = strict({
  id,
  organisation: text(),
  service: v.optional(text()),
  /** One plain sentence: what the line helps with. */
  helpsWith: text(),
  /** Who it is for, when the line is not for everyone ("Women", "16 and over"). */
  for: v.optional(text()),
  tags: v.pipe(
    v.array(
      v.picklist(HELPLINE_TAGS, (issue) => `must be one of ${HELPLINE_TAGS.join(', ')} (got ${issue.received})`),
      'must be a list of tags',
    ),
    v.minLength(1, 'needs at least one tag'),
  ),
  /** Area ids from the country's `areas`; omit when the line covers the whole country. */
  areas: v.optional(v.pipe(v.array(id, 'must be a list of area ids'), v.minLength(1, 'must not be empty'))),
  phone: v.optional(PhoneNumberSchema),
  /** A star code only a keypad can dial (Chile's *4141), shown as text: use `phone` where one exists. */
  dial: v.optional(starCode),
  otherPhones: v.optional(v.array(OtherPhoneSchema, 'must be a list')),
  textLine: v.optional(TextLineSchema),
  /** A WhatsApp number for messages (not calls). */
  whatsapp: v.optional(PhoneNumberSchema),
  chat: v.optional(httpsUrl),
  website: v.optional(httpsUrl),
  email: v.optional(emailAddress),
  hours: v.optional(text()),
  ...scheduleField,
  /** As the source states it, e.g. "English and French". Omitted when no source says. */
  languages: v.optional(text()),
  /** Cost and traces: phone bill, call log, anonymity. */
  privacy: v.optional(text()),
  note: v.optional(text()),
  /** Help in other languages: see the header. */
  languageOptions: v.optional(
    v.pipe(v.array(LanguageOptionSchema, 'must be a list of language options'), v.minLength(1, 'must not be empty')),
  ),
  ...provenance,
});

export const HelplineCountrySchema = strict({
  id: v.picklist(
    COUNTRY_IDS,
    (issue) => `must be a country id from content/helplines/locale.ts (got ${issue.received})`,
  ),
  /** One short paragraph shown above the lines (e.g. legal differences, "use the local number"). */
  note: v.optional(text()),
  areas: v.optional(v.array(AreaSchema, 'must be a list of areas')),
  emergency: v.array(EmergencyNumberSchema, 'must be a list (empty only in other.yaml)'),
  /**
   * "If you can't talk": the ways to reach help without speaking aloud that are not a line's text,
   * chat or WhatsApp. Required in every country's file (an empty list says none was found);
   * absent in other.yaml and for the countries of the emergency table.
   */
  cantTalk: v.optional(v.array(CantTalkSchema, 'must be a list of ways to reach help without speaking')),
  lines: v.array(HelplineSchema, 'must be a list of helplines'),
});

/** Who answers an emergency number in the shared table (content/helplines/emergency.yaml). */
export const EMERGENCY_FOR = [
  'all',
  'police',
  'ambulance',
  'fire',
  'police-ambulance',
  'police-fire',
  'ambulance-fire',
] as const;

/** One number in the shared table: what a tel: link dials, and who answers it. */
const tableNumber = {
  tel: PhoneNumberSchema.entries.tel,
  for: v.picklist(EMERGENCY_FOR, (issue) => `must be one of ${EMERGENCY_FOR.join(', ')} (got ${issue.received})`),
};

/**
 * A row under `countries`. A number takes the table's source, date and grade unless it gives its
 * own `source`, `checked` and `confidence` (all three, and `verify` unless High): a number a page
 * other than the table's source states (emergencyTable.ts checks the combination).
 */
const tableRow = v.array(
  strict({
    ...tableNumber,
    source: v.optional(provenance.source),
    checked: v.optional(provenance.checked),
    confidence: v.optional(provenance.confidence),
    verify: v.optional(text()),
    /** Only beside a source of its own: a note, a label in that page's words, the number as written. */
    note: v.optional(text()),
    label: v.optional(text()),
    display: v.optional(text()),
  }),
  'must be a list of numbers, like [{ tel: "112", for: all }]',
);

/** A row under `unconfirmed`: Low; `verify` says, for this number, what to check (else the reason). */
const unconfirmedRow = v.array(
  strict({ ...tableNumber, verify: v.optional(text()) }),
  'must be a list of numbers, like [{ tel: "112", for: all }]',
);

/**
 * content/helplines/emergency.yaml: the emergency numbers of every country without a file of its
 * own, from one list (its source, date and grade at the top; a number a page other than that list
 * states carries its own). `unconfirmed` rows are graded Low (a country may have a row there as
 * well as under `countries`); `withoutNumber` says, per country, why there is no number.
 */
export const EmergencyTableSchema = strict({
  source: httpsUrl,
  checked: isoDate,
  confidence: provenance.confidence,
  verify: text(),
  countries: v.record(v.string(), tableRow, 'must be a mapping of country id to numbers'),
  unconfirmed: strict({
    reason: text(),
    countries: v.record(v.string(), unconfirmedRow, 'must be a mapping of country id to numbers'),
  }),
  /** Why there is no number; with `note`, also what the reader is told (e.g. how calls work there). */
  withoutNumber: v.record(
    v.string(),
    v.union([text(), strict({ reason: text(), note: text() })], 'must be the reason, or { reason, note }'),
    'must be a mapping of country id to the reason',
  ),
});

export type EmergencyFor = (typeof EMERGENCY_FOR)[number];
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];
export type HelplineTag = (typeof HELPLINE_TAGS)[number];
export type PhoneNumber = v.InferOutput<typeof PhoneNumberSchema>;
export type OtherPhone = v.InferOutput<typeof OtherPhoneSchema>;
export type TextLine = v.InferOutput<typeof TextLineSchema>;
export type Area = v.InferOutput<typeof AreaSchema>;
export type EmergencyNumber = v.InferOutput<typeof EmergencyNumberSchema>;
export type LanguageOption = v.InferOutput<typeof LanguageOptionSchema>;
export type CantTalk = v.InferOutput<typeof CantTalkSchema>;
export type Helpline = v.InferOutput<typeof HelplineSchema>;
export type HelplineCountry = v.InferOutput<typeof HelplineCountrySchema>;
