import { useEffect, useState } from 'preact/hooks';

/**
 * Hash routing (`#/meetings/…`): works from any sub-path of any static web server, needs no
 * server rewrites and keeps the service worker's single navigation entry.
 */
export function currentPath(): string {
  const h = typeof location === 'undefined' ? '' : location.hash;
  return h.startsWith('#/') ? h.slice(1) : '/';
}

export function navigate(path: string, replace = false): void {
  const url = `#${path}`;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

export function usePath(): string {
  const [path, setPath] = useState(currentPath());
  useEffect(() => {
    const on = () => setPath(currentPath());
    window.addEventListener('hashchange', on);
    window.addEventListener('popstate', on);
    // An address changed between the first render and now (a tap, or a link opened while the app
    // started) sent its event before anyone listened: read it once more.
    on();
    return () => {
      window.removeEventListener('hashchange', on);
      window.removeEventListener('popstate', on);
    };
  }, []);
  return path;
}

/** Match `/meetings/:id` against a path; returns the params or null. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/').filter(Boolean);
  const s = path.split('?')[0]!.split('/').filter(Boolean);
  if (p.length !== s.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    const part = p[i]!;
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(s[i]!);
    else if (part !== s[i]) return null;
  }
  return params;
}

/** Query parameters of the hash path (`#/x?a=1`). */
export function queryOf(path: string): URLSearchParams {
  return new URLSearchParams(path.split('?')[1] ?? '');
}
