import { useState } from 'preact/hooks';
import { useDraft } from '../../app/useDraft';
import { useWrite } from '../../app/useWrite';
import { listBudgetLines, saveBudgetLine, setBudgetLineDeleted } from '../../db/design';
import { useLive } from '../../db/live';
import {
  BUDGET_STATUSES,
  type BudgetLine,
  type BudgetStatus,
  budgetTotals,
  PM,
  parseEstimate,
} from '../../domain/design';
import type { Process } from '../../domain/process';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/Field';
import { WriteStatus } from '../../ui/WriteStatus';
import { DeleteButton, euro, labelProblems, Section } from './common';
import '../../ui/forms.css';

interface BudgetForm {
  label: string;
  estimate: string;
  status: BudgetStatus;
  note: string;
  /** Set while an existing line is being changed (kept in the draft, so a reload keeps it). */
  editId?: string;
}
const EMPTY: BudgetForm = { label: '', estimate: '', status: 'raming', note: '' };

/** The table of budget lines with the known total and the number of PM lines (also used in the document). */
export function BudgetTable({
  lines,
  onDelete,
  onEdit,
}: {
  lines: BudgetLine[];
  onDelete?: (l: BudgetLine) => void;
  onEdit?: (l: BudgetLine) => void;
}) {
  const t = useT();
  const totals = budgetTotals(lines);
  return (
    <table class="bs-table">
      <thead>
        <tr>
          <th scope="col">{t('design.b.label')}</th>
          <th scope="col" class="bs-num">
            {t('design.b.estimate')}
          </th>
          <th scope="col">{t('design.b.status')}</th>
          <th scope="col">{t('design.b.note')}</th>
          {onDelete ? (
            <th scope="col">
              <span class="visually-hidden">{t('action.delete')}</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => (
          <tr key={l.id}>
            <td>{l.label}</td>
            <td class="bs-num">{euro(l.estimate)}</td>
            <td>{t(`design.budget.${l.status}`)}</td>
            <td>{l.note}</td>
            {onDelete ? (
              <td>
                <div class="bs-row">
                  {onEdit ? (
                    <Button
                      variant="subtle"
                      aria-label={t('design.editItem', { label: l.label })}
                      onClick={() => onEdit(l)}
                    >
                      {t('action.edit')}
                    </Button>
                  ) : null}
                  <DeleteButton label={l.label} onClick={() => onDelete(l)} />
                </div>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('design.b.total')}</th>
          <td class="bs-num">
            <strong>{euro(totals.known)}</strong>
          </td>
          <td colSpan={onDelete ? 3 : 2}>{totals.pm ? t('design.b.pm', { n: totals.pm }) : ''}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/** The budget: lines with an amount or PM and a status. */
export function BudgetSection({ process }: { process: Process }) {
  const t = useT();
  const lines = useLive(() => listBudgetLines(process.id), [process.id]) ?? [];
  const draft = useDraft<BudgetForm>(`design-budget:${process.id}`, EMPTY);
  const [error, setError] = useState('');
  const write = useWrite();
  // Deletes have their own status (above the form), with the undo offer.
  const remove = useWrite();
  const v = draft.value;
  const set = (patch: Partial<BudgetForm>) => draft.update((p) => ({ ...p, ...patch }));

  const submit = async (e: Event) => {
    e.preventDefault();
    const estimate = parseEstimate(v.estimate);
    if (estimate === null) {
      setError(t('design.b.errEstimate'));
      document.getElementById('budget-estimate')?.focus();
      return;
    }
    setError('');
    const r = await write.run('saveBudgetLine', () =>
      saveBudgetLine(
        {
          processId: process.id,
          label: v.label,
          estimate,
          status: v.status,
          note: v.note,
        },
        v.editId,
      ),
    );
    // On failure the form keeps what was typed.
    if (r.ok) await draft.reset();
  };

  return (
    <Section id="design-budget" title={t('design.budget')} intro={t('design.budgetIntro')}>
      {lines.length ? (
        <BudgetTable
          lines={lines}
          onEdit={(l) => {
            draft.update({
              label: l.label,
              // In the form's own Dutch style ("1250,5"), which parseEstimate reads back in any UI language.
              estimate: l.estimate === PM ? PM : String(l.estimate).replace('.', ','),
              status: l.status,
              note: l.note,
              editId: l.id,
            });
            document.getElementById('budget-label')?.focus();
          }}
          onDelete={(l) =>
            void remove.run('deleteBudgetLine', () => setBudgetLineDeleted(l.id, true), {
              undo: () => setBudgetLineDeleted(l.id, false),
              undoText: t('design.removed', { label: l.label }),
            })
          }
        />
      ) : (
        <p>{t('design.budgetNone')}</p>
      )}
      <WriteStatus write={remove} />
      <form onSubmit={submit} noValidate class="bs-subform" aria-labelledby="budget-legend">
        <h3 class="utrecht-heading-3" id="budget-legend">
          {v.editId ? t('design.b.legendEdit') : t('design.b.legend')}
        </h3>
        <WriteStatus write={write} invalidTitle={t('design.invalid')} labelProblems={labelProblems} />
        <div class="bs-grid2">
          <TextField
            id="budget-label"
            label={t('design.b.label')}
            value={v.label}
            onValue={(value) => set({ label: value })}
          />
          <TextField
            id="budget-estimate"
            label={t('design.b.estimate')}
            error={error}
            inputMode="decimal"
            value={v.estimate}
            onValue={(value) => set({ estimate: value })}
          />
          <SelectField
            id="budget-status"
            label={t('design.b.status')}
            value={v.status}
            onValue={(value) => set({ status: value as BudgetStatus })}
          >
            {BUDGET_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`design.budget.${s}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            id="budget-note"
            label={t('design.b.note')}
            optional={t('form.optional')}
            value={v.note}
            onValue={(value) => set({ note: value })}
          />
        </div>
        <div class="bs-actions">
          <Button type="submit">{v.editId ? t('design.saveEdit') : t('design.b.add')}</Button>
          {v.editId ? (
            <Button variant="subtle" onClick={() => void draft.reset()}>
              {t('action.cancel')}
            </Button>
          ) : null}
        </div>
      </form>
    </Section>
  );
}
