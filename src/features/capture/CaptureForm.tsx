import { useEffect, useRef, useState } from 'preact/hooks';
import { useDraft } from '../../app/useDraft';
import { groupLabel } from '../../app/useProcess';
import { useWrite } from '../../app/useWrite';
import { saveContribution } from '../../db/contributions';
import { listKeyFigures } from '../../db/keyFigures';
import {
  CONTRIBUTION_KINDS,
  type ContributionKind,
  GROUP_UNKNOWN,
  SPEAKERS,
  type Speaker,
} from '../../domain/constants';
import type { Contribution } from '../../domain/contribution';
import type { KeyFigure } from '../../domain/design';
import type { Meeting } from '../../domain/meeting';
import type { Process } from '../../domain/process';
import { speakerOf } from '../../domain/voices';
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
  /** Who said it (issue 16): a resident by default. Absent in drafts of before. */
  speaker?: Speaker;
  /** A partner or professional: a key figure's id, or '' with a typed name. */
  speakerKeyFigureId?: string;
  speakerName?: string;
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
        speaker: speakerOf(editing),
        speakerKeyFigureId: editing.speakerKeyFigureId ?? '',
        speakerName: editing.speakerName ?? '',
      }
    : EMPTY;
  const draft = useDraft<CaptureValue>(key, initial);
  const textId = editing ? `c-text-${editing.id}` : 'c-text';
  const [error, setError] = useState('');
  const [speakerError, setSpeakerError] = useState('');
  // Key figures are read only once a partner or professional is chosen (residents are the common case).
  const needsKeyFigures = (draft.value.speaker ?? 'resident') !== 'resident';
  const [keyFigures, setKeyFigures] = useState<KeyFigure[]>([]);
  useEffect(() => {
    if (!needsKeyFigures) return;
    let live = true;
    listKeyFigures(process.id).then(
      (list) => {
        if (live) setKeyFigures(list);
      },
      // Without the list the form still saves; the speaker is then asked without a name to pick.
      (e: unknown) => console.error('keyFigures', e),
    );
    return () => {
      live = false;
    };
  }, [process.id, needsKeyFigures]);
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

  const speaker = v.speaker ?? 'resident';
  const keyFigure = keyFigures.find((k) => k.id === v.speakerKeyFigureId);
  const submit = async (ev: Event) => {
    ev.preventDefault();
    if (!v.text.trim()) {
      setError(t('capture.errText'));
      textRef.current?.focus();
      return;
    }
    setError('');
    if (speaker === 'partner' && !keyFigure && !v.speakerName?.trim()) {
      setSpeakerError(t('capture.errSpeakerName'));
      document.getElementById(`${textId}-speaker-name`)?.focus();
      return;
    }
    setSpeakerError('');
    const clear = draft.clearIn();
    const r = await write.run(editing ? 'updateContribution' : 'addContribution', async () => {
      const fields = {
        kind: v.kind,
        text: v.text.trim(),
        themeIds: v.themeIds,
        observedGroupIds: v.groupIds,
        agreeCount: v.agreeCount,
        // A resident's record carries no speaker fields (as before); a partner's names who.
        ...(speaker === 'resident'
          ? { speaker: undefined, speakerKeyFigureId: undefined, speakerName: undefined }
          : {
              speaker,
              speakerKeyFigureId: keyFigure?.id,
              speakerName: keyFigure ? undefined : v.speakerName?.trim() || undefined,
            }),
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
        clear.key,
      );
    });
    // On failure the input stays on screen (and in the draft): nothing typed is lost.
    if (!r.ok) return;
    // The next contribution often comes from the same speaker: keep the choice, clear the text.
    await draft.settle(
      editing
        ? initial
        : {
            ...EMPTY,
            kind: v.kind,
            speaker,
            speakerKeyFigureId: v.speakerKeyFigureId ?? '',
            speakerName: v.speakerName ?? '',
          },
      clear.mark,
    );
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

  return (
    <form onSubmit={submit} noValidate aria-label={editing ? t('capture.editing') : t('capture.title')}>
      {draft.restored && !editing ? <Notice kind="info">{t('capture.draftRestored')}</Notice> : null}
      <WriteStatus write={write} />
      <Chips
        legend={t('capture.speaker')}
        name={editing ? `speaker-${editing.id}` : 'speaker'}
        single
        options={SPEAKERS.map((s) => ({ id: s, label: t(`speaker.${s}`) }))}
        selected={[speaker]}
        onChange={(next) => set({ speaker: (next[0] as Speaker | undefined) ?? speaker })}
      />
      {speaker !== 'resident' ? (
        <div class="bs-speaker">
          <p class="bs-muted" id={`${textId}-speaker-apart`}>
            {t('capture.speakerApart')}
          </p>
          {keyFigures.length ? (
            <Field id={`${textId}-speaker-kf`} label={t('capture.speakerKeyFigure')}>
              <select
                id={`${textId}-speaker-kf`}
                class="utrecht-select utrecht-select--html-select"
                value={keyFigure ? keyFigure.id : ''}
                onChange={(e) => set({ speakerKeyFigureId: e.currentTarget.value })}
              >
                <option value="">{t('capture.speakerOther')}</option>
                {keyFigures.map((k) => (
                  <option key={k.id} value={k.id}>
                    {k.name ? `${k.organisation} (${k.name})` : k.organisation}
                  </option>
                ))}
              </select>
            </Field>
          ) : null}
          {keyFigure ? null : (
            <Field
              id={`${textId}-speaker-name`}
              label={t('capture.speakerName')}
              optional={speaker === 'professional' ? t('form.optional') : undefined}
              error={speakerError}
            >
              <input
                id={`${textId}-speaker-name`}
                type="text"
                class="utrecht-textbox utrecht-textbox--html-input"
                value={v.speakerName ?? ''}
                maxLength={200}
                aria-invalid={speakerError ? true : undefined}
                aria-describedby={describedBy(`${textId}-speaker-name`, false, speakerError)}
                onInput={(e) => set({ speakerName: e.currentTarget.value })}
              />
            </Field>
          )}
        </div>
      ) : null}
      <Chips
        legend={t('capture.kind')}
        name={editing ? `kind-${editing.id}` : 'kind'}
        single
        options={CONTRIBUTION_KINDS.map((k) => ({ id: k, label: t(`kind.${k}`) }))}
        selected={[v.kind]}
        onChange={(next) => set({ kind: (next[0] as ContributionKind | undefined) ?? v.kind })}
      />
      <Field
        id={textId}
        label={speaker === 'resident' ? t('capture.text') : t(`capture.text.${speaker}`)}
        description={speaker === 'resident' ? t('capture.textHelp') : t('capture.textHelp.other')}
        error={error}
      >
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
        {/* The save starts from the button's click (also the one Enter in a field fires): cancelled
            there, the browser does not run its form submission before the submit event (measured in
            Chromium: 1.1-1.7 ms of every save, click to transaction). onSubmit stays for any other way. */}
        <Button
          type="submit"
          variant="primary"
          big
          onClick={(ev) => {
            ev.preventDefault();
            void submit(ev);
          }}
        >
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
