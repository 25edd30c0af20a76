import type { FileReport } from '../../db/exchange';
import { type Lookup, problemMessage } from '../../exchange/problems';
import { textOr, t as translate, useT } from '../../i18n';

const lookup: Lookup = (key, params) => textOr(key, key, params);

function deviceCell(r: FileReport): string {
  const h = r.header;
  if (!h) return '—';
  if (h.kind === 'device') return translate('import.deviceSeq', { device: h.device.label, seq: h.exportSeq });
  return `${h.device.label} (${translate(`import.kind.${h.kind}`)})`;
}

/** Per file: new, updated, unchanged, conflicts, or refused with the reasons. */
export function ImportReport({ reports }: { reports: FileReport[] }) {
  const t = useT();
  const sum = (k: 'new' | 'updated' | 'unchanged' | 'conflicts') =>
    reports.reduce((n, r) => n + r.counts[k], 0);
  const refusedCount = reports.filter((r) => r.status === 'refused').length;
  return (
    <section aria-labelledby="h-report" class="bs-card">
      <h2 class="utrecht-heading-2" id="h-report">
        {t('import.report')}
      </h2>
      <div class="bs-tablewrap">
        <table class="bs-table" data-testid="import-report">
          <thead>
            <tr>
              <th scope="col">{t('import.col.file')}</th>
              <th scope="col">{t('import.col.device')}</th>
              <th scope="col" class="bs-num">
                {t('import.col.new')}
              </th>
              <th scope="col" class="bs-num">
                {t('import.col.updated')}
              </th>
              <th scope="col" class="bs-num">
                {t('import.col.unchanged')}
              </th>
              <th scope="col" class="bs-num">
                {t('import.col.conflicts')}
              </th>
              <th scope="col">{t('import.col.result')}</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((r, i) => (
              <tr key={`${i}-${r.fileName}`} data-testid="import-row" data-status={r.status}>
                <th scope="row">{r.fileName}</th>
                <td>{deviceCell(r)}</td>
                <td class="bs-num">{r.counts.new}</td>
                <td class="bs-num">{r.counts.updated}</td>
                <td class="bs-num">{r.counts.unchanged}</td>
                <td class="bs-num">{r.counts.conflicts}</td>
                <td>
                  {r.status === 'imported' ? (
                    t('import.status.imported')
                  ) : (
                    <strong>{t('import.status.refused')}</strong>
                  )}
                  {r.counts.skipped ? <div>{t('import.skipped', { n: r.counts.skipped })}</div> : null}
                  {r.notices?.length ? (
                    <ul class="bs-problems" data-testid="import-notices">
                      {r.notices.map((p, j) => (
                        <li key={`n${j}-${p.code}`}>{problemMessage(p, lookup)}</li>
                      ))}
                    </ul>
                  ) : null}
                  {r.problems.length ? (
                    <ul class="bs-problems">
                      {r.problems.map((p, j) => (
                        <li key={`${j}-${p.code}`}>{problemMessage(p, lookup)}</li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p data-testid="import-total">
        {t('import.total', {
          new: sum('new'),
          updated: sum('updated'),
          unchanged: sum('unchanged'),
          conflicts: sum('conflicts'),
          refused: refusedCount,
        })}
      </p>
    </section>
  );
}
