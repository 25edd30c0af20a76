import { useState } from 'preact/hooks';
import { loadAgendaData } from '../../db/readModels';
import { reportTables } from '../../domain/analysis/report';
import { toCsv } from '../../domain/csv';
import { localDay } from '../../domain/day';
import { translator, useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import type { Analysis } from './useAnalysis';

function save(name: string, blob: Blob): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** Analysis exports: CSV per table (or all zipped) and one XLSX workbook; xlsx code loads only here, on use. */
export function ExportPanel({ a }: { a: Analysis }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');
  const [failed, setFailed] = useState(false);
  const k = a.process.settings.minGroupSize;
  // Every record, votes and agenda items are read when an export is made (the overview does not need them).
  const tables = async () => {
    const [records, agenda] = await Promise.all([a.records(), loadAgendaData(a.process.id)]);
    return reportTables(
      {
        ...records,
        earlierFindings: records.findings ?? [],
        votes: agenda.votes,
        agendaItems: agenda.items,
      },
      a.process,
      translator(),
    );
  };

  const run = async (what: string, make: () => Promise<void> | void) => {
    setBusy(true);
    setDone('');
    setFailed(false);
    try {
      await make();
      setDone(what);
    } catch (e) {
      console.error(e);
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  const csv = (index: number) =>
    run(t('coord.export.doneCsv'), async () => {
      const table = (await tables())[index]!;
      save(
        `buurtstem-${table.name}-${localDay()}.csv`,
        new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }),
      );
    });
  const zip = () =>
    run(t('coord.export.doneZip'), async () => {
      const { toZip } = await import('../../domain/xlsx');
      const files = (await tables()).map((tb) => ({ name: `${tb.name}.csv`, content: toCsv(tb) }));
      save(
        `buurtstem-analyse-${localDay()}-csv.zip`,
        new Blob([toZip(files) as BlobPart], { type: 'application/zip' }),
      );
    });
  const xlsx = () =>
    run(t('coord.export.doneXlsx'), async () => {
      const { toXlsx } = await import('../../domain/xlsx');
      save(
        `buurtstem-analyse-${localDay()}.xlsx`,
        new Blob([toXlsx(await tables()) as BlobPart], {
          type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        }),
      );
    });

  const names = ['contributions', 'meetings', 'attendance', 'reach', 'earlierFindings', 'votes'] as const;
  return (
    <section class="bs-card" aria-labelledby="h-export">
      <h2 class="utrecht-heading-2" id="h-export">
        {t('coord.export.title')}
      </h2>
      <p>{t('coord.export.intro')}</p>
      <ul>
        <li>
          {t('coord.export.privacyContacts')}{' '}
          <a class="utrecht-link" href="#/contacts">
            {t('contacts.link')}
          </a>
        </li>
        <li>{t('coord.export.privacySmall', { k })}</li>
        <li>{t('coord.export.privacyAll')}</li>
        <li>{t('coord.export.privacyApart')}</li>
      </ul>
      <h3 class="utrecht-heading-3">{t('coord.export.excel')}</h3>
      <div class="bs-actions">
        <Button variant="primary" disabled={busy} onClick={xlsx}>
          {t('coord.export.xlsx')}
        </Button>
        <Button disabled={busy} onClick={zip}>
          {t('coord.export.zip')}
        </Button>
      </div>
      <h3 class="utrecht-heading-3">{t('coord.export.perTable')}</h3>
      <div class="bs-actions">
        {names.map((n, i) => (
          <Button key={n} disabled={busy} onClick={() => csv(i)}>
            {t(`coord.export.csv.${n}`)}
          </Button>
        ))}
      </div>
      {done ? <Notice kind="ok">{done}</Notice> : null}
      {failed ? <Notice kind="error">{t('coord.export.failed')}</Notice> : null}
    </section>
  );
}
