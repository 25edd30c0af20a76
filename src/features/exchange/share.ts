/**
 * Hand a made file to the user: the Web Share API with the file where the device has it (tablets
 * share to mail, Teams, OneDrive), a download otherwise. Where sharing is possible the user chooses
 * share or download (each a fresh tap, so the share sheet is never refused for a stale gesture),
 * and the file stays on screen until they leave: a dismissed share sheet loses nothing.
 */
export type Delivery = 'ready' | 'shared' | 'downloaded' | 'cancelled';

export function makeFile(name: string, content: string | BlobPart[]): File {
  return new File(typeof content === 'string' ? [content] : content, name, {
    type: name.endsWith('.enc') ? 'application/octet-stream' : 'application/json',
  });
}

export function canShareFile(file: File): boolean {
  try {
    return typeof navigator.share === 'function' && navigator.canShare?.({ files: [file] }) === true;
  } catch {
    return false;
  }
}

export function downloadFile(file: File): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(file);
  a.download = file.name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 30_000);
}

/**
 * Share the file. 'cancelled' when the user dismissed the share sheet (AbortError); 'failed' when
 * the device refused (NotAllowedError, a file type it will not share, ...): then download instead.
 */
export async function shareFile(file: File, title: string): Promise<'shared' | 'cancelled' | 'failed'> {
  try {
    await navigator.share({ files: [file], title });
    return 'shared';
  } catch (e) {
    return (e as { name?: string }).name === 'AbortError' ? 'cancelled' : 'failed';
  }
}
