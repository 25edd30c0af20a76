import { buurtName, groupLabel, themeLabel } from '../../app/useProcess';
import { CONTRIBUTION_SOURCES, WORK_FORMS } from '../../domain/constants';
import type { Meeting } from '../../domain/meeting';
import type { Process } from '../../domain/process';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { IsoDateInput } from '../../ui/DateFields';
import { FilterSelect } from '../../ui/FilterSelect';
import { useAfterPaint } from './useAfterPaint';
import { EMPTY_FILTER, type FilterValue } from './useAnalysis';
import '../../ui/forms.css';
import { byCode } from '../../domain/order';

type SelectProps = {
  id: keyof FilterValue;
  label: string;
  value: string;
  options: { id: string; label: string }[];
  onChange: (v: string) => void;
};

/**
 * `full`: all options. The overview's first frame shows its numbers, and there each select has only
 * its chosen option; its other options (two hundred meetings and more) come in the frame after
 * (issue 12).
 */
function Select({ id, full, options, ...props }: SelectProps & { full: boolean }) {
  const t = useT();
  return (
    <FilterSelect
      {...props}
      options={full ? options : options.filter((o) => o.id === props.value)}
      id={`filter-${id}`}
      anyLabel={t('coord.filter.all')}
      wrapperClass="bs-filter__field"
    />
  );
}

/** Narrow the picture: buurt, meeting, period, work form, source, theme, target group. */
export function FilterBar({
  process,
  meetings: all,
  filter,
  onChange,
}: {
  process: Process;
  meetings: readonly Meeting[];
  filter: FilterValue;
  onChange: (next: FilterValue) => void;
}) {
  const t = useT();
  const full = useAfterPaint();
  const set = (patch: Partial<FilterValue>) => onChange({ ...filter, ...patch });
  const meetings = all
    .filter((m) => !m.deleted && (!filter.buurt || m.buurtId === filter.buurt))
    .sort((a, b) => byCode(a.startsAt, b.startsAt));
  const active = Object.values(filter).some(Boolean);
  return (
    <section class="bs-filter bs-card" aria-labelledby="h-filter">
      <h2 class="utrecht-heading-3" id="h-filter">
        {t('coord.filter.title')}
      </h2>
      <div class="bs-filter__grid">
        <Select
          full={full}
          id="buurt"
          label={t('coord.filter.buurt')}
          value={filter.buurt}
          options={process.buurten.map((b) => ({ id: b.id, label: b.name }))}
          onChange={(buurt) => set({ buurt, meeting: '' })}
        />
        <Select
          full={full}
          id="meeting"
          label={t('coord.filter.meeting')}
          value={filter.meeting}
          options={meetings.map((m) => ({
            id: m.id,
            label: `${m.startsAt.slice(8, 10)}-${m.startsAt.slice(5, 7)} ${buurtName(process, m.buurtId)} — ${m.location}`,
          }))}
          onChange={(meeting) => set({ meeting })}
        />
        <div class="bs-filter__field">
          <label class="utrecht-form-label" for="filter-from">
            {t('coord.filter.from')}
          </label>
          <IsoDateInput id="filter-from" iso={filter.from} onIso={(from) => set({ from })} />
        </div>
        <div class="bs-filter__field">
          <label class="utrecht-form-label" for="filter-to">
            {t('coord.filter.to')}
          </label>
          <IsoDateInput id="filter-to" iso={filter.to} onIso={(to) => set({ to })} />
        </div>
        <Select
          full={full}
          id="workForm"
          label={t('coord.filter.workForm')}
          value={filter.workForm}
          options={WORK_FORMS.map((w) => ({ id: w, label: t(`workForm.${w}`) }))}
          onChange={(workForm) => set({ workForm })}
        />
        <Select
          full={full}
          id="source"
          label={t('coord.filter.source')}
          value={filter.source}
          options={CONTRIBUTION_SOURCES.map((s) => ({
            id: s,
            label: t(`capture.source.${s}`),
          }))}
          onChange={(source) => set({ source })}
        />
        <Select
          full={full}
          id="theme"
          label={t('coord.filter.theme')}
          value={filter.theme}
          options={process.themes.map((th) => ({ id: th.id, label: themeLabel(process, th.id) }))}
          onChange={(theme) => set({ theme })}
        />
        <Select
          full={full}
          id="group"
          label={t('coord.filter.group')}
          value={filter.group}
          options={process.targetGroups.map((g) => ({ id: g.id, label: groupLabel(process, g.id) }))}
          onChange={(group) => set({ group })}
        />
      </div>
      {active ? (
        <div class="bs-actions bs-noprint">
          <Button onClick={() => onChange({ ...EMPTY_FILTER })}>{t('coord.filter.clear')}</Button>
        </div>
      ) : null}
    </section>
  );
}
