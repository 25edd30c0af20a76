/** Validation problems as people read them (no zod here, so screens can use it cheaply). */
export interface Problem {
  /** Human-readable path of the field, e.g. "buurten › 2 › themeIds › 0". */
  field: string;
  message: string;
}

export function pathText(path: readonly PropertyKey[]): string {
  return path.length === 0
    ? '(bestand)'
    : path.map((p) => (typeof p === 'number' ? p + 1 : String(p))).join(' › ');
}

/** Problems of a failed zod parse (anything with `issues`). */
export function problemsOf(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): Problem[] {
  return error.issues.map((i) => ({ field: pathText(i.path), message: i.message }));
}

export function formatProblems(problems: Problem[], max = 10): string {
  const lines = problems.slice(0, max).map((p) => `${p.field}: ${p.message}`);
  if (problems.length > max) lines.push(`… en nog ${problems.length - max}`);
  return lines.join('\n');
}
