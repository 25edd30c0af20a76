import { useState } from 'preact/hooks';
import { useWrite } from '../../app/useWrite';
import { saveProcessConfig } from '../../db/processes';
import { CONFIG_FORMAT, CONFIG_VERSION, type Process, type ProcessConfig } from '../../domain/process';
import type { Problem } from '../../domain/validation';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice, ProblemList } from '../../ui/Notice';
import { WriteStatus } from '../../ui/WriteStatus';
import { readConfigFile } from './fieldLabels';

export function configOf(p: Process): ProcessConfig {
  const { id: _i, createdAt: _c, updatedAt: _u, deviceId: _d, rev: _r, deleted: _x, ...config } = p;
  return config;
}

/** Load a configuration file (refused with Dutch problems when wrong), or download the current one. */
export function ConfigFileSection({
  process,
  onLoaded,
}: {
  process: Process | null;
  onLoaded?: () => Promise<void> | void;
}) {
  const t = useT();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [loaded, setLoaded] = useState(false);
  const write = useWrite();

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    setLoaded(false);
    setProblems([]);
    if (!file) return;
    const parsed = readConfigFile(await file.text());
    input.value = '';
    if (!parsed.ok) {
      setProblems(parsed.problems);
      return;
    }
    const r = await write.run('saveProcessConfig', async () => {
      await saveProcessConfig(parsed.value.process, process?.id);
      await onLoaded?.();
    });
    if (r.ok) setLoaded(true);
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
      <WriteStatus write={write} />
      {process ? (
        <div class="bs-actions">
          <Button onClick={download}>{t('settings.download')}</Button>
        </div>
      ) : null}
    </section>
  );
}
