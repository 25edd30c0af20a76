import { useMemo, useState } from 'preact/hooks';
import { groupLabel } from '../../app/useProcess';
import { useWrite } from '../../app/useWrite';
import type { AgendaData } from '../../db/agenda';
import { linkContributions, unlinkContributions } from '../../db/agenda';
import {
  type AgendaItem,
  filterContributions,
  itemsOfYear,
  type LinkFilter,
  linkedSet,
} from '../../domain/agenda';
import { GROUP_NO_ANSWER, GROUP_UNKNOWN, type Process } from '../../domain/process';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { FilterSelect } from '../../ui/FilterSelect';
import { Notice } from '../../ui/Notice';
import { WriteStatus } from '../../ui/WriteStatus';
import { ContributionChecklist } from './ContributionChecklist';
import '../../ui/forms.css';
import { byCode } from '../../domain/order';

const newest = <T extends { createdAt: string }>(list: T[]) =>
  [...list].sort((a, b) => byCode(b.createdAt, a.createdAt));

type SelectProps = {
  id: string;
  label: string;
  value: string;
  options: { id: string; label: string }[];
  onChange: (v: string) => void;
};

function Select(props: SelectProps) {
  const t = useT();
  return <FilterSelect {...props} anyLabel={t('agenda.link.any')} wrapperClass="bs-link-filter" />;
}

/** Fast linking: filter by theme, buurt, group and words; select many; link them all at once. */
export function LinkPanel({ item, data, process }: { item: AgendaItem; data: AgendaData; process: Process }) {
  const t = useT();
  const write = useWrite();
  const [theme, setTheme] = useState(item.themeIds[0] ?? '');
  const [buurt, setBuurt] = useState('');
  const [group, setGroup] = useState('');
  const [text, setText] = useState('');
  const [unlinkedOnly, setUnlinkedOnly] = useState(false);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [done, setDone] = useState<number | null>(null);
  const meetingsById = useMemo(() => new Map(data.meetings.map((m) => [m.id, m])), [data.meetings]);
  const version = useMemo(() => itemsOfYear(data.items, item.agendaYear), [data.items, item.agendaYear]);
  const list = useMemo(() => {
    const f: LinkFilter = {
      themeIds: theme ? [theme] : [],
      buurtIds: buurt ? [buurt] : [],
      groupIds: group ? [group] : [],
      text,
      unlinkedOnly,
    };
    const own = new Set(item.linkedContributionIds);
    return newest(filterContributions(data.contributions, meetingsById, f, linkedSet(version))).filter(
      (c) => !own.has(c.id),
    );
  }, [
    data.contributions,
    meetingsById,
    version,
    item.linkedContributionIds,
    theme,
    buurt,
    group,
    text,
    unlinkedOnly,
  ]);
  const chosen = list.filter((c) => selected.has(c.id)).map((c) => c.id);

  return (
    <section class="bs-card" aria-labelledby="h-link">
      <h2 class="utrecht-heading-2" id="h-link">
        {t('agenda.link.title')}
      </h2>
      <p class="bs-muted">{t('agenda.link.help')}</p>
      <div class="bs-link-filters">
        <Select
          id="link-theme"
          label={t('agenda.link.theme')}
          value={theme}
          options={process.themes.map((th) => ({ id: th.id, label: th.label }))}
          onChange={setTheme}
        />
        <Select
          id="link-buurt"
          label={t('agenda.link.buurt')}
          value={buurt}
          options={process.buurten.map((b) => ({ id: b.id, label: b.name }))}
          onChange={setBuurt}
        />
        <Select
          id="link-group"
          label={t('agenda.link.group')}
          value={group}
          options={[
            ...process.targetGroups.map((g) => ({ id: g.id, label: g.label })),
            ...[GROUP_UNKNOWN, GROUP_NO_ANSWER].map((id) => ({ id, label: groupLabel(process, id) })),
          ]}
          onChange={setGroup}
        />
        <div class="bs-link-filter">
          <label class="utrecht-form-label" for="link-text">
            {t('agenda.link.text')}
          </label>
          <input
            id="link-text"
            type="search"
            class="utrecht-textbox utrecht-textbox--html-input"
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </div>
      </div>
      <div class="bs-link-checkrow">
        <input
          id="link-unlinked"
          type="checkbox"
          class="utrecht-checkbox utrecht-checkbox--html-input"
          checked={unlinkedOnly}
          onChange={(e) => setUnlinkedOnly(e.currentTarget.checked)}
        />
        <label for="link-unlinked" class="utrecht-form-label">
          {t('agenda.link.unlinkedOnly')}
        </label>
      </div>
      <div class="bs-actions">
        <p class="bs-muted" aria-live="polite">
          {t('agenda.link.count', { n: list.length })}
        </p>
        <Button
          variant="subtle"
          onClick={() => setSelected(new Set(list.map((c) => c.id)))}
          disabled={!list.length}
        >
          {t('agenda.link.selectAll')}
        </Button>
        <Button variant="subtle" onClick={() => setSelected(new Set())} disabled={!chosen.length}>
          {t('agenda.link.selectNone')}
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
      <WriteStatus write={write} />
      {done !== null ? <Notice kind="ok">{t('agenda.link.done', { n: done })}</Notice> : null}
      {list.length ? (
        <ContributionChecklist
          name="link"
          contributions={list}
          selected={selected}
          onChange={(s) => {
            setDone(null);
            setSelected(s);
          }}
          process={process}
          meetingsById={meetingsById}
        />
      ) : (
        <p>{t('agenda.link.none')}</p>
      )}
    </section>
  );
}

/** The contributions linked to an item; select and unlink. */
export function LinkedList({
  item,
  data,
  process,
  editable,
}: {
  item: AgendaItem;
  data: AgendaData;
  process: Process;
  editable: boolean;
}) {
  const write = useWrite();
  const t = useT();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const meetingsById = useMemo(() => new Map(data.meetings.map((m) => [m.id, m])), [data.meetings]);
  const linked = useMemo(() => {
    const ids = new Set(item.linkedContributionIds);
    return newest(data.contributions.filter((c) => ids.has(c.id)));
  }, [data.contributions, item.linkedContributionIds]);
  const chosen = linked.filter((c) => selected.has(c.id)).map((c) => c.id);
  return (
    <section aria-labelledby="h-linked">
      <h2 class="utrecht-heading-2" id="h-linked">
        {t('agenda.link.linked', { n: linked.length })}
      </h2>
      {linked.length ? (
        <>
          {editable ? (
            <ContributionChecklist
              name="linked"
              contributions={linked}
              selected={selected}
              onChange={setSelected}
              process={process}
              meetingsById={meetingsById}
            />
          ) : (
            <ul>
              {linked.map((c) => (
                <li key={c.id}>{c.text || t('agenda.contrib.noText')}</li>
              ))}
            </ul>
          )}
          <WriteStatus write={write} />
          {editable ? (
            <Button
              disabled={!chosen.length}
              onClick={async () => {
                await unlinkContributions(item.id, chosen);
                setSelected(new Set());
              }}
            >
              {t('agenda.link.unlink', { n: chosen.length })}
            </Button>
          ) : null}
        </>
      ) : (
        <p class="bs-muted">{t('agenda.noSupport')}</p>
      )}
    </section>
  );
}
