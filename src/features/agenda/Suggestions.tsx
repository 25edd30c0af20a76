import { useMemo, useState } from 'preact/hooks';
import { themeLabel } from '../../app/useProcess';
import { useWrite } from '../../app/useWrite';
import type { AgendaData } from '../../db/agenda';
import { linkContributions } from '../../db/agenda';
import { type AgendaItem, suggestContributions } from '../../domain/agenda';
import type { Process } from '../../domain/process';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { WriteStatus } from '../../ui/WriteStatus';
import { ContributionChecklist } from './ContributionChecklist';

/** Contributions that share themes or words with the item; tick and link. */
export function Suggestions({
  item,
  data,
  process,
}: {
  item: AgendaItem;
  data: AgendaData;
  process: Process;
}) {
  const t = useT();
  const write = useWrite();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [done, setDone] = useState<number | null>(null);
  const meetingsById = useMemo(() => new Map(data.meetings.map((m) => [m.id, m])), [data.meetings]);
  const suggestions = useMemo(
    () => suggestContributions(item, data.contributions, meetingsById, 30),
    [item, data.contributions, meetingsById],
  );
  const why = new Map(
    suggestions.map((s) => [
      s.contribution.id,
      [...s.sharedThemes.map((id) => themeLabel(process, id)), ...s.sharedWords].join(', '),
    ]),
  );
  const list = suggestions.map((s) => s.contribution);
  const chosen = list.filter((c) => selected.has(c.id)).map((c) => c.id);
  return (
    <section class="bs-card" aria-labelledby="h-suggest">
      <h2 class="utrecht-heading-2" id="h-suggest">
        {t('agenda.suggest.title')}
      </h2>
      <p class="bs-muted">{t('agenda.suggest.help')}</p>
      <WriteStatus write={write} />
      {done !== null ? <Notice kind="ok">{t('agenda.link.done', { n: done })}</Notice> : null}
      {list.length ? (
        <>
          <ContributionChecklist
            name="suggest"
            contributions={list}
            selected={selected}
            onChange={(s) => {
              setDone(null);
              setSelected(s);
            }}
            process={process}
            meetingsById={meetingsById}
            pageSize={8}
            note={(c) => t('agenda.suggest.why', { what: why.get(c.id) ?? '' })}
          />
          <div class="bs-actions">
            <Button variant="subtle" onClick={() => setSelected(new Set(list.map((c) => c.id)))}>
              {t('agenda.link.selectAll')}
            </Button>
            <Button
              variant="primary"
              disabled={!chosen.length}
              onClick={async () => {
                await linkContributions(item.id, chosen);
                setDone(chosen.length);
                setSelected(new Set());
              }}
            >
              {t('agenda.link.link', { n: chosen.length })}
            </Button>
          </div>
        </>
      ) : (
        <p>{t('agenda.suggest.none')}</p>
      )}
    </section>
  );
}
