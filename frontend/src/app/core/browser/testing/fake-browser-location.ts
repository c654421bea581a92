import { Injectable } from '@angular/core';

import { BrowserLocation } from '../browser-location';

/** Records where the app tried to send the window instead of going there. */
@Injectable()
export class FakeBrowserLocation extends BrowserLocation {
  readonly assigned: string[] = [];
  readonly downloads: { url: string; fileName: string }[] = [];

  override assign(url: string): void {
    this.assigned.push(url);
  }

  override download(url: string, fileName: string): void {
    this.downloads.push({ url, fileName });
  }
}

export function provideFakeBrowserLocation() {
  return [FakeBrowserLocation, { provide: BrowserLocation, useExisting: FakeBrowserLocation }];
}
