import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';

import { AppFooter } from './core/layout/app-footer';
import { AppToolbar } from './core/layout/app-toolbar';
import { SkipLink } from './core/layout/skip-link';

/** App shell: skip link, toolbar, the main landmark the routed pages render into, footer. */
@Component({
  selector: 'app-root',
  imports: [RouterOutlet, AppToolbar, AppFooter, SkipLink],
  templateUrl: './app.html',
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {}
