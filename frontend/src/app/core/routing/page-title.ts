import { inject, Injectable } from '@angular/core';
import { Title } from '@angular/platform-browser';

import { formatPageTitle } from './page-title-strategy';

/** Lets a page set a title known only after its data loads (e.g. the course name). */
@Injectable({ providedIn: 'root' })
export class PageTitle {
  private readonly title = inject(Title);

  set(pageTitle: string | null | undefined): void {
    this.title.setTitle(formatPageTitle(pageTitle));
  }
}
