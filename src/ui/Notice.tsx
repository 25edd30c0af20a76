import type { ComponentChildren } from 'preact';

type Kind = 'info' | 'ok' | 'warning' | 'error';

/** NL Design System alert. Errors are announced (role=alert), others politely (role=status). */
export function Notice({ kind = 'info', children }: { kind?: Kind; children: ComponentChildren }) {
  return (
    <div
      class={`utrecht-alert utrecht-alert--${kind} bs-notice`}
      role={kind === 'error' ? 'alert' : 'status'}
    >
      <div class="utrecht-alert__message">{children}</div>
    </div>
  );
}

/** A list of validation problems under a heading. */
export function ProblemList({
  title,
  problems,
}: {
  title: string;
  problems: { field: string; message: string }[];
}) {
  return (
    <Notice kind="error">
      <p class="bs-notice__title">{title}</p>
      <ul>
        {problems.map((p) => (
          <li key={`${p.field}:${p.message}`}>
            <strong>{p.field}</strong>: {p.message}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
