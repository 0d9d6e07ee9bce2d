import type { ComponentChildren } from 'preact';
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { requestOpen } from '@/components/exit/openTracked';
import { country as countrySetting } from '@/components/settings/settings';
import { useSetting } from '@/components/settings/useSetting';
import { languagePreferences, uiLanguage } from '@/components/ui/language';
import { COUNTRY_IDS, type CountryId } from '@/content/helplines/locale';
import type {
  Confidence,
  EmergencyNumber,
  Helpline,
  HelplineCountry,
  OtherPhone,
  TextLine,
} from '@/content/helplines/schema';
import { countryOptions } from './countryNames';
import {
  ALL_AREAS,
  defaultCountry,
  earliest,
  formatChecked,
  groupLines,
  hasUnconfirmed,
  isUnconfirmed,
  type LineGroup,
  ownBehaviour,
  smsHref,
  sourceHost,
  telHref,
  unconfirmedCount,
  visibleEmergency,
  visibleLines,
  whatsappHref,
  withDirectories,
} from './helplineLinks';

type Level = 2 | 3 | 4;

interface Props {
  /**
   * The level of this view's section headings ("In an emergency", the groups); each line's card
   * is one level below. The frame around it owns the view's title (h1 in the popup).
   */
  headingLevel?: 2 | 3;
  /** The directory to show. Tests pass a fixture; the extension loads the real one lazily. */
  countries?: HelplineCountry[];
}

const GROUP_HEADINGS = {
  abuse: 'helplinesGroupAbuse',
  other: 'helplinesGroupOther',
  'own-behaviour': 'helplinesGroupOwnBehaviour',
  directory: 'helplinesGroupDirectory',
} as const satisfies Record<LineGroup, string>;

const CONFIDENCE_TEXT = {
  High: 'helplinesConfidenceHigh',
  Medium: 'helplinesConfidenceMedium',
  Low: 'helplinesConfidenceLow',
} as const satisfies Record<Confidence, string>;

const asCountryId = (value: string): CountryId | undefined => COUNTRY_IDS.find((id) => id === value);

/**
 * Who to call or write to, for the country the user lives in: emergency numbers first, then the
 * specialist lines. The country comes from the stored choice, else from the browser's UI
 * language (never location), else the view asks. Area and the "unconfirmed" switch stay in
 * memory only: storage holds the country and nothing about what was looked at.
 */
export function Helplines({ headingLevel = 2, countries }: Props) {
  const directory = useDirectory(countries);
  const [storedCountry, storeCountry, loaded] = useSetting(countrySetting);
  // null = not chosen yet; undefined = not read yet.
  const stored = loaded ? storedCountry : undefined;
  const [languages] = useState(languagePreferences);
  const language = languages[0] ?? uiLanguage();
  const [areaChoice, setAreaChoice] = useState<{ country?: CountryId; area: string }>({ area: ALL_AREAS });
  const [showUnconfirmed, setShowUnconfirmed] = useState(false);

  const ready = directory.countries !== undefined && stored !== undefined;
  const countryId = ready ? defaultCountry(stored, languages) : undefined;
  const country = directory.countries?.find((entry) => entry.id === countryId);
  const area =
    areaChoice.country === country?.id && country?.areas?.some((entry) => entry.id === areaChoice.area)
      ? areaChoice.area
      : ALL_AREAS;

  return (
    <div class="helplines" aria-busy={!ready && !directory.failed}>
      {directory.failed ? (
        <p>{i18n.t('helplinesLoadFailed')}</p>
      ) : directory.countries && ready ? (
        <>
          {!country && <p class="helplines__prompt">{i18n.t('helplinesCountryPrompt')}</p>}
          <div class="helplines__pickers">
            <CountryPicker
              countries={directory.countries}
              language={language}
              value={country?.id}
              guessed={stored === null && country !== undefined}
              onChoose={(id) => void storeCountry(id)}
            />
            {country?.areas && country.areas.length > 0 && (
              <Picker
                label={i18n.t('helplinesAreaLabel')}
                value={area}
                options={[
                  { value: ALL_AREAS, label: i18n.t('helplinesAreaAll') },
                  ...country.areas.map(({ id, name }) => ({ value: id, label: name })),
                ]}
                onChange={(value) => setAreaChoice({ country: country.id, area: value })}
              />
            )}
          </div>
          {country && (
            <CountryView
              country={country}
              lines={withDirectories(country, directory.countries)}
              area={area}
              showUnconfirmed={showUnconfirmed}
              onShowUnconfirmed={setShowUnconfirmed}
              level={headingLevel}
            />
          )}
        </>
      ) : null}
    </div>
  );
}

/** The directory: the prop when given, otherwise `virtual:helplines`, loaded when the view opens. */
function useDirectory(given: HelplineCountry[] | undefined) {
  const [loaded, setLoaded] = useState<HelplineCountry[]>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (given) return;
    let live = true;
    import('virtual:helplines').then(
      (module) => live && setLoaded(module.default),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [given]);
  return { countries: given ?? loaded, failed: !given && failed };
}

function Heading({ level, id, children }: { level: Level; id?: string; children: ComponentChildren }) {
  const Tag = `h${level}` as const;
  return <Tag id={id}>{children}</Tag>;
}

function Picker({
  label,
  value,
  options,
  placeholder,
  describedBy,
  onChange,
}: {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  placeholder?: string;
  describedBy?: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div class="helplines__picker">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        {placeholder !== undefined && (
          <option value="" disabled>
            {placeholder}
          </option>
        )}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function CountryPicker({
  countries,
  language,
  value,
  guessed,
  onChoose,
}: {
  countries: HelplineCountry[];
  language: string;
  value: CountryId | undefined;
  guessed: boolean;
  onChoose: (id: CountryId) => void;
}) {
  const hintId = useId();
  // About 250 names: sorted once per language, not on every render.
  const options = useMemo(
    () =>
      countryOptions(
        countries.map(({ id }) => id),
        language,
      ).map(({ id, name }) => ({ value: id, label: name })),
    [countries, language],
  );
  return (
    <>
      <Picker
        label={i18n.t('helplinesCountryLabel')}
        value={value ?? ''}
        placeholder={value ? undefined : i18n.t('helplinesCountryChoose')}
        options={options}
        describedBy={guessed ? hintId : undefined}
        onChange={(next) => {
          const id = asCountryId(next);
          if (id) onChoose(id);
        }}
      />
      {guessed && (
        <p id={hintId} class="helplines__hint">
          {i18n.t('helplinesCountryGuessed')}
        </p>
      )}
    </>
  );
}

function CountryView({
  country,
  lines,
  area,
  showUnconfirmed,
  onShowUnconfirmed,
  level,
}: {
  country: HelplineCountry;
  /** The country's lines and the international directories. */
  lines: Helpline[];
  area: string;
  showUnconfirmed: boolean;
  onShowUnconfirmed: (show: boolean) => void;
  level: Level;
}) {
  const emergency = visibleEmergency(country, { showUnconfirmed });
  const groups = groupLines(visibleLines({ ...country, lines }, { area, showUnconfirmed }));
  const hidden = unconfirmedCount(country, area);
  const checkboxId = useId();
  const hintId = useId();
  const areaNames = useMemo(() => new Map(country.areas?.map((entry) => [entry.id, entry.name])), [country]);

  return (
    <>
      <EmergencySection numbers={emergency} level={level} />
      <p class="helplines__records">{i18n.t('helplinesRecordsNote')}</p>
      {country.note && <p class="helplines__country-note">{country.note}</p>}
      {hasUnconfirmed(country) && (
        <div class="helplines__unconfirmed-switch">
          <input
            type="checkbox"
            id={checkboxId}
            checked={showUnconfirmed}
            aria-describedby={hidden > 0 && !showUnconfirmed ? hintId : undefined}
            onChange={(event) => onShowUnconfirmed(event.currentTarget.checked)}
          />
          <label for={checkboxId}>{i18n.t('helplinesShowUnconfirmed')}</label>
          {hidden > 0 && !showUnconfirmed && (
            <p id={hintId} class="helplines__hint">
              {i18n.t('helplinesHiddenCount', hidden)}
            </p>
          )}
        </div>
      )}
      {groups.map(({ group, lines }) => (
        <LineGroupSection key={group} group={group} lines={lines} areaNames={areaNames} level={level} />
      ))}
    </>
  );
}

function EmergencySection({ numbers, level }: { numbers: EmergencyNumber[]; level: Level }) {
  const headingId = useId();
  const checked = earliest(numbers.map((entry) => entry.checked));
  return (
    <section class="helplines__emergency" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        {i18n.t('helplinesEmergencyHeading')}
      </Heading>
      {numbers.length === 0 ? (
        <p class="helplines__emergency-fallback">{i18n.t('helplinesUseLocalEmergency')}</p>
      ) : (
        <>
          <ul class="helplines__emergency-list">
            {numbers.map((entry) => (
              <li key={`${entry.tel}-${entry.textOnly ?? false}`} class="helplines__emergency-item">
                <a
                  class="helplines__emergency-link"
                  href={entry.textOnly ? smsHref(entry) : telHref(entry.tel)}
                  aria-label={i18n.t(entry.textOnly ? 'helplinesEmergencyText' : 'helplinesEmergencyCall', [
                    entry.display,
                    entry.label,
                  ])}
                >
                  <span class="helplines__emergency-verb">
                    {i18n.t(entry.textOnly ? 'helplinesText' : 'helplinesCall')}
                  </span>{' '}
                  <span class="helplines__emergency-number">{entry.display}</span>{' '}
                  <span class="helplines__emergency-label">{entry.label}</span>
                </a>
                {isUnconfirmed(entry) && <p class="helpline__unconfirmed">{i18n.t('helplinesUnconfirmed')}</p>}
                {entry.note && <p class="helplines__emergency-note">{entry.note}</p>}
              </li>
            ))}
          </ul>
          {checked && <p class="helpline__checked">{i18n.t('helplinesChecked', [formatChecked(checked)])}</p>}
          <details class="helpline__about">
            <summary>{i18n.t('helplinesEmergencyAbout')}</summary>
            <dl>
              {numbers.map((entry) => (
                <div key={`${entry.tel}-${entry.textOnly ?? false}`}>
                  <dt>{entry.display}</dt>
                  <dd>
                    <Provenance entry={entry} name={entry.display} />
                  </dd>
                </div>
              ))}
            </dl>
          </details>
        </>
      )}
    </section>
  );
}

function LineGroupSection({
  group,
  lines,
  areaNames,
  level,
}: {
  group: LineGroup;
  lines: Helpline[];
  areaNames: Map<string, string>;
  level: Level;
}) {
  const headingId = useId();
  return (
    <section class="helplines__group" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        {i18n.t(GROUP_HEADINGS[group])}
      </Heading>
      <ul class="helplines__lines">
        {lines.map((line) => (
          <LineCard key={line.id} line={line} areaNames={areaNames} level={(level + 1) as Level} />
        ))}
      </ul>
    </section>
  );
}

const AREA_LIST = new Intl.ListFormat('en', { type: 'conjunction' });

function LineCard({ line, areaNames, level }: { line: Helpline; areaNames: Map<string, string>; level: Level }) {
  const headingId = useId();
  const org = line.organisation;
  const relation = ownBehaviour(line);
  const where = line.areas && AREA_LIST.format(line.areas.map((id) => areaNames.get(id) ?? id));
  const facts: [string, string | undefined][] = [
    [i18n.t('helplinesFor'), line.for],
    [i18n.t('helplinesWhere'), where],
    [i18n.t('helplinesHours'), line.hours],
    [i18n.t('helplinesLanguages'), line.languages],
    [i18n.t('helplinesEmail'), line.email],
  ];
  const shownFacts = facts.filter((fact): fact is [string, string] => fact[1] !== undefined);

  return (
    <li class="helpline">
      <article aria-labelledby={headingId}>
        <Heading level={level} id={headingId}>
          {org}
        </Heading>
        {line.service && <p class="helpline__service">{line.service}</p>}
        {isUnconfirmed(line) && <p class="helpline__unconfirmed">{i18n.t('helplinesUnconfirmed')}</p>}
        {relation && (
          <p class="helpline__own-behaviour">
            {i18n.t(relation === 'only' ? 'helplinesOwnBehaviourOnly' : 'helplinesOwnBehaviourAlso')}
          </p>
        )}
        <p class="helpline__helps">{line.helpsWith}</p>
        {shownFacts.length > 0 && (
          <dl class="helpline__facts">
            {shownFacts.map(([term, value]) => (
              <div key={term}>
                <dt>{term}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        )}
        {line.privacy && <p class="helpline__privacy">{line.privacy}</p>}
        {line.note && <p class="helpline__note">{line.note}</p>}
        <Actions line={line} />
        <p class="helpline__checked">{i18n.t('helplinesChecked', [formatChecked(line.checked)])}</p>
        <details class="helpline__about">
          <summary>
            <span aria-hidden="true">{i18n.t('helplinesAbout')}</span>
            <span class="visually-hidden">{i18n.t('helplinesAboutName', [org])}</span>
          </summary>
          <Provenance entry={line} name={org} />
        </details>
      </article>
    </li>
  );
}

/** Every way to get in touch, each a real link whose accessible name says which organisation. */
function Actions({ line }: { line: Helpline }) {
  const org = line.organisation;
  const actions: [key: string, link: ComponentChildren][] = [];
  if (line.phone) {
    const { display, tel } = line.phone;
    actions.push([
      `call-${tel}`,
      <ActionLink href={telHref(tel)} org={org} text={i18n.t('helplinesCallVisible', [display])} />,
    ]);
  }
  for (const other of line.otherPhones ?? []) {
    actions.push([`call-${other.tel}`, <OtherPhoneLink org={org} phone={other} />]);
  }
  if (line.textLine) actions.push(['text', <TextLink org={org} text={line.textLine} />]);
  if (line.whatsapp) {
    const { display } = line.whatsapp;
    actions.push([
      'whatsapp',
      <ActionLink href={whatsappHref(line.whatsapp)} org={org} text={i18n.t('helplinesWhatsappVisible', [display])} />,
    ]);
  }
  if (line.chat) {
    actions.push([
      'chat',
      <OpenLink href={line.chat} label={i18n.t('helplinesChatName', [org])}>
        {i18n.t('helplinesChatVisible')}
      </OpenLink>,
    ]);
  }
  if (line.website) {
    actions.push([
      'website',
      <OpenLink href={line.website} label={i18n.t('helplinesWebsiteName', [org])}>
        {i18n.t('helplinesWebsiteVisible')}
      </OpenLink>,
    ]);
  }
  if (actions.length === 0) return null;
  return (
    <ul class="helpline__actions">
      {actions.map(([key, link]) => (
        <li key={key}>{link}</li>
      ))}
    </ul>
  );
}

/**
 * A call, text or WhatsApp link. Its accessible name starts with the words on screen (so voice
 * control finds it by what it shows) and ends with the organisation (so a list of links makes
 * sense on its own): "Call 0808 2000 247, Refuge".
 */
function ActionLink({ href, org, text }: { href: string; org: string; text: string }) {
  const label = i18n.t('helplinesActionName', [text, org]);
  if (href.startsWith('https:')) {
    return (
      <OpenLink href={href} label={label}>
        {text}
      </OpenLink>
    );
  }
  return (
    <a href={href} aria-label={label}>
      {text}
    </a>
  );
}

function OtherPhoneLink({ org, phone }: { org: string; phone: OtherPhone }) {
  return (
    <ActionLink
      href={telHref(phone.tel)}
      org={org}
      text={i18n.t('helplinesCallOtherVisible', [phone.display, phone.label])}
    />
  );
}

function TextLink({ org, text }: { org: string; text: TextLine }) {
  const { display, keyword } = text;
  return (
    <ActionLink
      href={smsHref(text)}
      org={org}
      text={
        keyword ? i18n.t('helplinesTextKeywordVisible', [keyword, display]) : i18n.t('helplinesTextVisible', [display])
      }
    />
  );
}

/**
 * A link to a web page. It is a real link (assistive tech lists it, it can be copied), but the
 * page opens through the worker, in a tab that quick exit will send away too.
 */
function OpenLink({ href, label, children }: { href: string; label: string; children: ComponentChildren }) {
  // A double click would open two tabs: a second activation while the first is opening is ignored.
  const opening = useRef(false);
  const open = (event: MouseEvent) => {
    event.preventDefault();
    if (opening.current) return;
    opening.current = true;
    void requestOpen(href).finally(() => {
      opening.current = false;
    });
  };
  return (
    <a
      href={href}
      aria-label={label}
      rel="noreferrer"
      onClick={open}
      onAuxClick={(event) => {
        // A middle click would open an untracked tab: route it through the worker too.
        if (event.button === 1) open(event);
      }}
    >
      {children}
    </a>
  );
}

/** Where the facts came from, and how sure we are. */
function Provenance({ entry, name }: { entry: { source: string; confidence: Confidence }; name: string }) {
  const host = sourceHost(entry.source);
  return (
    <dl class="helpline__provenance">
      <div>
        <dt>{i18n.t('helplinesSource')}</dt>
        <dd>
          <OpenLink href={entry.source} label={i18n.t('helplinesSourceName', [name, host])}>
            {host}
          </OpenLink>
        </dd>
      </div>
      <div>
        <dt>{i18n.t('helplinesConfidence')}</dt>
        <dd>{i18n.t(CONFIDENCE_TEXT[entry.confidence])}</dd>
      </div>
    </dl>
  );
}
