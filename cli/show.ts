/**
 * What the command line prints of a file's content. A file is not trusted: its texts may hold
 * terminal escape sequences (ESC [ … that recolour or clear the screen, or set the window title),
 * carriage returns that overwrite a line already printed, bidi overrides that show a text reversed
 * (a "Trojan source" file name), zero-width characters that hide a difference, and lone surrogates.
 * All of them are shown escaped (\x1b, \r, \u{202e}), and long values are cut.
 */

/** Characters never printed as they are: C0 and C1 controls, DEL, bidi controls, invisible ones. */
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this regex's job
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\ufff9-\ufffb\ud800-\udfff]/gu;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeChar(c: string): string {
  const named = NAMED[c];
  if (named) return named;
  const code = c.codePointAt(0)!;
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}

/** Escape what a terminal would act on or hide. Keeps valid surrogate pairs (emoji) as they are. */
export function escapeText(text: string): string {
  return text.replace(UNSAFE, (c) => escapeChar(c));
}

/** Longest value shown in a message (characters, before escaping). */
export const MAX_SHOWN = 80;

/** A value from a file as shown in a message: cut to MAX_SHOWN characters, then escaped. */
export function show(value: unknown, max = MAX_SHOWN): string {
  const text = String(value);
  const chars = Array.from(text);
  const cut = chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
  return escapeText(cut);
}

/**
 * The last guard before the terminal: every line printed is escaped, except the line breaks of the
 * command line's own multi-line texts (help). Values are already shown with `show`.
 */
export function safeLine(line: string): string {
  return line
    .split('\n')
    .map((l) => escapeText(l))
    .join('\n');
}
