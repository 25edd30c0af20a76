import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { buurtName, themeLabel } from '../../app/useProcess';
import type { Contribution } from '../../domain/contribution';
import type { Meeting } from '../../domain/meeting';
import type { Process } from '../../domain/process';
import { formatDay, useT } from '../../i18n';
import { Button } from '../../ui/Button';
import '../../ui/forms.css';

/**
 * A list of contributions with a checkbox each (select many, then act on all of them). Shows
 * `pageSize` at a time; "toon meer" adds the next ones.
 */
export function ContributionChecklist({
  name,
  contributions,
  selected,
  onChange,
  process,
  meetingsById,
  note,
  pageSize = 20,
}: {
  name: string;
  contributions: readonly Contribution[];
  selected: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
  process: Process;
  meetingsById: ReadonlyMap<string, Meeting>;
  note?: (c: Contribution) => ComponentChildren;
  pageSize?: number;
}) {
  const t = useT();
  const [shown, setShown] = useState(pageSize);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  const list = contributions.slice(0, shown);
  return (
    <>
      <ul class="bs-checklist">
        {list.map((c) => {
          const m = meetingsById.get(c.meetingId);
          const id = `${name}-${c.id}`;
          return (
            <li key={c.id} class="bs-checklist__row">
              <input
                id={id}
                type="checkbox"
                class="utrecht-checkbox utrecht-checkbox--html-input"
                checked={selected.has(c.id)}
                aria-labelledby={`${id}-text`}
                aria-describedby={`${id}-meta`}
                onChange={(e) => toggle(c.id, e.currentTarget.checked)}
              />
              <label for={id} class="bs-checklist__label">
                <span class="bs-checklist__text" id={`${id}-text`}>
                  {c.text.trim() || t('agenda.contrib.noText')}
                </span>
                <span class="bs-checklist__meta" id={`${id}-meta`}>
                  {t('agenda.contrib.meta', {
                    kind: t(`kind.${c.kind}`),
                    buurt: m ? buurtName(process, m.buurtId) : '—',
                    date: m ? formatDay(m.startsAt.slice(0, 10)) : '—',
                    source: t(`agenda.support.source.${c.source}`),
                  })}
                  {c.themeIds.length
                    ? ` · ${c.themeIds.map((th) => themeLabel(process, th)).join(', ')}`
                    : ''}
                  {c.agreeCount ? ` · ${t('agenda.contrib.agree', { n: c.agreeCount })}` : ''}
                </span>
                {note ? <span class="bs-checklist__note">{note(c)}</span> : null}
              </label>
            </li>
          );
        })}
      </ul>
      {contributions.length > shown ? (
        <Button variant="subtle" onClick={() => setShown((n) => n + pageSize)}>
          {t('agenda.link.more', { n: contributions.length - shown })}
        </Button>
      ) : null}
    </>
  );
}
