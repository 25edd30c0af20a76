import { useState } from 'preact/hooks';
import { useProcess } from '../../app/useProcess';
import { useWrite } from '../../app/useWrite';
import { loadEvaluationInput } from '../../db/design';
import { useLive } from '../../db/live';
import { listProcesses, setActiveProcess } from '../../db/processes';
import { type EvaluationFigures, evaluationFigures } from '../../domain/evaluation';
import { LESSON_CATEGORIES } from '../../domain/lesson';
import type { Process } from '../../domain/process';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/Field';
import { WriteStatus } from '../../ui/WriteStatus';
import { countText, indexText, processTitle } from './common';
import { DesignNav } from './DesignScreen';
import { NewAreaForm } from './NewAreaForm';
import './design.css';
import '../../ui/forms.css';

function ProcessSelect({
  id,
  label,
  value,
  processes,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  processes: Process[];
  onChange: (id: string) => void;
}) {
  return (
    <SelectField id={id} label={label} value={value} onValue={(value) => onChange(value)}>
      {processes.map((p) => (
        <option key={p.id} value={p.id}>
          {processTitle(p)}
        </option>
      ))}
    </SelectField>
  );
}

/** Two areas side by side: meetings, people, reach per target group and lessons. */
function Compare({
  a,
  b,
}: {
  a: { p: Process; f: EvaluationFigures };
  b: { p: Process; f: EvaluationFigures };
}) {
  const t = useT();
  const groups = [
    ...new Map([...a.p.targetGroups, ...b.p.targetGroups].map((g) => [g.id, g.label])).entries(),
  ];
  const cell = (x: typeof a, groupId: string) => {
    const g = x.f.reach.area.groups.find((r) => r.groupId === groupId);
    if (!g) return '–';
    const status = t(`eval.status.${g.attendance.status}`);
    if (g.attendance.base === 0) return status;
    return `${countText(g.attendance, x.f.reach.k)} · ${indexText(g.attendance)} · ${status}`;
  };
  const rows: [string, string | number, string | number][] = [
    [t('eval.col.meetings'), a.f.held, b.f.held],
    [t('eval.col.people'), a.f.people, b.f.people],
    [t('eval.col.contributions'), a.f.contributions, b.f.contributions],
    ...groups.map(
      ([id, label]) =>
        [t('areas.reachIndex', { group: label }), cell(a, id), cell(b, id)] as [string, string, string],
    ),
    ...LESSON_CATEGORIES.map(
      (c) =>
        [
          `${t('areas.lessonsPerCategory')}: ${t(`lessonCategory.${c}`)}`,
          a.f.lessons.byCategory[c],
          b.f.lessons.byCategory[c],
        ] as [string, number, number],
    ),
  ];
  return (
    <>
      <table class="bs-table" data-testid="compare-table">
        <thead>
          <tr>
            <th scope="col">{t('areas.col.figure')}</th>
            <th scope="col">{a.p.area}</th>
            <th scope="col">{b.p.area}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, x, y]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{x}</td>
              <td>{y}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="bs-compare">
        {[a, b].map((x) => (
          <section key={x.p.id} aria-label={`${t('areas.carryOver')}: ${x.p.area}`}>
            <h3 class="utrecht-heading-3">
              {t('areas.carryOver')}: {x.p.area}
            </h3>
            {x.f.lessons.carryOver.length ? (
              <ul>
                {x.f.lessons.carryOver.map((l) => (
                  <li key={l.id}>
                    <strong>{t(`lessonCategory.${l.category}`)}:</strong> {l.text}
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('eval.proposalsNone')}</p>
            )}
          </section>
        ))}
      </div>
    </>
  );
}

export default function AreasScreen() {
  const t = useT();
  const active = useProcess();
  const write = useWrite();
  const processes = useLive(() => listProcesses(), []);
  const [pick, setPick] = useState<{ a?: string; b?: string }>({});
  const ids = processes?.map((p) => p.id) ?? [];
  const aId = pick.a && ids.includes(pick.a) ? pick.a : active?.id;
  const bId = pick.b && ids.includes(pick.b) ? pick.b : ids.find((id) => id !== aId);
  const compared = useLive(async () => {
    const list = await listProcesses();
    const load = async (id: string | undefined) => {
      const p = list.find((x) => x.id === id);
      return p ? { p, f: evaluationFigures(await loadEvaluationInput(p)) } : null;
    };
    return { a: await load(aId), b: await load(bId) };
  }, [aId, bId]);
  if (!active || !processes) return <p class="bs-muted">{t('app.loading')}</p>;

  return (
    <>
      <h1 class="utrecht-heading-1">{t('areas.title')}</h1>
      <DesignNav />
      <section class="bs-card" aria-labelledby="h-processes">
        <h2 class="utrecht-heading-2" id="h-processes">
          {t('areas.processes')}
        </h2>
        <p role="status">{t('areas.active', { name: processTitle(active) })}</p>
        <WriteStatus write={write} />
        <ul class="bs-cardlist">
          {processes.map((p) => (
            <li key={p.id} class="bs-row">
              <span class="bs-spacer">{processTitle(p)}</span>
              {p.id === active.id ? null : (
                <Button
                  onClick={() => void write.run('setActiveProcess', () => setActiveProcess(p.id))}
                  aria-label={`${t('areas.switch')}: ${p.area}`}
                >
                  {t('areas.switch')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      </section>
      <NewAreaForm processes={processes} active={active} />
      <section class="bs-card" aria-labelledby="h-compare">
        <h2 class="utrecht-heading-2" id="h-compare">
          {t('areas.compare')}
        </h2>
        {processes.length < 2 ? (
          <p>{t('areas.compareNeedTwo')}</p>
        ) : (
          <>
            <div class="bs-grid2">
              <ProcessSelect
                id="compare-a"
                label={t('areas.compareA')}
                value={aId ?? ''}
                processes={processes}
                onChange={(a) => setPick((p) => ({ ...p, a }))}
              />
              <ProcessSelect
                id="compare-b"
                label={t('areas.compareB')}
                value={bId ?? ''}
                processes={processes}
                onChange={(b) => setPick((p) => ({ ...p, b }))}
              />
            </div>
            {compared?.a && compared.b ? <Compare a={compared.a} b={compared.b} /> : null}
          </>
        )}
      </section>
    </>
  );
}
