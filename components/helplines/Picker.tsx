import { useId } from 'preact/hooks';

/** A labelled native <select>: typing the first letters jumps to an entry. */
export function Picker({
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
