import { useGrowToFit } from '#web/grow-to-fit.ts';

/**
 * A 核实说明: a textarea that wraps and grows with what the clerk writes, described by the
 * warning it answers (the 说明 beside it), so a long note is read whole at any width.
 */
export function NoteField({
  id,
  label,
  describedBy,
  value,
  onInput,
}: {
  id: string;
  label: string;
  describedBy: string;
  value: string;
  onInput: (note: string) => void;
}) {
  const ref = useGrowToFit(value);
  return (
    <>
      <label class="visually-hidden" for={id}>
        {label}
      </label>
      <textarea
        ref={ref}
        id={id}
        class="note"
        rows={2}
        maxLength={500}
        aria-describedby={describedBy}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </>
  );
}
