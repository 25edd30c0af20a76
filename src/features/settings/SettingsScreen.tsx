import { useEffect, useState } from 'preact/hooks';
import { useProcess } from '../../app/useProcess';
import { useWrite } from '../../app/useWrite';
import { ensureDevice, readDevice, setDeviceLabel } from '../../db/device';
import { takeNewDeviceId } from '../../db/exchange';
import { useLive } from '../../db/live';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { WriteStatus } from '../../ui/WriteStatus';
import { SyncSettingsLink } from '../sync/SyncSettingsLink';
import { ConfigFileSection } from './ConfigFileSection';
import { ConfigEditor } from './editor/ConfigEditor';
import { LanguagesSection } from './LanguagesSection';
import './settings.css';
import '../../ui/forms.css';

function DeviceSection() {
  const t = useT();
  // Made outside the live query (a live query may not write); the query then sees it.
  useEffect(() => {
    void ensureDevice();
  }, []);
  const device = useLive(() => readDevice(), []);
  const [label, setLabel] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  // The id taken with "Nieuwe apparaatcode" (shown at once; the live query reads the database).
  const [renewed, setRenewed] = useState<string | undefined>();
  const write = useWrite();
  if (!device) return null;
  return (
    <section aria-labelledby="h-device" class="bs-card">
      <h2 class="utrecht-heading-2" id="h-device">
        {t('settings.device')}
      </h2>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if ((await write.run('setDeviceLabel', () => setDeviceLabel(label ?? device.label))).ok)
            setSaved(true);
        }}
      >
        <TextField
          id="device-label"
          label={t('settings.deviceLabel')}
          description={t('settings.deviceLabelHelp')}
          value={label ?? device.label}
          onValue={(value) => {
            setSaved(false);
            setLabel(value);
          }}
        />
        <p class="bs-muted">{t('settings.deviceId', { id: renewed ?? device.id })}</p>
        <WriteStatus write={write} />
        <div class="bs-actions">
          <Button type="submit">{t('action.save')}</Button>
          {saved ? <span role="status">{t('settings.saved')}</span> : null}
        </div>
      </form>
      <NewDeviceId onNew={setRenewed} />
    </section>
  );
}

/**
 * Device identity: a tablet restored from a backup or copied from another one carries the same
 * device id as the original. The coordinator's import says so; this takes a new id (after a
 * confirmation, since export numbers start again).
 */
function NewDeviceId({ onNew }: { onNew: (id: string) => void }) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState<string | undefined>();
  const write = useWrite();
  return (
    <div class="bs-device-id">
      <h3 class="utrecht-heading-3">{t('settings.newId.title')}</h3>
      <p>{t('settings.newId.intro')}</p>
      {asking ? (
        <div class="bs-actions">
          <p>{t('settings.newId.confirm')}</p>
          <Button
            variant="primary"
            onClick={async () => {
              const r = await write.run('takeNewDeviceId', () => takeNewDeviceId());
              setAsking(false);
              if (!r.ok) return;
              setDone(r.value.id);
              onNew(r.value.id);
            }}
          >
            {t('settings.newId.yes')}
          </Button>
          <Button variant="secondary" onClick={() => setAsking(false)}>
            {t('settings.newId.no')}
          </Button>
        </div>
      ) : (
        <div class="bs-actions">
          <Button variant="secondary" onClick={() => setAsking(true)}>
            {t('settings.newId.button')}
          </Button>
          {done ? <span role="status">{t('settings.newId.done', { id: done })}</span> : null}
        </div>
      )}
      <WriteStatus write={write} />
    </div>
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
      <SyncSettingsLink />
      <h2 class="utrecht-heading-2">{t('settings.config')}</h2>
      <p>{t('settings.configIntro')}</p>
      {process ? (
        <p>
          <strong>{process.name}</strong> — {process.area}
        </p>
      ) : null}
      {process ? <ConfigEditor key={process.id} process={process} /> : <ConfigFileSection process={null} />}
      {process ? <LanguagesSection process={process} /> : null}
    </>
  );
}
