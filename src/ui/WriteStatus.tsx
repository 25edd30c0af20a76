import type { Write } from '../app/useWrite';
import type { Problem } from '../domain/validation';
import { useT } from '../i18n';
import { Notice, ProblemList } from './Notice';
import { UndoBar } from './UndoBar';

/**
 * What useWrite has to say: the failure (with the problems per field when a record did not pass
 * its schema) or the undo offer. `problems: false` when the screen shows the problems at its
 * fields itself; `labelProblems` names the fields for the user; `invalidTitle` heads the list.
 */
export function WriteStatus({
  write,
  problems = true,
  labelProblems,
  invalidTitle,
}: {
  write: Pick<Write, 'failure' | 'undo'>;
  problems?: boolean;
  labelProblems?: (problems: Problem[]) => Problem[];
  invalidTitle?: string;
}) {
  const t = useT();
  const f = write.failure;
  return (
    <>
      {f ? (
        problems && f.problems.length > 0 ? (
          <ProblemList
            title={invalidTitle ?? t(f.message)}
            problems={labelProblems ? labelProblems(f.problems) : f.problems}
          />
        ) : (
          <Notice kind="error">{t(f.message)}</Notice>
        )
      ) : null}
      {write.undo ? <UndoBar text={write.undo.text} onUndo={() => void write.undo?.run()} /> : null}
    </>
  );
}
