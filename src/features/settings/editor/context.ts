import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { DraftConfig } from './model';

export interface EditorApi {
  d: DraftConfig;
  /** Change the draft (kept across reloads). */
  edit: (fn: (d: DraftConfig) => DraftConfig) => void;
  /** Remove something with an undo offer; `label` names it in the message. */
  remove: (fn: (d: DraftConfig) => DraftConfig, label: string) => void;
  /** Problems of the last save attempt, by field id (see fieldId). */
  errors: Record<string, string>;
}

export const EditorContext = createContext<EditorApi | null>(null);

export function useEditor(): EditorApi {
  const api = useContext(EditorContext);
  if (!api) throw new Error('useEditor outside ConfigEditor');
  return api;
}
