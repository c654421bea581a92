import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';

import { AppToolbar } from './core/layout/app-toolbar';
import { SkipLink } from './core/layout/skip-link';

/** App shell: skip link, toolbar, and the main landmark the routed pages render into. */
@Component({
  selector: 'app-root',
  imports: [RouterOutlet, AppToolbar, SkipLink],
  templateUrl: './app.html',
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {}
