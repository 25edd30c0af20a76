import { useDraft } from '../../app/useDraft';
import { useWrite } from '../../app/useWrite';
import { listKeyFigures, saveKeyFigure, setKeyFigureDeleted } from '../../db/design';
import { useLive } from '../../db/live';
import { KEY_FIGURE_ROLES, type KeyFigure, type KeyFigureRole } from '../../domain/design';
import type { Process } from '../../domain/process';
import { type MessageKey, useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/Field';
import { WriteStatus } from '../../ui/WriteStatus';
import { DeleteButton, labelProblems, Section } from './common';
import '../../ui/forms.css';

interface KfForm {
  role: KeyFigureRole;
  roleOther: string;
  organisation: string;
  name: string;
  workEmail: string;
  workPhone: string;
  contactNote: string;
  task: string;
  /** Set while an existing key figure is being changed (kept in the draft, so a reload keeps it). */
  editId?: string;
}
const EMPTY: KfForm = {
  role: 'buurtspecialist',
  roleOther: '',
  organisation: '',
  name: '',
  workEmail: '',
  workPhone: '',
  contactNote: '',
  task: '',
};

export const roleText = (k: Pick<KeyFigure, 'role' | 'roleOther'>, t: (key: MessageKey) => string) =>
  k.role === 'anders' && k.roleOther ? k.roleOther : t(`design.role.${k.role}`);

/** Key figures and partners: role, organisation, and work contact details only with a note why. */
export function KeyFiguresSection({ process }: { process: Process }) {
  const t = useT();
  const list = useLive(() => listKeyFigures(process.id), [process.id]) ?? [];
  const draft = useDraft<KfForm>(`design-kf:${process.id}`, EMPTY);
  const write = useWrite();
  // Deletes have their own status (above the form), with the undo offer.
  const remove = useWrite();
  const v = draft.value;
  const set = (patch: Partial<KfForm>) => draft.update((p) => ({ ...p, ...patch }));

  const submit = async (e: Event) => {
    e.preventDefault();
    const { editId, ...fields } = v;
    const r = await write.run('saveKeyFigure', () =>
      saveKeyFigure(
        { ...fields, roleOther: v.role === 'anders' ? v.roleOther : '', processId: process.id },
        editId,
      ),
    );
    // On failure the form keeps what was typed.
    if (r.ok) await draft.reset();
  };

  return (
    <Section id="design-keyfigures" title={t('design.keyFigures')} intro={t('design.keyFiguresIntro')}>
      {list.length ? (
        <ul class="bs-cardlist">
          {list.map((k) => (
            <li key={k.id} class="bs-kf">
              <div class="bs-row">
                <strong class="bs-spacer">
                  {roleText(k, t)} — {k.organisation}
                  {k.name ? ` (${k.name})` : ''}
                </strong>
                <Button
                  variant="subtle"
                  aria-label={t('design.editItem', { label: k.organisation })}
                  onClick={() => {
                    draft.update({
                      role: k.role,
                      roleOther: k.roleOther,
                      organisation: k.organisation,
                      name: k.name,
                      workEmail: k.workEmail,
                      workPhone: k.workPhone,
                      contactNote: k.contactNote,
                      task: k.task,
                      editId: k.id,
                    });
                    document.getElementById('kf-organisation')?.focus();
                  }}
                >
                  {t('action.edit')}
                </Button>
                <DeleteButton
                  label={k.organisation}
                  onClick={() =>
                    void remove.run('deleteKeyFigure', () => setKeyFigureDeleted(k.id, true), {
                      undo: () => setKeyFigureDeleted(k.id, false),
                      undoText: t('design.removed', { label: k.organisation }),
                    })
                  }
                />
              </div>
              {k.task ? <p>{k.task}</p> : null}
              {k.workEmail || k.workPhone ? (
                <p class="bs-muted">
                  {[k.workEmail, k.workPhone].filter(Boolean).join(' · ')} — {k.contactNote}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('design.keyFiguresNone')}</p>
      )}
      <WriteStatus write={remove} />
      <form onSubmit={submit} noValidate class="bs-subform" aria-labelledby="kf-legend">
        <h3 class="utrecht-heading-3" id="kf-legend">
          {v.editId ? t('design.kf.legendEdit') : t('design.kf.legend')}
        </h3>
        <p class="bs-muted">{t('design.kf.privacy')}</p>
        <WriteStatus write={write} invalidTitle={t('design.invalid')} labelProblems={labelProblems} />
        <div class="bs-grid2">
          <SelectField
            id="kf-role"
            label={t('design.kf.role')}
            value={v.role}
            onValue={(value) => set({ role: value as KeyFigureRole })}
          >
            {KEY_FIGURE_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`design.role.${r}`)}
              </option>
            ))}
          </SelectField>
          {v.role === 'anders' ? (
            <TextField
              autocomplete="off"
              id="kf-roleOther"
              label={t('design.kf.roleOther')}
              value={v.roleOther}
              onValue={(roleOther) => set({ roleOther })}
            />
          ) : null}
          <TextField
            autocomplete="off"
            id="kf-organisation"
            label={t('design.kf.organisation')}
            value={v.organisation}
            onValue={(organisation) => set({ organisation })}
          />
          <TextField
            autocomplete="off"
            id="kf-name"
            label={t('design.kf.name')}
            optional={t('form.optional')}
            value={v.name}
            onValue={(name) => set({ name })}
          />
          <TextField
            autocomplete="off"
            id="kf-workEmail"
            inputMode="email"
            label={t('design.kf.workEmail')}
            optional={t('form.optional')}
            value={v.workEmail}
            onValue={(workEmail) => set({ workEmail })}
          />
          <TextField
            autocomplete="off"
            id="kf-workPhone"
            inputMode="tel"
            label={t('design.kf.workPhone')}
            optional={t('form.optional')}
            value={v.workPhone}
            onValue={(workPhone) => set({ workPhone })}
          />
        </div>
        <TextField
          autocomplete="off"
          id="kf-contactNote"
          label={t('design.kf.contactNote')}
          description={t('design.kf.contactNoteHelp')}
          value={v.contactNote}
          onValue={(contactNote) => set({ contactNote })}
        />
        <TextField
          autocomplete="off"
          id="kf-task"
          label={t('design.kf.task')}
          optional={t('form.optional')}
          value={v.task}
          onValue={(task) => set({ task })}
        />
        <div class="bs-actions">
          <Button type="submit">{v.editId ? t('design.saveEdit') : t('design.kf.add')}</Button>
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
