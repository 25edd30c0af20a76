import { useEffect, useRef, useState } from 'preact/hooks';
import { useProcess } from '../../app/useProcess';
import { useWrite } from '../../app/useWrite';
import { ensureDevice } from '../../db/device';
import { useLive } from '../../db/live';
import { makePublication } from '../../db/sync';
import { forgetSync, getSyncConfig, patchSyncConfig, saveSyncConfig, syncStatus } from '../../db/syncStatus';
import { formatDateTime, useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { describedBy, Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { WriteStatus } from '../../ui/WriteStatus';
import { createSyncApi, type DeviceInfo, normaliseServer, type Paired, SyncHttpError } from './api';
import { pairingPayload, parsePairing } from './pairing';
import { QrCode } from './QrCode';
import { startScheduler, stopScheduler, syncNow } from './scheduler';
import { syncErrorText } from './texts';
import './sync.css';
import '../../ui/forms.css';

type Say = { kind: 'ok' | 'info' | 'warning' | 'error'; text: string } | undefined;

/** A refusal or an unreachable server, in the user's words. */
function useRefusal() {
  const t = useT();
  return (e: unknown): Say => {
    if (e instanceof SyncHttpError)
      return {
        kind: 'error',
        text: e.serverMessage
          ? t('sync.refused', { message: e.serverMessage })
          : t('sync.refusedNoText', { code: e.code }),
      };
    return { kind: 'error', text: t('sync.unreachable') };
  };
}

interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
type DetectorCtor = new (opts: { formats: string[] }) => BarcodeDetectorLike;
const detectorCtor = (): DetectorCtor | undefined =>
  (globalThis as { BarcodeDetector?: DetectorCtor }).BarcodeDetector;

/** Scan the coordinator's QR code with the camera, where the browser can (BarcodeDetector). */
function Scanner({ onCode, onStop }: { onCode: (text: string) => void; onStop: (error?: string) => void }) {
  const t = useT();
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    let stream: MediaStream | undefined;
    let stopped = false;
    const Detector = detectorCtor();
    if (!Detector) {
      onStop(t('sync.scanNone'));
      return;
    }
    const detector = new Detector({ formats: ['qr_code'] });
    void (async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
        if (stopped || !video.current) return;
        video.current.srcObject = stream;
        await video.current.play();
        while (!stopped && video.current) {
          const found = await detector.detect(video.current).catch(() => []);
          if (found[0]) {
            onCode(found[0].rawValue);
            return;
          }
          await new Promise((r) => setTimeout(r, 300));
        }
      } catch {
        onStop(t('sync.scanFailed'));
      }
    })();
    return () => {
      stopped = true;
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, []);
  return (
    <div class="bs-scan">
      <p>{t('sync.scanHelp')}</p>
      <video ref={video} muted playsInline width={320} height={240} />
      <Button onClick={() => onStop()}>{t('sync.scanStop')}</Button>
    </div>
  );
}

function PassphraseField({
  value,
  onInput,
  error,
}: {
  value: string;
  onInput: (v: string) => void;
  error?: string;
}) {
  const t = useT();
  return (
    <Field id="sync-pass" label={t('sync.passphrase')} description={t('sync.passphraseHelp')} error={error}>
      <input
        id="sync-pass"
        type="password"
        autocomplete="off"
        class="utrecht-textbox utrecht-textbox--html-input"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy('sync-pass', true, error)}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </Field>
  );
}

/** Not set up yet: pair this tablet, or set the server up as the coordinator. */
function SetUp({ onDone }: { onDone: (say: Say) => void }) {
  const t = useT();
  const process = useProcess();
  const refusal = useRefusal();
  const write = useWrite();
  const [server, setServer] = useState('');
  const [code, setCode] = useState('');
  const [setupCode, setSetupCode] = useState('');
  const [pass, setPass] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [say, setSay] = useState<Say>();
  const [busy, setBusy] = useState(false);
  const [scanning, setScanning] = useState(false);
  // Encrypted by default (privacy by design); the coordinator may turn it off at set-up.
  const [encrypt, setEncrypt] = useState(true);

  const check = (which: 'code' | 'setupCode', value: string): string | null => {
    const e: Record<string, string> = {};
    const s = normaliseServer(server);
    if (!s) e.server = t('sync.errServer');
    if (!value.trim()) e[which] = t('sync.errCode');
    if (pass && pass.length < 8) e.pass = t('sync.errPassphrase');
    if (which === 'setupCode' && encrypt && !pass) e.pass = t('sync.errPassphraseNeeded');
    setErrors(e);
    const first = Object.keys(e)[0];
    if (first) {
      document
        .getElementById(
          { server: 'sync-server', code: 'sync-code', setupCode: 'sync-setup', pass: 'sync-pass' }[first]!,
        )
        ?.focus();
      return null;
    }
    return s;
  };

  const connect = async (
    s: string,
    call: (api: ReturnType<typeof createSyncApi>) => Promise<Paired>,
    done: string,
  ) => {
    setBusy(true);
    setSay({ kind: 'info', text: t('sync.connecting') });
    let paired: Paired;
    try {
      paired = await call(createSyncApi(s, null));
    } catch (e) {
      setBusy(false);
      setSay(refusal(e));
      return;
    }
    const device = await ensureDevice();
    const r = await write.run('saveSyncConfig', () =>
      saveSyncConfig({
        server: s,
        token: paired.token,
        role: paired.role,
        processId: paired.processId,
        deviceId: device.id,
        passphrase: pass || undefined,
        encryptionRequired: paired.encryptionRequired,
        pairedAt: new Date().toISOString(),
      }),
    );
    setBusy(false);
    if (!r.ok) return setSay(undefined);
    // This part of the screen gives way to the status: the screen keeps the message.
    onDone(
      paired.encryptionRequired && !pass
        ? { kind: 'warning', text: `${done} ${t('sync.needsPassphrase')}` }
        : { kind: 'ok', text: done },
    );
    startScheduler();
  };

  const pair = async (s: string, c: string) => {
    const device = await ensureDevice();
    await connect(
      s,
      (api) => api.pair({ code: c.trim(), deviceId: device.id, label: device.label }),
      t('sync.paired'),
    );
  };

  return (
    <>
      <div aria-live="polite">
        {say ? <Notice kind={say.kind}>{say.text}</Notice> : null}
        <WriteStatus write={write} />
      </div>
      <section class="bs-card" aria-labelledby="h-sync-server">
        <h2 class="utrecht-heading-2" id="h-sync-server">
          {t('sync.serverTitle')}
        </h2>
        <Field
          id="sync-server"
          label={t('sync.server')}
          description={t('sync.serverHelp')}
          error={errors.server}
        >
          <input
            id="sync-server"
            type="url"
            inputMode="url"
            autocomplete="url"
            class="utrecht-textbox utrecht-textbox--html-input"
            value={server}
            aria-invalid={errors.server ? true : undefined}
            aria-describedby={describedBy('sync-server', true, errors.server)}
            onInput={(e) => setServer(e.currentTarget.value)}
          />
        </Field>
        <PassphraseField value={pass} onInput={setPass} error={errors.pass} />
      </section>
      <section class="bs-card" aria-labelledby="h-sync-tablet">
        <h2 class="utrecht-heading-2" id="h-sync-tablet">
          {t('sync.tablet.title')}
        </h2>
        <p>{t('sync.tablet.intro')}</p>
        <form
          aria-labelledby="h-sync-tablet"
          onSubmit={(e) => {
            e.preventDefault();
            const s = check('code', code);
            if (s) void pair(s, code);
          }}
        >
          <Field id="sync-code" label={t('sync.code')} error={errors.code}>
            <input
              id="sync-code"
              autocomplete="off"
              autocapitalize="characters"
              spellcheck={false}
              class="utrecht-textbox utrecht-textbox--html-input bs-code-input"
              value={code}
              aria-invalid={errors.code ? true : undefined}
              aria-describedby={describedBy('sync-code', false, errors.code)}
              onInput={(e) => setCode(e.currentTarget.value)}
            />
          </Field>
          <div class="bs-actions">
            <Button type="submit" variant="primary" disabled={busy}>
              {t('sync.pair')}
            </Button>
            {detectorCtor() && !scanning ? (
              <Button onClick={() => setScanning(true)} disabled={busy}>
                {t('sync.scan')}
              </Button>
            ) : null}
          </div>
        </form>
        {scanning ? (
          <Scanner
            onStop={(error) => {
              setScanning(false);
              if (error) setSay({ kind: 'error', text: error });
            }}
            onCode={(text) => {
              setScanning(false);
              const p = parsePairing(text);
              if (!p) return setSay({ kind: 'error', text: t('sync.scanWrong') });
              setServer(p.server);
              setCode(p.code);
              void pair(p.server, p.code);
            }}
          />
        ) : null}
      </section>
      <section class="bs-card" aria-labelledby="h-sync-coord">
        <h2 class="utrecht-heading-2" id="h-sync-coord">
          {t('sync.coord.title')}
        </h2>
        <p>{t('sync.coord.intro')}</p>
        {process ? (
          <form
            aria-labelledby="h-sync-coord"
            onSubmit={(e) => {
              e.preventDefault();
              const s = check('setupCode', setupCode);
              if (!s) return;
              void (async () => {
                const device = await ensureDevice();
                await connect(
                  s,
                  (api) =>
                    api.setup({
                      code: setupCode.trim(),
                      processId: process.id,
                      deviceId: device.id,
                      label: device.label,
                      encryptionRequired: encrypt,
                    }),
                  t('sync.setupDone'),
                );
              })();
            }}
          >
            <Field id="sync-setup" label={t('sync.setupCode')} error={errors.setupCode}>
              <input
                id="sync-setup"
                autocomplete="off"
                spellcheck={false}
                class="utrecht-textbox utrecht-textbox--html-input bs-code-input"
                value={setupCode}
                aria-invalid={errors.setupCode ? true : undefined}
                aria-describedby={describedBy('sync-setup', false, errors.setupCode)}
                onInput={(e) => setSetupCode(e.currentTarget.value)}
              />
            </Field>
            <div class="bs-encrypt">
              <input
                id="sync-encrypt"
                type="checkbox"
                class="utrecht-checkbox utrecht-checkbox--html-input"
                checked={encrypt}
                aria-describedby="sync-encrypt-desc"
                onChange={(e) => setEncrypt(e.currentTarget.checked)}
              />
              <label for="sync-encrypt" class="utrecht-form-label">
                {t('sync.policy.label')}
              </label>
              <p class="bs-muted" id="sync-encrypt-desc">
                {t('sync.policy.setupHelp')}
              </p>
            </div>
            <div class="bs-actions">
              <Button type="submit" disabled={busy}>
                {t('sync.setup')}
              </Button>
            </div>
          </form>
        ) : (
          <Notice kind="warning">{t('sync.noProcess')}</Notice>
        )}
      </section>
    </>
  );
}

/** Set up: what happened last, "Nu synchroniseren", the passphrase, stop. */
function Status({ onDone }: { onDone: (say: Say) => void }) {
  const t = useT();
  const status = useLive(() => syncStatus(), []);
  const write = useWrite();
  const [say, setSay] = useState<Say>();
  const [busy, setBusy] = useState(false);
  const [pass, setPass] = useState('');
  const [passError, setPassError] = useState<string | undefined>();
  const [asking, setAsking] = useState(false);
  if (!status) return null;
  const { config, state } = status;
  const now = async () => {
    setBusy(true);
    setSay({ kind: 'info', text: t('sync.busy') });
    const r = await syncNow();
    setBusy(false);
    if (!r) return setSay(undefined);
    setSay(
      r.ok
        ? { kind: 'ok', text: t('sync.done', { pushed: r.pushed, pulled: r.pulled }) }
        : { kind: 'error', text: syncErrorText(t, r.error) },
    );
  };
  return (
    <section class="bs-card" aria-labelledby="h-sync-state" data-testid="sync-state">
      <h2 class="utrecht-heading-2" id="h-sync-state">
        {t('sync.state.title')}
      </h2>
      <p>{t('sync.state.server', { server: config.server })}</p>
      <p>{t(config.role === 'device' ? 'sync.state.device' : 'sync.state.coordinator')}</p>
      <p>{t(config.hasPassphrase ? 'sync.state.encrypted' : 'sync.state.plain')}</p>
      {config.encryptionRequired && !config.hasPassphrase ? (
        <Notice kind="warning">{t('sync.needsPassphrase')}</Notice>
      ) : null}
      {config.role === 'device' ? (
        <p data-testid="sync-last">
          {state.lastPushAt
            ? t('sync.status.lastPush', { when: formatDateTime(state.lastPushAt) })
            : t('sync.status.never')}
          {' — '}
          {status.waiting ? t('sync.status.waiting', { n: status.waiting }) : t('sync.status.allIn')}
        </p>
      ) : state.lastPullAt ? (
        <p data-testid="sync-last">{t('sync.status.lastPull', { when: formatDateTime(state.lastPullAt) })}</p>
      ) : null}
      {state.error ? (
        <Notice kind={state.revoked ? 'warning' : 'error'}>{syncErrorText(t, state.error)}</Notice>
      ) : null}
      <div class="bs-actions">
        <Button variant="primary" big disabled={busy} onClick={() => void now()}>
          {t('sync.now')}
        </Button>
      </div>
      <div aria-live="polite">{say ? <Notice kind={say.kind}>{say.text}</Notice> : null}</div>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (pass.length < 8) {
            setPassError(t('sync.errPassphrase'));
            document.getElementById('sync-pass')?.focus();
            return;
          }
          setPassError(undefined);
          const r = await write.run('syncPassphrase', () => patchSyncConfig({ passphrase: pass }));
          if (r.ok) {
            setPass('');
            setSay({ kind: 'ok', text: t('sync.passphraseSaved') });
          }
        }}
      >
        <PassphraseField value={pass} onInput={setPass} error={passError} />
        <div class="bs-actions">
          <Button type="submit">{t('sync.savePassphrase')}</Button>
        </div>
      </form>
      <WriteStatus write={write} />
      {asking ? (
        <div class="bs-actions">
          <p>{t('sync.forgetConfirm')}</p>
          <Button
            variant="danger"
            onClick={async () => {
              stopScheduler();
              const r = await write.run('forgetSync', () => forgetSync());
              setAsking(false);
              if (r.ok) onDone({ kind: 'ok', text: t('sync.forgotten') });
            }}
          >
            {t('sync.forgetYes')}
          </Button>
          <Button onClick={() => setAsking(false)}>{t('action.cancel')}</Button>
        </div>
      ) : (
        <div class="bs-actions">
          <Button variant="subtle" onClick={() => setAsking(true)}>
            {t('sync.forget')}
          </Button>
        </div>
      )}
    </section>
  );
}

/** An API for the coordinator's own calls (pairing codes, devices, policy, publishing). */
async function coordinatorApi() {
  const config = await getSyncConfig();
  if (!config) throw new Error('not set up');
  return { api: createSyncApi(config.server, config.token), config };
}

function Pairing() {
  const t = useT();
  const refusal = useRefusal();
  const [made, setMade] = useState<{ code: string; expiresAt: string; server: string } | undefined>();
  const [say, setSay] = useState<Say>();
  const [busy, setBusy] = useState(false);
  return (
    <section class="bs-card" aria-labelledby="h-sync-pairing">
      <h2 class="utrecht-heading-2" id="h-sync-pairing">
        {t('sync.pairing.title')}
      </h2>
      <p>{t('sync.pairing.intro')}</p>
      <div class="bs-actions">
        <Button
          variant="primary"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            setSay(undefined);
            try {
              const { api, config } = await coordinatorApi();
              const r = await api.pairingCode();
              setMade({ ...r, server: config.server });
            } catch (e) {
              setSay(refusal(e));
            }
            setBusy(false);
          }}
        >
          {t('sync.pairing.make')}
        </Button>
      </div>
      <div aria-live="polite">
        {say ? <Notice kind={say.kind}>{say.text}</Notice> : null}
        {made ? (
          <div class="bs-pairing">
            <div>
              <p>
                {t('sync.server')}: <strong>{made.server}</strong>
              </p>
              <p>
                {t('sync.pairing.code')}:{' '}
                <strong class="bs-pairing__code" data-testid="pairing-code">
                  {made.code}
                </strong>
              </p>
              <p class="bs-muted">{t('sync.pairing.expires', { when: formatDateTime(made.expiresAt) })}</p>
            </div>
            <QrCode
              text={pairingPayload(made.server, made.code)}
              label={t('sync.pairing.qr', { code: made.code })}
            />
          </div>
        ) : null}
      </div>
    </section>
  );
}

function Devices() {
  const t = useT();
  const refusal = useRefusal();
  const [list, setList] = useState<DeviceInfo[] | undefined>();
  const [say, setSay] = useState<Say>();
  const [asking, setAsking] = useState<DeviceInfo | undefined>();
  const load = async () => {
    try {
      const { api } = await coordinatorApi();
      setList(await api.devices());
      setSay(undefined);
    } catch (e) {
      setSay(refusal(e));
    }
  };
  useEffect(() => {
    void load();
  }, []);
  const tablets = (list ?? []).filter((d) => d.role !== 'coordinator');
  return (
    <section class="bs-card" aria-labelledby="h-sync-devices">
      <h2 class="utrecht-heading-2" id="h-sync-devices">
        {t('sync.devices.title')}
      </h2>
      <div aria-live="polite">{say ? <Notice kind={say.kind}>{say.text}</Notice> : null}</div>
      {list && !tablets.length ? <p>{t('sync.devices.none')}</p> : null}
      {tablets.length ? (
        <ul class="bs-devices" data-testid="sync-devices">
          {tablets.map((d) => (
            <li key={d.deviceId} data-revoked={d.revokedAt ? 'true' : 'false'}>
              <span>
                <strong>{d.label}</strong>{' '}
                {d.revokedAt ? t('sync.devices.revoked') : t('sync.devices.active')}
                {d.lastSeenAt
                  ? ` — ${t('sync.devices.lastSeen', { when: formatDateTime(d.lastSeenAt) })}`
                  : ''}
              </span>
              {d.revokedAt ? null : (
                <Button
                  variant="danger"
                  aria-label={t('sync.devices.revokeLabel', { label: d.label })}
                  onClick={() => setAsking(d)}
                >
                  {t('sync.devices.revoke')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {asking ? (
        <div
          class="bs-actions"
          role="group"
          aria-label={t('sync.devices.revokeLabel', { label: asking.label })}
        >
          <p>{t('sync.devices.revokeConfirm', { label: asking.label })}</p>
          <Button
            variant="danger"
            onClick={async () => {
              const d = asking;
              setAsking(undefined);
              try {
                const { api } = await coordinatorApi();
                await api.revoke(d.deviceId);
              } catch (e) {
                setSay(refusal(e));
              }
              await load();
            }}
          >
            {t('sync.devices.revokeYes')}
          </Button>
          <Button onClick={() => setAsking(undefined)}>{t('action.cancel')}</Button>
        </div>
      ) : null}
      <div class="bs-actions">
        <Button variant="subtle" onClick={() => void load()}>
          {t('sync.devices.refresh')}
        </Button>
      </div>
    </section>
  );
}

function PolicyAndPublish({ initial }: { initial: boolean }) {
  const t = useT();
  const refusal = useRefusal();
  const [required, setRequired] = useState(initial);
  const [say, setSay] = useState<Say>();
  const [busy, setBusy] = useState(false);
  const write = useWrite();
  return (
    <>
      <section class="bs-card" aria-labelledby="h-sync-policy">
        <h2 class="utrecht-heading-2" id="h-sync-policy">
          {t('sync.policy.title')}
        </h2>
        <div class="bs-encrypt">
          <input
            id="sync-policy"
            type="checkbox"
            class="utrecht-checkbox utrecht-checkbox--html-input"
            checked={required}
            aria-describedby="sync-policy-desc"
            onChange={async (e) => {
              const want = e.currentTarget.checked;
              try {
                const { api } = await coordinatorApi();
                await api.setPolicy({ encryptionRequired: want });
                await patchSyncConfig({ encryptionRequired: want });
                setRequired(want);
                setSay({ kind: 'ok', text: t('sync.policy.saved') });
              } catch (err) {
                setSay(refusal(err));
              }
            }}
          />
          <label for="sync-policy" class="utrecht-form-label">
            {t('sync.policy.label')}
          </label>
          <p class="bs-muted" id="sync-policy-desc">
            {t('sync.policy.help')}
          </p>
        </div>
      </section>
      <section class="bs-card" aria-labelledby="h-sync-publish">
        <h2 class="utrecht-heading-2" id="h-sync-publish">
          {t('sync.publish.title')}
        </h2>
        <p>{t('sync.publish.intro')}</p>
        <div class="bs-actions">
          <Button
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              setSay(undefined);
              const { api, config } = await coordinatorApi();
              const r = await write.run('publishSync', () => makePublication(config.passphrase || undefined));
              if (r.ok && r.value) {
                try {
                  await api.publish(r.value.sha256, r.value.text);
                  setSay({ kind: 'ok', text: t('sync.publish.done') });
                } catch (e) {
                  setSay(refusal(e));
                }
              }
              setBusy(false);
            }}
          >
            {t('sync.publish.button')}
          </Button>
        </div>
        <WriteStatus write={write} />
      </section>
      <div aria-live="polite">{say ? <Notice kind={say.kind}>{say.text}</Notice> : null}</div>
    </>
  );
}

/** Synchronisation (issue 15 item 5): set up, pair, status; for the coordinator pairing and devices. */
export default function SyncScreen() {
  const t = useT();
  const config = useLive(async () => (await getSyncConfig()) ?? null, []);
  const [done, setDone] = useState<Say>();
  return (
    <div class="bs-sync">
      <h1 class="utrecht-heading-1">{t('sync.title')}</h1>
      <p>{t('sync.intro')}</p>
      <div aria-live="polite">{done ? <Notice kind={done.kind}>{done.text}</Notice> : null}</div>
      {config === undefined ? (
        <p class="bs-muted">{t('app.loading')}</p>
      ) : config === null ? (
        <SetUp onDone={setDone} />
      ) : (
        <>
          <Status onDone={setDone} />
          {config.role === 'coordinator' ? (
            <>
              <Pairing />
              <Devices />
              <PolicyAndPublish initial={config.encryptionRequired !== false} />
            </>
          ) : null}
        </>
      )}
    </div>
  );
}
