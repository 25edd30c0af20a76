/**
 * Hand a made file to the user: the Web Share API with the file where the device has it (tablets
 * share to mail, Teams, OneDrive), a download otherwise or when sharing is not allowed.
 */
export type Delivery = 'shared' | 'downloaded' | 'cancelled';

export function makeFile(name: string, text: string): File {
  return new File([text], name, {
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

export async function deliverFile(file: File, title: string): Promise<Delivery> {
  if (canShareFile(file)) {
    try {
      await navigator.share({ files: [file], title });
      return 'shared';
    } catch (e) {
      if ((e as { name?: string }).name === 'AbortError') return 'cancelled';
      // NotAllowedError (e.g. the tap was too long ago): fall back to a download.
    }
  }
  downloadFile(file);
  return 'downloaded';
}
