import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatToolbar } from '@angular/material/toolbar';
import { RouterLink } from '@angular/router';

import { PRODUCT_NAME } from '../routing/page-title-strategy';

/** Top bar of every page. Sign-in / account actions will go in the `.actions` slot. */
@Component({
  selector: 'app-toolbar',
  imports: [MatToolbar, RouterLink],
  templateUrl: './app-toolbar.html',
  styleUrl: './app-toolbar.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AppToolbar {
  protected readonly productName = PRODUCT_NAME;
}
