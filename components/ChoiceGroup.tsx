interface ChoiceGroupProps<T extends string> {
  /** Prefix of the radio ids and the group's name ("theme" → #theme-dark). */
  name: string;
  legend: string;
  value: T;
  choices: Array<{ value: T; label: string }>;
  onChange: (value: T) => void;
}

/** A labelled radio group: one Tab stop, arrow keys choose, and screen readers hear the legend. */
export function ChoiceGroup<T extends string>({ name, legend, value, choices, onChange }: ChoiceGroupProps<T>) {
  return (
    <fieldset class="choice-group">
      <legend>{legend}</legend>
      <div class="choices">
        {choices.map((choice) => (
          <label key={choice.value} class="choice" for={`${name}-${choice.value}`}>
            <input
              type="radio"
              id={`${name}-${choice.value}`}
              name={name}
              value={choice.value}
              checked={choice.value === value}
              onChange={() => onChange(choice.value)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
