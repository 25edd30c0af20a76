import { useEffect, useRef, useState } from 'preact/hooks';
import { InvalidRecordError, StorageFullError } from '../db/errors';
import type { Problem } from '../domain/validation';
import type { MessageKey } from '../i18n';
import { setBusy } from './busy';

/** What a failed command means for the user: one message from the catalogue, and field problems. */
export interface WriteFailure {
  message: MessageKey;
  problems: Problem[];
  error: unknown;
}

/**
 * The one mapping from a failed write to what the screen says: a full device, a record that does
 * not pass its schema (with the problems per field), or anything else (`fallback`).
 */
export function writeFailure(error: unknown, fallback: MessageKey = 'app.error'): WriteFailure {
  if (error instanceof StorageFullError) return { message: 'storage.full', problems: [], error };
  if (error instanceof InvalidRecordError)
    return { message: 'write.invalid', problems: error.problems, error };
  return { message: fallback, problems: [], error };
}

export type WriteResult<T> = { ok: true; value: T } | { ok: false; failure: WriteFailure };

export interface WriteOptions<T> {
  /** The command's inverse: offered as "Ongedaan maken" after success, with `undoText` beside it. */
  undo?: (value: T) => Promise<unknown>;
  undoText?: string | ((value: T) => string);
  /** The message for an unexpected failure (default "Er ging iets mis…"). */
  fallback?: MessageKey;
}

export interface UndoOffer {
  text: string;
  run: () => Promise<void>;
}

export interface Write {
  /**
   * Run a named command (a repository function from src/db). While it runs the app is busy (no
   * update reload). On failure the message is set and nothing else happens: the form keeps what
   * the user typed. On success a previous message is cleared and, when the command has an
   * inverse, the undo is offered.
   */
  run<T>(name: string, command: () => Promise<T>, options?: WriteOptions<T>): Promise<WriteResult<T>>;
  /** The failure to show, or undefined. */
  failure: WriteFailure | undefined;
  /** The undo offer after the last successful command with an inverse. */
  undo: UndoOffer | undefined;
  /** Forget the message and the undo offer (e.g. when the user starts something new). */
  clear(): void;
}

/** A screen that shows while its command runs (`useWrite({ showsBusy: true })`). */
export interface BusyWrite extends Write {
  /** A command is running (disable its button). */
  busy: boolean;
}

let serial = 0;

/**
 * Screens change data only through this hook (Excalidraw's action manager is the model): it owns
 * busy marking, the one message for a failure and the undo offer, so no screen maps errors itself.
 * Show its state with <WriteStatus write={…} />.
 */
export function useWrite(): Write;
/**
 * `showsBusy`: the screen shows that a command runs (a disabled button): it renders twice more per
 * command (busy, then not). Only where it is shown: the capture form's save rendered the whole form
 * while its transaction ran (measured: 3-5 ms of render between the requests and the commit).
 */
export function useWrite(options: { showsBusy: true }): BusyWrite;
export function useWrite(options: { showsBusy?: boolean } = {}): Write {
  const showsBusy = options.showsBusy ?? false;
  const [running, setRunning] = useState(0);
  const [failure, setFailure] = useState<WriteFailure | undefined>(undefined);
  const [undo, setUndo] = useState<UndoOffer | undefined>(undefined);
  const alive = useRef(true);
  const reasons = useRef(new Set<string>());
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      // A write that outlives its screen still finishes; it just no longer blocks an update.
      for (const r of reasons.current) setBusy(r, false);
      reasons.current.clear();
    };
  }, []);

  const run = async <T>(
    name: string,
    command: () => Promise<T>,
    options: WriteOptions<T> = {},
  ): Promise<WriteResult<T>> => {
    const reason = `write:${name}:${++serial}`;
    reasons.current.add(reason);
    setBusy(reason, true);
    // The busy render waits for the next task: queued now (a microtask), it would run before the
    // command's transaction opens and sends its requests, and hold them back by its whole length
    // (measured on a contribution's save: the form's render, 1-8 ms, between write() and the
    // transaction). Started after them, it runs while the database works.
    let shown = false;
    const show = showsBusy
      ? setTimeout(() => {
          shown = true;
          if (alive.current) setRunning((n) => n + 1);
        }, 0)
      : undefined;
    try {
      const value = await command();
      if (alive.current) {
        setFailure(undefined);
        const inverse = options.undo;
        if (inverse) {
          const text =
            typeof options.undoText === 'function' ? options.undoText(value) : (options.undoText ?? '');
          setUndo({
            text,
            run: async () => {
              const r = await run(`undo:${name}`, () => inverse(value));
              if (r.ok && alive.current) setUndo(undefined);
            },
          });
        } else setUndo(undefined);
      }
      return { ok: true, value };
    } catch (error) {
      const f = writeFailure(error, options.fallback);
      // Expected failures have their message; anything else is also logged for whoever debugs.
      if (f.message !== 'storage.full' && f.message !== 'write.invalid') console.error(name, error);
      if (alive.current) setFailure(f);
      return { ok: false, failure: f };
    } finally {
      reasons.current.delete(reason);
      setBusy(reason, false);
      clearTimeout(show);
      if (shown && alive.current) setRunning((n) => n - 1);
    }
  };

  const write: Write = {
    run,
    failure,
    undo,
    clear: () => {
      setFailure(undefined);
      setUndo(undefined);
    },
  };
  // Only a screen that shows busy gets it: the others are not rendered for it (see above).
  if (!showsBusy) return write;
  const busyWrite: BusyWrite = { ...write, busy: running > 0 };
  return busyWrite;
}
