import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FileDelivery } from '../../src/features/exchange/FileDelivery';
import { makeFile } from '../../src/features/exchange/share';

/**
 * The share path of an export: where Web Share with files exists the user picks share or download,
 * the notice says which one happened, and a dismissed share sheet (AbortError) loses nothing.
 */
const file = () => makeFile('buurtstem_tablet-a_1.json', '{"format":"buurtstem-bundle"}');
let downloads: string[];
const nav = navigator as unknown as { share?: unknown; canShare?: unknown };

beforeEach(() => {
  downloads = [];
  // A download is an <a download> click; record the file names it would save.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
  URL.createObjectURL = vi.fn(() => 'blob:x');
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  delete nav.share;
  delete nav.canShare;
});

function withShare(share: () => Promise<void>) {
  const spy = vi.fn(share);
  nav.share = spy;
  nav.canShare = (d: { files?: File[] }) => Boolean(d.files?.length);
  return spy;
}

const delivery = () => screen.getByTestId('export-delivery');

describe('FileDelivery', () => {
  it('downloads at once where the device cannot share files', async () => {
    render(<FileDelivery file={file()}>made</FileDelivery>);
    await waitFor(() => expect(downloads).toEqual(['buurtstem_tablet-a_1.json']));
    expect(delivery().dataset.delivery).toBe('downloaded');
    expect(delivery().textContent).toBe('Het bestand staat bij uw downloads. Stuur het naar de coördinator.');
    expect(screen.queryByRole('button', { name: 'Delen' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Nog een keer downloaden' }));
    expect(downloads).toHaveLength(2);
  });

  it('offers share and download where it can, and says which one happened', async () => {
    const share = withShare(async () => undefined);
    render(<FileDelivery file={file()}>made</FileDelivery>);
    expect(delivery().dataset.delivery).toBe('ready');
    expect(downloads).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Delen' }));
    await waitFor(() => expect(delivery().dataset.delivery).toBe('shared'));
    expect(delivery().textContent).toBe('Het bestand is gedeeld.');
    expect(share).toHaveBeenCalledTimes(1);
    expect((share.mock.calls[0] as unknown as [{ files: File[] }])[0].files[0]!.name).toBe(
      'buurtstem_tablet-a_1.json',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Downloaden' }));
    expect(downloads).toEqual(['buurtstem_tablet-a_1.json']);
    expect(delivery().dataset.delivery).toBe('downloaded');
  });

  it('keeps the file when the share sheet is dismissed (AbortError): share again or download', async () => {
    withShare(async () => {
      throw new DOMException('dismissed', 'AbortError');
    });
    render(<FileDelivery file={file()}>made</FileDelivery>);
    fireEvent.click(screen.getByRole('button', { name: 'Delen' }));
    await waitFor(() => expect(delivery().dataset.delivery).toBe('cancelled'));
    expect(delivery().textContent).toBe(
      'Delen is afgebroken. Het bestand is er nog: deel het opnieuw of download het.',
    );
    expect(downloads).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Downloaden' }));
    expect(downloads).toEqual(['buurtstem_tablet-a_1.json']);
  });

  it('downloads instead when the device refuses to share (NotAllowedError)', async () => {
    withShare(async () => {
      throw new DOMException('no gesture', 'NotAllowedError');
    });
    render(<FileDelivery file={file()}>made</FileDelivery>);
    fireEvent.click(screen.getByRole('button', { name: 'Delen' }));
    await waitFor(() => expect(delivery().dataset.delivery).toBe('downloaded'));
    expect(downloads).toEqual(['buurtstem_tablet-a_1.json']);
  });
});
