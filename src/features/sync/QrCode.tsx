import { useEffect, useState } from 'preact/hooks';

/**
 * A QR code drawn as one SVG path (no innerHTML, nothing from the network). The encoder (uqr, MIT,
 * pinned) loads only when a code is shown: the coordinator's pairing screen, not the first load.
 */
export function QrCode({ text, label, size = 220 }: { text: string; label: string; size?: number }) {
  const [matrix, setMatrix] = useState<boolean[][] | undefined>();
  useEffect(() => {
    let live = true;
    void import('uqr').then(({ encode }) => {
      if (live) setMatrix(encode(text, { ecc: 'M', border: 2 }).data);
    });
    return () => {
      live = false;
    };
  }, [text]);
  if (!matrix) return null;
  const n = matrix.length;
  let d = '';
  matrix.forEach((row, y) => {
    row.forEach((on, x) => {
      if (on) d += `M${x} ${y}h1v1h-1z`;
    });
  });
  return (
    <svg
      class="bs-qr"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${n} ${n}`}
      shape-rendering="crispEdges"
      data-testid="pairing-qr"
    >
      <rect width={n} height={n} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
