import { useState } from 'preact/hooks';
import { useWrite } from '../../app/useWrite';
import { type ExportResult, exportAgain, exportBundle } from '../../db/exchange';
import { exportHistory, unexportedCount } from '../../db/exchangeStatus';
import { useLive } from '../../db/live';
import { alsoHandIn } from '../../db/sync';
import { formatDateTime, useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { describedBy, Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { WriteStatus } from '../../ui/WriteStatus';
import { FileDelivery } from './FileDelivery';
import { makeFile } from './share';
import '../../ui/forms.css';

interface Made {
  file: File;
  total: number;
  /** A new file gets a new delivery notice (and its own download). */
  serial: number;
}

let serial = 0;

/** Export on the device: new changes or everything, optionally encrypted; earlier exports made again. */
export function ExportPanel() {
  const t = useT();
  const unexported = useLive(() => unexportedCount(), []);
  const history = useLive(() => exportHistory(), []) ?? [];
  const [encrypt, setEncrypt] = useState(false);
  const [pass, setPass] = useState('');
  const [pass2, setPass2] = useState('');
  const [passError, setPassError] = useState('');
  const [busy, setBusy] = useState(false);
  const write = useWrite();
  const [message, setMessage] = useState<{ kind: 'ok' | 'info' | 'error'; text: string } | undefined>();
  const [made, setMade] = useState<Made | undefined>();

  const passphrase = (): string | undefined | false => {
    if (!encrypt) return undefined;
    if (pass.length < 8) {
      setPassError(t('exchange.errPassphraseShort'));
      document.getElementById('x-pass')?.focus();
      return false;
    }
    if (pass !== pass2) {
      setPassError(t('exchange.errPassphraseSame'));
      document.getElementById('x-pass2')?.focus();
      return false;
    }
    setPassError('');
    return pass;
  };

  const run = async (make: (p: string | undefined) => Promise<ExportResult | null>, handIn = false) => {
    const p = passphrase();
    if (p === false) return;
    setBusy(true);
    setMessage(undefined);
    setMade(undefined);
    write.clear();
    // Exporting marks the records as exported: a write, so it runs as a command.
    const r = await write.run('exportChanges', () => make(p), { fallback: 'exchange.error' });
    setBusy(false);
    if (!r.ok) return;
    // A tablet that syncs hands the same bundle in too: the export marked its changes as exported.
    if (r.value && handIn) await write.run('alsoHandIn', () => alsoHandIn(r.value!));
    if (r.value)
      setMade({ file: makeFile(r.value.fileName, r.value.parts), total: r.value.total, serial: ++serial });
    else setMessage({ kind: 'info', text: t('exchange.nothingNew') });
  };

  return (
    <>
      <p data-testid="unexported-count">
        <strong>
          {unexported === undefined
            ? t('app.loading')
            : unexported === 0
              ? t('exchange.unexported.none')
              : t('exchange.unexported.count', { n: unexported })}
        </strong>{' '}
        {history[0]
          ? t('exchange.lastExport', { seq: history[0].exportSeq, when: formatDateTime(history[0].at) })
          : t('exchange.noExportYet')}
      </p>
      <div class="bs-encrypt">
        <input
          id="x-encrypt"
          type="checkbox"
          class="utrecht-checkbox utrecht-checkbox--html-input"
          checked={encrypt}
          aria-describedby="x-encrypt-desc"
          onChange={(e) => setEncrypt(e.currentTarget.checked)}
        />
        <label for="x-encrypt" class="utrecht-form-label">
          {t('exchange.encrypt')}
        </label>
        <p class="bs-muted" id="x-encrypt-desc">
          {t('exchange.encryptHelp')}
        </p>
      </div>
      {encrypt ? (
        <div class="bs-grid2">
          <Field id="x-pass" label={t('exchange.passphrase')} error={passError}>
            <input
              id="x-pass"
              type="password"
              autocomplete="new-password"
              class="utrecht-textbox utrecht-textbox--html-input"
              value={pass}
              aria-invalid={passError ? true : undefined}
              aria-describedby={describedBy('x-pass', false, passError)}
              onInput={(e) => setPass(e.currentTarget.value)}
            />
          </Field>
          <Field id="x-pass2" label={t('exchange.passphraseRepeat')}>
            <input
              id="x-pass2"
              type="password"
              autocomplete="new-password"
              class="utrecht-textbox utrecht-textbox--html-input"
              value={pass2}
              onInput={(e) => setPass2(e.currentTarget.value)}
            />
          </Field>
        </div>
      ) : null}
      <div class="bs-exportoptions">
        <div>
          <Button
            variant="primary"
            big
            disabled={busy}
            aria-describedby="x-new-desc"
            onClick={() => run((p) => exportBundle('new', { passphrase: p }), true)}
          >
            {t('exchange.exportNew')}
          </Button>
          <p class="bs-muted" id="x-new-desc">
            {t('exchange.exportNewHelp')}
          </p>
        </div>
        <div>
          <Button
            big
            disabled={busy}
            aria-describedby="x-all-desc"
            onClick={() => run((p) => exportBundle('all', { passphrase: p }), true)}
          >
            {t('exchange.exportAll')}
          </Button>
          <p class="bs-muted" id="x-all-desc">
            {t('exchange.exportAllHelp')}
          </p>
        </div>
      </div>
      <div aria-live="polite">
        {busy ? <p>{t('exchange.working')}</p> : null}
        {message ? <Notice kind={message.kind}>{message.text}</Notice> : null}
        <WriteStatus write={write} />
        {made ? (
          <FileDelivery key={made.serial} file={made.file}>
            {t('exchange.exported', { file: made.file.name, n: made.total })}
          </FileDelivery>
        ) : null}
      </div>
      {history.length ? (
        <section aria-labelledby="h-history">
          <h3 class="utrecht-heading-3" id="h-history">
            {t('exchange.history')}
          </h3>
          <p class="bs-muted">{t('exchange.historyHelp')}</p>
          <ul class="bs-history">
            {history.slice(0, 10).map((h) => (
              <li key={h.exportSeq}>
                <span>
                  {t('exchange.historyItem', { seq: h.exportSeq, when: formatDateTime(h.at) })}
                  {h.everything ? ` (${t('exchange.historyAll')})` : ''}
                </span>
                <Button
                  variant="subtle"
                  disabled={busy}
                  aria-label={t('exchange.againLabel', { seq: h.exportSeq })}
                  onClick={() => run((p) => exportAgain(h.exportSeq, { passphrase: p }))}
                >
                  {t('exchange.again')}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
