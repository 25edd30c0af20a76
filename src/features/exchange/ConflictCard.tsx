import { useState } from 'preact/hooks';
import type { ConflictRow } from '../../db/exchangeStatus';
import { hlcToDate } from '../../domain/clock';
import { deepEqual, META_FIELDS, type Version } from '../../domain/version';
import { formatDateTime, textOr, useT } from '../../i18n';
import { Button } from '../../ui/Button';

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const HIDDEN = new Set<string>([...META_FIELDS, 'id', 'processId', 'meetingId']);

function summaryOf(table: string, v: Version): string {
  const pick = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');
  const text =
    table === 'contributions' || table === 'lessons'
      ? pick('text')
      : table === 'meetings'
        ? pick('location')
        : pick('name') || pick('title');
  return text.length > 80 ? `${text.slice(0, 80)}…` : text || v.id;
}

/** The fields whose values differ between the two versions. */
export function differingFields(a: Version, b: Version): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => !HIDDEN.has(k) && !deepEqual(a[k], b[k])).sort();
}

function useValueText() {
  const t = useT();
  return (field: string, value: unknown): string => {
    if (field === 'deleted') return value ? t('conflicts.deletedYes') : t('conflicts.deletedNo');
    if (value === undefined || value === null || value === '') return t('conflicts.empty');
    if (Array.isArray(value)) return value.length ? value.map(String).join(', ') : t('conflicts.empty');
    if (typeof value === 'object') return JSON.stringify(value);
    return String(value);
  };
}

/** One conflict: what applies now next to the other version, and the two ways to settle it. */
export function ConflictCard({
  row,
  current,
  labels,
  onSettle,
}: {
  row: ConflictRow;
  current: Version | undefined;
  labels: Record<string, string>;
  onSettle: (choice: 'restore' | 'keep') => Promise<void>;
}) {
  const t = useT();
  const valueText = useValueText();
  const [busy, setBusy] = useState(false);
  const other = row.version;
  const fields = current ? differingFields(current, other) : ['deleted'];
  const by = (v: Version) =>
    t('conflicts.by', {
      device: labels[v.deviceId] ?? v.deviceId,
      when: formatDateTime(hlcToDate(v.updatedAt).toISOString()),
    });
  const fieldLabel = (f: string) => textOr(`conflicts.f.${f}`, f);
  const headingId = `h-conflict-${row.id.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
  const settle = async (choice: 'restore' | 'keep') => {
    setBusy(true);
    try {
      await onSettle(choice);
    } finally {
      setBusy(false);
    }
  };
  return (
    <li class="bs-card" data-testid="conflict">
      <h2 class="utrecht-heading-3" id={headingId}>
        {capitalize(textOr(`exchange.table.${row.table}`, row.table))}:{' '}
        {summaryOf(row.table, current ?? other)}
      </h2>
      <div class="bs-tablewrap">
        <table class="bs-table bs-xch-compare" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('conflicts.field')}</th>
              <th scope="col">
                {t('conflicts.current')}
                <div class="bs-muted">{current ? by(current) : ''}</div>
              </th>
              <th scope="col">
                {t('conflicts.other')}
                <div class="bs-muted">{by(other)}</div>
              </th>
            </tr>
          </thead>
          <tbody>
            {fields.map((f) => (
              <tr key={f}>
                <th scope="row">{fieldLabel(f)}</th>
                <td data-testid="conflict-current">{valueText(f, current?.[f])}</td>
                <td data-testid="conflict-other">{valueText(f, other[f])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="bs-actions">
        <Button variant="primary" disabled={busy} onClick={() => void settle('restore')}>
          {t('conflicts.restore')}
        </Button>
        <Button disabled={busy} onClick={() => void settle('keep')}>
          {t('conflicts.keep')}
        </Button>
      </div>
    </li>
  );
}
