import './exchange.css';
import { useState } from 'preact/hooks';
import { useWrite } from '../../app/useWrite';
import { type FileReport, importFiles, importGaps, stock } from '../../db/exchange';
import { openConflictCount } from '../../db/exchangeStatus';
import { useLive } from '../../db/live';
import { EXCHANGE_TABLES } from '../../exchange/format';
import { missingCount, rangesText } from '../../exchange/gaps';
import { useT } from '../../i18n';
import { LinkButton } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { WriteStatus } from '../../ui/WriteStatus';
import { ImportReport } from './ImportReport';
import '../../ui/forms.css';

function Gaps() {
  const t = useT();
  const gaps = useLive(() => importGaps(), []);
  if (!gaps) return null;
  return (
    <section aria-labelledby="h-gaps" class="bs-card">
      <h2 class="utrecht-heading-2" id="h-gaps">
        {t('import.gaps.title')}
      </h2>
      {gaps.length === 0 ? (
        <p data-testid="gaps">{t('import.gaps.none')}</p>
      ) : (
        <>
          <p>{t('import.gaps.intro')}</p>
          <ul data-testid="gaps">
            {gaps.map((g) => (
              <li key={g.deviceId}>
                {t(missingCount(g.missing) === 1 ? 'import.gaps.device' : 'import.gaps.deviceMany', {
                  device: g.deviceLabel,
                  missing: rangesText(g.missing, t('import.gaps.through'), t('import.gaps.and')),
                  highest: g.highest,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Stock() {
  const t = useT();
  const counts = useLive(() => stock(), []);
  const conflicts = useLive(() => openConflictCount(), []) ?? 0;
  if (!counts) return null;
  return (
    <section aria-labelledby="h-stock" class="bs-card">
      <h2 class="utrecht-heading-2" id="h-stock">
        {t('import.stock.title')}
      </h2>
      <dl class="bs-grid2" data-testid="stock">
        {EXCHANGE_TABLES.filter((tb) => counts[tb]).map((tb) => (
          <div key={tb} data-table={tb}>
            <dt>{t(`exchange.table.${tb}`)}</dt>
            <dd>{counts[tb]}</dd>
          </div>
        ))}
        <div data-table="conflicts">
          <dt>{t('import.stock.conflicts')}</dt>
          <dd>{conflicts}</dd>
        </div>
      </dl>
      {conflicts ? (
        <div class="bs-actions">
          <LinkButton href="#/exchange/conflicts" variant="primary">
            {t('exchange.toConflicts')}
          </LinkButton>
        </div>
      ) : null}
    </section>
  );
}

/** Coordinator: import many files at once; a report per file; gaps; what is in the app now. */
export default function ImportScreen() {
  const t = useT();
  const [passphrase, setPassphrase] = useState('');
  const [progress, setProgress] = useState<string | undefined>();
  const [reports, setReports] = useState<FileReport[]>([]);
  const [over, setOver] = useState(false);
  const write = useWrite();

  const run = async (files: File[]) => {
    if (!files.length) return;
    setReports([]);
    write.clear();
    const out: FileReport[] = [];
    const busy = (i: number) =>
      setProgress(
        i < files.length ? t('import.busy', { file: files[i]!.name, i: i + 1, n: files.length }) : undefined,
      );
    busy(0);
    await write.run('importFiles', () =>
      importFiles(files, { passphrase: passphrase || undefined }, (report, i) => {
        out.push(report);
        setReports([...out]);
        busy(i + 1);
      }),
    );
    setProgress(undefined);
  };

  return (
    <div class="bs-xch">
      <h1 class="utrecht-heading-1">{t('import.title')}</h1>
      <p>{t('import.intro')}</p>
      <section
        aria-labelledby="h-pick"
        class={`bs-card bs-drop${over ? ' bs-drop--over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          void run([...(e.dataTransfer?.files ?? [])]);
        }}
      >
        <h2 class="utrecht-heading-2" id="h-pick">
          {t('import.pickTitle')}
        </h2>
        <Field id="import-pass" label={t('import.passphrase')} description={t('import.passphraseHelp')}>
          <input
            id="import-pass"
            type="password"
            autocomplete="off"
            class="utrecht-textbox utrecht-textbox--html-input"
            value={passphrase}
            aria-describedby="import-pass-desc"
            onInput={(e) => setPassphrase(e.currentTarget.value)}
          />
        </Field>
        <div class="bs-filepick">
          <input
            id="import-files"
            type="file"
            multiple
            class="visually-hidden"
            accept=".json,.enc,application/json,application/octet-stream"
            aria-describedby="import-files-desc"
            disabled={!!progress}
            onChange={(e) => {
              const input = e.currentTarget;
              const files = [...(input.files ?? [])];
              input.value = '';
              void run(files);
            }}
          />
          <label for="import-files" class="utrecht-button utrecht-button--primary-action bs-button--big">
            {t('import.pick')}
          </label>
          <p class="bs-muted" id="import-files-desc">
            {t('import.pickHelp')} {t('import.drop')}
          </p>
        </div>
      </section>
      <div aria-live="polite">
        {progress ? <p>{progress}</p> : null}
        <WriteStatus write={write} />
      </div>
      {reports.length ? <ImportReport reports={reports} /> : null}
      <Stock />
      <Gaps />
    </div>
  );
}
