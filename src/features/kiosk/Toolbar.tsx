import { useState } from 'preact/hooks';
import type { KioskSession } from '../../domain/kiosk';
import { KIcon } from './kioskIcons';
import { readAloud, stopReading, useVoices, voiceFor } from './readAloud';
import { useResident } from './resident';

/**
 * The bar on every resident screen: progress ("Stap 2 van 8"), text size A / A+ / A++, high
 * contrast, and read aloud (only when the device has a voice for the resident's language).
 */
export function Toolbar({
  session,
  progress,
  onChange,
  readRoot,
}: {
  session: KioskSession;
  progress: { n: number; total: number } | null;
  onChange: (patch: Partial<Pick<KioskSession, 'textSize' | 'contrast'>>) => void;
  readRoot: () => HTMLElement | null;
}) {
  const { r, lang } = useResident();
  const voices = useVoices();
  const [reading, setReading] = useState(false);
  const canRead = voiceFor(voices, lang) !== undefined;
  const toggleRead = () => {
    if (reading) {
      stopReading();
      setReading(false);
      return;
    }
    const root = readRoot();
    if (!root) return;
    setReading(true);
    readAloud(root, voices, () => setReading(false));
  };
  return (
    <div class="bs-k-bar__inner">
      {progress ? (
        <div class="bs-k-progress">
          <span>{r('resident.progress', progress)}</span>
          <span class="bs-k-progress__track" aria-hidden="true">
            <span
              class="bs-k-progress__fill"
              style={{ width: `${Math.round((progress.n / progress.total) * 100)}%` }}
            />
          </span>
        </div>
      ) : (
        <span />
      )}
      <div class="bs-k-tools" role="group" aria-label={r('resident.tools.label')}>
        <div class="bs-k-sizes" role="group" aria-label={r('resident.tools.size')}>
          {([1, 2, 3] as const).map((s) => (
            <button
              key={s}
              type="button"
              class={`bs-k-tool bs-k-tool--size${s}${session.textSize === s ? ' is-on' : ''}`}
              aria-pressed={session.textSize === s}
              onClick={() => onChange({ textSize: s })}
              dir="ltr"
            >
              A{'+'.repeat(s - 1)}
              <span class="visually-hidden"> {r(`resident.tools.size${s}`)}</span>
            </button>
          ))}
        </div>
        <button
          type="button"
          class={`bs-k-tool${session.contrast ? ' is-on' : ''}`}
          aria-pressed={session.contrast}
          onClick={() => onChange({ contrast: !session.contrast })}
        >
          <KIcon name="contrast" size={24} />
          <span class="bs-k-tool__text">{r('resident.tools.contrast')}</span>
        </button>
        {canRead ? (
          <button type="button" class="bs-k-tool" onClick={toggleRead} data-testid="kiosk-read">
            <KIcon name={reading ? 'stop' : 'speaker'} size={24} />
            <span class="bs-k-tool__text">
              {r(reading ? 'resident.tools.stopRead' : 'resident.tools.read')}
            </span>
          </button>
        ) : null}
      </div>
    </div>
  );
}
