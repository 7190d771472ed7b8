import { useState } from 'preact/hooks';
import { warningKey } from '#shared/api/warning-key.ts';
import type { LocaleName } from '#shared/index.ts';
import { placedMessage } from '#shared/messages/places.ts';
import { omittedAfter } from '#shared/validate/issue-summary.ts';
import { useGrowToFit } from '#web/grow-to-fit.ts';
import { issueCell } from '../highlight/issue-cell.ts';
import type { PaneText } from './text-zh.ts';
import type { CheckResult } from './validate.ts';

const PAGE = 50;

/**
 * Warnings do not block a submission, but the clerk must say they checked them; notes are
 * optional. A list cut by the summary says how many of each kind it leaves out, so the clerk
 * confirms every warning by its kind even where a note can only go to the listed ones.
 */
export function WarningsConfirm({
  summary,
  t,
  locale,
  onConfirm,
  onCancel,
  onSelect,
}: {
  summary: Pick<CheckResult, 'issues' | 'counts' | 'warningCount'>;
  t: PaneText;
  locale: LocaleName;
  onConfirm: (notes: ReadonlyMap<string, string>) => void;
  onCancel: () => void;
  onSelect: (sheet: string, address: string) => void;
}) {
  const [notes, setNotes] = useState<ReadonlyMap<string, string>>(new Map());
  const [checked, setChecked] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const warnings = summary.issues.filter((i) => i.severity === 'warning');
  const more = omittedAfter(summary);
  return (
    <section class="confirm" aria-label={t.warningsConfirm(summary.warningCount)}>
      <p>{t.warningsConfirm(summary.warningCount)}</p>
      <ol class="warnings">
        {warnings.slice(0, shown).map((w, i) => {
          const key = warningKey(w);
          const cell = issueCell(w);
          const left = more.get(w);
          return (
            <li key={key}>
              <p>
                {cell && (
                  <button type="button" class="link cell-ref" onClick={() => onSelect(cell.sheet, cell.address)}>
                    {cell.sheet} {cell.address}
                  </button>
                )}{' '}
                {/* A warning without a cell (fewer rows of a ledger) names its sheet in the line itself. */}
                {cell ? w.message : placedMessage(w, locale)}
              </p>
              <WarningNote
                name={`note-${i}`}
                label={t.explanation}
                ariaLabel={cell ? `${cell.sheet} ${cell.address} ${t.explanation}` : t.explanation}
                value={notes.get(key) ?? ''}
                onInput={(note) => setNotes(new Map(notes).set(key, note))}
              />
              {left !== undefined && <p class="issue-more">{t.moreOfKind(left)}</p>}
            </li>
          );
        })}
      </ol>
      {warnings.length > shown && (
        <button type="button" class="link" onClick={() => setShown(shown + PAGE)}>
          {t.showMore(Math.min(PAGE, warnings.length - shown))}
        </button>
      )}
      <label class="check">
        <input type="checkbox" checked={checked} onChange={(e) => setChecked(e.currentTarget.checked)} />
        <span>{t.confirmWarnings}</span>
      </label>
      <div class="actions">
        <button type="button" class="primary" disabled={!checked} onClick={() => onConfirm(notes)}>
          {t.sendNow}
        </button>
        <button type="button" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </section>
  );
}

/** A 核实说明 under the warning it answers, growing with its text so a long note is read whole. */
function WarningNote({
  name,
  label,
  ariaLabel,
  value,
  onInput,
}: {
  name: string;
  label: string;
  ariaLabel: string;
  value: string;
  onInput: (note: string) => void;
}) {
  const ref = useGrowToFit(value);
  return (
    <label class="field">
      <span>{label}</span>
      <textarea
        ref={ref}
        class="note"
        name={name}
        aria-label={ariaLabel}
        rows={2}
        maxLength={500}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </label>
  );
}
