export interface ChoiceOption<T extends string> {
  value: T;
  label: string;
  /** The label's language, when it differs from the page's (a language named in itself). */
  lang?: string;
}

interface Props<T extends string> {
  legend: string;
  /** The radios' shared name; unique on the page. */
  name: string;
  options: readonly ChoiceOption<T>[];
  value: T;
  onChange: (value: T) => void;
  /** A note under the legend, read with the group. */
  note?: string;
}

/** A native radio group: fieldset, legend, one label per radio. */
export function ChoiceGroup<T extends string>({ legend, name, options, value, onChange, note }: Props<T>) {
  const noteId = `${name}-note`;
  return (
    <fieldset class="settings-group" aria-describedby={note ? noteId : undefined}>
      <legend>{legend}</legend>
      {note && (
        <p class="note" id={noteId}>
          {note}
        </p>
      )}
      <div class="choices choices--row">
        {options.map((option) => (
          <label class="choice" key={option.value}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span lang={option.lang}>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
