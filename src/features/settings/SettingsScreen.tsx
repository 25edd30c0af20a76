import { useState } from 'preact/hooks';
import { useProcess } from '../../app/useProcess';
import { ensureDevice, setDeviceLabel } from '../../db/device';
import { useLive } from '../../db/live';
import { readConfigText, saveProcessConfig } from '../../db/processes';
import { CONFIG_FORMAT, CONFIG_VERSION, type Process, type ProcessConfig } from '../../domain/process';
import type { Problem } from '../../domain/validation';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice, ProblemList } from '../../ui/Notice';

export function configOf(p: Process): ProcessConfig {
  const { id: _i, createdAt: _c, updatedAt: _u, deviceId: _d, rev: _r, deleted: _x, ...config } = p;
  return config;
}

function DeviceSection() {
  const t = useT();
  const device = useLive(() => ensureDevice(), []);
  const [label, setLabel] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  if (!device) return null;
  return (
    <section aria-labelledby="h-device" class="bs-card">
      <h2 class="utrecht-heading-2" id="h-device">
        {t('settings.device')}
      </h2>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          await setDeviceLabel(label ?? device.label);
          setSaved(true);
        }}
      >
        <Field
          id="device-label"
          label={t('settings.deviceLabel')}
          description={t('settings.deviceLabelHelp')}
        >
          <input
            id="device-label"
            class="utrecht-textbox utrecht-textbox--html-input"
            value={label ?? device.label}
            aria-describedby="device-label-desc"
            onInput={(e) => {
              setSaved(false);
              setLabel(e.currentTarget.value);
            }}
          />
        </Field>
        <p class="bs-muted">{t('settings.deviceId', { id: device.id })}</p>
        <div class="bs-actions">
          <Button type="submit">{t('action.save')}</Button>
          {saved ? <span role="status">{t('settings.saved')}</span> : null}
        </div>
      </form>
    </section>
  );
}

function ConfigFileSection({ process }: { process: Process | null }) {
  const t = useT();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [loaded, setLoaded] = useState(false);

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    setLoaded(false);
    setProblems([]);
    if (!file) return;
    const parsed = readConfigText(await file.text());
    input.value = '';
    if (!parsed.ok) {
      setProblems(parsed.problems);
      return;
    }
    await saveProcessConfig(parsed.value.process, process?.id);
    setLoaded(true);
  };

  const download = () => {
    if (!process) return;
    const body = JSON.stringify(
      { format: CONFIG_FORMAT, version: CONFIG_VERSION, process: configOf(process) },
      null,
      2,
    );
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
    a.download = 'buurtstem-configuratie.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  return (
    <section aria-labelledby="h-config-file" class="bs-card">
      <h2 class="utrecht-heading-2" id="h-config-file">
        {t('settings.loadFile')}
      </h2>
      <Field id="config-file" label={t('settings.loadFile')} description={t('settings.loadFileHelp')}>
        <input
          id="config-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="config-file-desc"
          onChange={onFile}
        />
      </Field>
      {problems.length ? <ProblemList title={t('settings.fileRefused')} problems={problems} /> : null}
      {loaded ? <Notice kind="ok">{t('settings.loadedFile')}</Notice> : null}
      {process ? (
        <div class="bs-actions">
          <Button onClick={download}>{t('settings.download')}</Button>
        </div>
      ) : null}
    </section>
  );
}

/** Settings: this device, and the participation process configuration. */
export default function SettingsScreen() {
  const t = useT();
  const process = useProcess();
  if (process === undefined) return <p class="bs-muted">{t('app.loading')}</p>;
  return (
    <>
      <h1 class="utrecht-heading-1">{t('settings.title')}</h1>
      <DeviceSection />
      <h2 class="utrecht-heading-2">{t('settings.config')}</h2>
      <p>{t('settings.configIntro')}</p>
      {process ? (
        <p>
          <strong>{process.name}</strong> — {process.area}
        </p>
      ) : null}
      <ConfigFileSection process={process} />
    </>
  );
}
