import { vi } from 'vitest';

/**
 * The files the page hands to the browser as downloads, by `name address` (ui/save-file.ts clicks a link to an
 * object URL, which jsdom cannot follow); the URL of each is `blob:saved`.
 */
export function savedDownloads() {
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:saved');
  vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
  const saved: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(`${this.download} ${this.href}`);
  });
  return saved;
}
