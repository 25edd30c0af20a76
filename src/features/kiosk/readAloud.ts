import { useEffect, useState } from 'preact/hooks';

/**
 * Read the screen aloud with the device's own speech synthesis (nothing leaves the device).
 * Each text is spoken with a voice of its own language (the nearest `lang` attribute); texts in a
 * language without a voice are skipped. The button is only shown when the resident's language has
 * a voice.
 */
const synth = (): SpeechSynthesis | undefined =>
  typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;

export function useVoices(): SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() => synth()?.getVoices() ?? []);
  useEffect(() => {
    const s = synth();
    if (!s) return;
    const on = () => setVoices(s.getVoices());
    on();
    s.addEventListener('voiceschanged', on);
    return () => s.removeEventListener('voiceschanged', on);
  }, []);
  return voices;
}

export function voiceFor(voices: SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | undefined {
  const l = lang.toLowerCase();
  return voices.find((v) => v.lang.toLowerCase().replace('_', '-').split('-')[0] === l);
}

const READ = 'h1, h2, p, li, legend, label, dt, dd';

/** Speak the texts of `root` in order; `onEnd` when done or stopped. */
export function readAloud(root: HTMLElement, voices: SpeechSynthesisVoice[], onEnd: () => void): void {
  const s = synth();
  if (!s) return;
  s.cancel();
  const all = [...root.querySelectorAll<HTMLElement>(READ)];
  const parts = all.filter(
    (el) => !all.some((other) => other !== el && other.contains(el)) && !el.closest('[aria-hidden="true"]'),
  );
  let last: SpeechSynthesisUtterance | undefined;
  for (const el of parts) {
    const text = el.textContent?.replace(/\s+/g, ' ').trim();
    const lang = el.closest('[lang]')?.getAttribute('lang') ?? 'nl';
    const voice = voiceFor(voices, lang);
    if (!text || !voice) continue;
    const u = new SpeechSynthesisUtterance(text);
    u.voice = voice;
    u.lang = voice.lang;
    s.speak(u);
    last = u;
  }
  if (last) {
    last.onend = onEnd;
    last.onerror = onEnd;
  } else onEnd();
}

export function stopReading(): void {
  synth()?.cancel();
}
