import type { Write } from '../app/useWrite';
import { useT } from '../i18n';
import { Notice, ProblemList } from './Notice';
import { UndoBar } from './UndoBar';

/**
 * What useWrite has to say: the failure (with the problems per field when a record did not pass
 * its schema) or the undo offer. `problems: false` when the screen shows the problems at its
 * fields itself; `labelField` names a field for the user.
 */
export function WriteStatus({
  write,
  problems = true,
  labelField,
}: {
  write: Pick<Write, 'failure' | 'undo'>;
  problems?: boolean;
  labelField?: (field: string) => string;
}) {
  const t = useT();
  const f = write.failure;
  return (
    <>
      {f ? (
        problems && f.problems.length > 0 ? (
          <ProblemList
            title={t(f.message)}
            problems={f.problems.map((p) => ({ ...p, field: labelField ? labelField(p.field) : p.field }))}
          />
        ) : (
          <Notice kind="error">{t(f.message)}</Notice>
        )
      ) : null}
      {write.undo ? <UndoBar text={write.undo.text} onUndo={() => void write.undo?.run()} /> : null}
    </>
  );
}
