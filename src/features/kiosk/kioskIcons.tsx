/** A few extra pictograms for the kiosk controls (same style as src/ui/icons.tsx). */
const paths = {
  next: 'M5 12h14M13 6l6 6-6 6',
  back: 'M19 12H5M11 6l-6 6 6 6',
  speaker: 'M4 9v6h4l5 4V5L8 9H4zm12 0a4 4 0 0 1 0 6m2.5-8.5a7.5 7.5 0 0 1 0 11',
  stop: 'M7 7h10v10H7z',
  contrast: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zm0 0v18',
  lock: 'M6 11h12v9H6zM8.5 11V8a3.5 3.5 0 0 1 7 0v3',
  check: 'M5 12.5l4.5 4.5L19 7.5',
  good: 'M7 11v9H4v-9h3zm0 0 4-7a2 2 0 0 1 3 1.8V10h5a2 2 0 0 1 2 2.3l-1.2 6A2 2 0 0 1 17.8 20H7',
  change: 'M4 12a8 8 0 0 1 14-5.3M20 4v4h-4M20 12a8 8 0 0 1-14 5.3M4 20v-4h4',
  /** Faces for "Hoe vond u dit?": a circle with eyes and a mouth. */
  faceGood: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM9 10h.01M15 10h.01M8 14c1 1.6 2.4 2.4 4 2.4s3-.8 4-2.4',
  faceOk: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM9 10h.01M15 10h.01M8.5 15h7',
  faceBad: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM9 10h.01M15 10h.01M8 16.4c1-1.6 2.4-2.4 4-2.4s3 .8 4 2.4',
  hand: 'M8 13V6.5a1.5 1.5 0 0 1 3 0V12m0-6.5V4.5a1.5 1.5 0 0 1 3 0V12m0-5.5a1.5 1.5 0 0 1 3 0V14a6 6 0 0 1-6 6h-1a6 6 0 0 1-5-2.7L3.5 14a1.5 1.5 0 0 1 2.4-1.8L8 14.5',
  more: 'M4 6h16M4 12h16M4 18h10',
} as const;

export type KioskIconName = keyof typeof paths;

/** Decorative: always aria-hidden (the button or label next to it says what it is). */
export function KIcon({ name, size = 28, flip }: { name: KioskIconName; size?: number; flip?: boolean }) {
  return (
    <svg
      class={`bs-icon${flip ? ' bs-k-flip' : ''}`}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[name]} />
    </svg>
  );
}
