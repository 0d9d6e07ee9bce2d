export interface ChoiceOption<T extends string> {
  value: T;
  label: string;
}

interface Props<T extends string> {
  legend: string;
  /** The radios' shared name; unique on the page. */
  name: string;
  options: readonly ChoiceOption<T>[];
  value: T;
  onChange: (value: T) => void;
}

/** A native radio group: fieldset, legend, one label per radio. */
export function ChoiceGroup<T extends string>({ legend, name, options, value, onChange }: Props<T>) {
  return (
    <fieldset class="settings-group">
      <legend>{legend}</legend>
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
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
