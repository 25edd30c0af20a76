/**
 * The app's own pictograms (no icon font, no CDN). Simple 24x24 line drawings, used next to
 * theme labels so residents who read little can still find their way.
 */
const paths: Record<string, string> = {
  people:
    'M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm8 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2 20c0-3.3 2.7-6 6-6s6 2.7 6 6M12 20c0-3.3 1.8-6 4-6s6 2.7 6 6',
  'heart-hand':
    'M12 10.5 9.8 8.3a2 2 0 0 0-2.9 2.8L12 16l5.1-4.9a2 2 0 0 0-2.9-2.8zM3 17l4 3h8l5-4-1.5-1.5L15 17H9',
  hand: 'M7 11V5.5a1.5 1.5 0 0 1 3 0V10m0-5.5V4a1.5 1.5 0 0 1 3 0v6m0-4.5a1.5 1.5 0 0 1 3 0V11m0-3a1.5 1.5 0 0 1 3 0v6a7 7 0 0 1-7 7h-1a7 7 0 0 1-6-3.5L4 14a1.5 1.5 0 0 1 2.6-1.5L7 13',
  'person-alone': 'M12 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM5 21c0-3.9 3.1-7 7-7s7 3.1 7 7',
  heart: 'M12 20s-7-4.4-9-9a4.8 4.8 0 0 1 9-3 4.8 4.8 0 0 1 9 3c-2 4.6-9 9-9 9z',
  wallet: 'M3 7h16a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7zm0 0 12-4v4M16 13.5h2',
  child: 'M12 8a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM8 11l4 1 4-1M12 12v4l-3 5M12 16l3 5',
  shield: 'M12 3 4 6v6c0 4.4 3.4 8.4 8 9 4.6-.6 8-4.6 8-9V6l-8-3zm-3 9 2 2 4-4',
  house: 'M3 11 12 4l9 7M5 10v10h5v-6h4v6h5V10',
  star: 'M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z',
  chat: 'M4 5h16v11H9l-5 4V5z',
  plus: 'M12 5v14M5 12h14',
};

export const ICON_NAMES = Object.keys(paths);

export function Icon({ name, size = 24, label }: { name: string; size?: number; label?: string }) {
  const d = paths[name] ?? paths.star!;
  return (
    <svg
      class="bs-icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden={label ? undefined : 'true'}
      role={label ? 'img' : undefined}
      aria-label={label}
      focusable="false"
    >
      <path d={d} />
    </svg>
  );
}
