import { useEffect, useRef } from 'preact/hooks';
import { getLang, useT } from '../../i18n';
import { KIcon } from './kioskIcons';

/**
 * The facilitator's way out: a discreet button in the top left corner. A long press (touch or
 * mouse) opens the PIN pad; a short tap does nothing, so residents do not open it by accident.
 * Keyboard and assistive-technology users activate it directly (a click without pointer, detail 0).
 */
export function ExitCorner({
  longPressMs,
  onOpen,
  buttonRef,
}: {
  longPressMs: number;
  onOpen: () => void;
  buttonRef: { current: HTMLButtonElement | null };
}) {
  const t = useT();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const clear = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = undefined;
  };
  useEffect(() => clear, []);
  return (
    <button
      ref={buttonRef}
      type="button"
      class="bs-k-corner"
      lang={getLang()}
      dir="ltr"
      aria-label={t('kiosk.exit.button')}
      data-testid="kiosk-exit"
      onPointerDown={() => {
        clear();
        timer.current = setTimeout(onOpen, longPressMs);
      }}
      onPointerUp={clear}
      onPointerLeave={clear}
      onPointerCancel={clear}
      onContextMenu={(e) => e.preventDefault()}
      onClick={(e) => {
        if (e.detail === 0) onOpen();
      }}
    >
      <KIcon name="lock" size={20} />
    </button>
  );
}
