import type { Problem } from '../domain/validation';

/** Problems found while loading the shipped configuration on first start (shown on the home screen). */
let problems: Problem[] = [];

export function setStartupProblems(p: Problem[]): void {
  problems = p;
}

export function startupProblems(): Problem[] {
  return problems;
}
