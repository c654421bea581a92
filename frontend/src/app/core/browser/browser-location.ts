import { DOCUMENT, inject, Injectable } from '@angular/core';

/**
 * The few things the app does to the browser window outside the router: leaving for another
 * site (Stripe's checkout page) and downloading a file. A service so tests can replace it.
 */
@Injectable({ providedIn: 'root' })
export class BrowserLocation {
  private readonly document = inject(DOCUMENT);

  /** Loads `url` in this window (a full page load); only http(s) URLs are followed. */
  assign(url: string): void {
    const target = new URL(url, this.document.baseURI);
    if (target.protocol !== 'https:' && target.protocol !== 'http:') {
      throw new Error(`Refusing to navigate to a ${target.protocol} URL`);
    }
    this.document.defaultView?.location.assign(target.href);
  }

  /** Downloads `url` (which should answer with Content-Disposition: attachment) as `fileName`. */
  download(url: string, fileName: string): void {
    const link = this.document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.rel = 'noopener';
    link.style.display = 'none';
    this.document.body.appendChild(link);
    link.click();
    link.remove();
  }
}
