import { useT } from '../i18n';
import { Button } from './Button';

/** "… is verwijderd. [Ongedaan maken]" after a change that can be taken back. */
export function UndoBar({ text, onUndo }: { text: string; onUndo: () => void }) {
  const t = useT();
  return (
    <div class="bs-row bs-undo" role="status">
      <span>{text}</span>
      <Button variant="subtle" onClick={onUndo}>
        {t('action.undo')}
      </Button>
    </div>
  );
}
