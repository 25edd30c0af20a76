import { useEffect, useRef, useState } from 'preact/hooks';
import { useDraft } from '../../app/useDraft';
import { groupLabel } from '../../app/useProcess';
import { useWrite } from '../../app/useWrite';
import { saveContribution } from '../../db/contributions';
import { CONTRIBUTION_KINDS, type ContributionKind, GROUP_UNKNOWN } from '../../domain/constants';
import type { Contribution } from '../../domain/contribution';
import type { Meeting } from '../../domain/meeting';
import type { Process } from '../../domain/process';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { Chips } from '../../ui/Chips';
import { describedBy, Field } from '../../ui/Field';
import { Icon } from '../../ui/icons';
import { Notice } from '../../ui/Notice';
import { Stepper } from '../../ui/Stepper';
import '../../ui/forms.css';
import { WriteStatus } from '../../ui/WriteStatus';

interface CaptureValue {
  kind: ContributionKind;
  text: string;
  themeIds: string[];
  groupIds: string[];
  agreeCount: number;
  newTheme: string;
}

const EMPTY: CaptureValue = {
  kind: 'mening',
  text: '',
  themeIds: [],
  groupIds: [],
  agreeCount: 0,
  newTheme: '',
};

/**
 * Write down one contribution: kind, text, themes, observed groups, agreement. Kept as a draft
 * while typing. With `editing`, changes an existing contribution instead.
 */
export function CaptureForm({
  meeting,
  process,
  editing,
  onDone,
}: {
  meeting: Meeting;
  process: Process;
  editing?: Contribution;
  onDone?: () => void;
}) {
  const t = useT();
  const key = editing ? `capture-edit:${editing.id}` : `capture:${meeting.id}`;
  const initial: CaptureValue = editing
    ? {
        kind: editing.kind,
        text: editing.text,
        themeIds: editing.themeIds,
        groupIds: editing.observedGroupIds,
        agreeCount: editing.agreeCount,
        newTheme: '',
      }
    : EMPTY;
  const draft = useDraft<CaptureValue>(key, initial);
  const [error, setError] = useState('');
  const write = useWrite();
  const [saved, setSaved] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const v = draft.value;
  const set = (patch: Partial<CaptureValue>) => {
    setSaved(false);
    draft.update((prev) => ({ ...prev, ...patch }));
  };

  useEffect(() => {
    if (editing) textRef.current?.focus();
  }, [editing]);

  const submit = async (ev: Event) => {
    ev.preventDefault();
    if (!v.text.trim()) {
      setError(t('capture.errText'));
      textRef.current?.focus();
      return;
    }
    setError('');
    const r = await write.run(editing ? 'updateContribution' : 'addContribution', async () => {
      const fields = {
        kind: v.kind,
        text: v.text.trim(),
        themeIds: v.themeIds,
        observedGroupIds: v.groupIds,
        agreeCount: v.agreeCount,
      };
      // One command: a new theme and the contribution are saved together or not at all.
      await saveContribution(
        editing
          ? { id: editing.id, patch: fields }
          : {
              add: {
                ...fields,
                processId: meeting.processId,
                meetingId: meeting.id,
                source: 'facilitator',
                selfGroupIds: [],
                themeAssessments: {},
              },
            },
        { processId: process.id, label: v.newTheme },
      );
    });
    // On failure the input stays on screen (and in the draft): nothing typed is lost.
    if (!r.ok) return;
    await draft.reset(editing ? initial : { ...EMPTY, kind: v.kind });
    setSaved(true);
    onDone?.();
    if (!editing) textRef.current?.focus();
  };

  const themeOptions = process.themes.map((th) => ({
    id: th.id,
    label: th.label,
    icon: <Icon name={th.icon} />,
  }));
  const groupOptions = [...process.targetGroups.map((g) => g.id), GROUP_UNKNOWN].map((id) => ({
    id,
    label: groupLabel(process, id),
  }));
  const textId = editing ? `c-text-${editing.id}` : 'c-text';

  return (
    <form onSubmit={submit} noValidate aria-label={editing ? t('capture.editing') : t('capture.title')}>
      {draft.restored && !editing ? <Notice kind="info">{t('capture.draftRestored')}</Notice> : null}
      <WriteStatus write={write} />
      <Chips
        legend={t('capture.kind')}
        name={editing ? `kind-${editing.id}` : 'kind'}
        single
        options={CONTRIBUTION_KINDS.map((k) => ({ id: k, label: t(`kind.${k}`) }))}
        selected={[v.kind]}
        onChange={(next) => set({ kind: (next[0] as ContributionKind | undefined) ?? v.kind })}
      />
      <Field id={textId} label={t('capture.text')} description={t('capture.textHelp')} error={error}>
        <textarea
          id={textId}
          ref={textRef}
          class="utrecht-textarea utrecht-textarea--html-textarea"
          rows={3}
          value={v.text}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(textId, true, error)}
          onInput={(e) => set({ text: e.currentTarget.value })}
          onKeyDown={(e) => {
            // Enter makes a new line (a textarea's own behaviour); Ctrl/Cmd+Enter saves on purpose.
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              e.currentTarget.form?.requestSubmit();
            }
          }}
        />
      </Field>
      <Chips
        legend={t('capture.themes')}
        name={editing ? `themes-${editing.id}` : 'themes'}
        options={themeOptions}
        selected={v.themeIds}
        onChange={(next) => set({ themeIds: next })}
      />
      <Field id={`${textId}-newtheme`} label={t('capture.newTheme')} optional={t('form.optional')}>
        <input
          id={`${textId}-newtheme`}
          type="text"
          class="utrecht-textbox utrecht-textbox--html-input"
          value={v.newTheme}
          placeholder={t('capture.newThemePlaceholder')}
          onInput={(e) => set({ newTheme: e.currentTarget.value })}
        />
      </Field>
      <Chips
        legend={t('capture.groups')}
        name={editing ? `groups-${editing.id}` : 'groups'}
        options={groupOptions}
        selected={v.groupIds}
        onChange={(next) => set({ groupIds: next })}
      />
      <Stepper
        label={t('capture.agree')}
        value={v.agreeCount}
        decLabel={t('capture.decrease')}
        incLabel={t('capture.increase')}
        onChange={(d) => set({ agreeCount: Math.max(0, v.agreeCount + d) })}
      />
      {/* Sticky at the bottom of the screen: the save button is in reach on a tablet without scrolling. */}
      <div class="bs-actions bs-sticky-actions">
        <Button type="submit" variant="primary" big>
          {editing ? t('capture.saveEdit') : t('capture.save')}
        </Button>
        {editing ? (
          <Button
            variant="subtle"
            onClick={async () => {
              if ((await write.run('discardDraft', () => draft.reset())).ok) onDone?.();
            }}
          >
            {t('capture.cancelEdit')}
          </Button>
        ) : null}
        {saved ? (
          <span role="status" class="bs-muted">
            {t('capture.saved')}
          </span>
        ) : null}
      </div>
    </form>
  );
}
