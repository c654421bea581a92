import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatTabLink, MatTabNav, MatTabNavPanel } from '@angular/material/tabs';
import { NavigationEnd, Router, RouterLink, RouterOutlet } from '@angular/router';
import { filter, map } from 'rxjs/operators';

interface AdminTab {
  readonly label: string;
  readonly path: string;
  /** Where the tab's other pages are: paths under these belong to it too. */
  readonly sections: readonly string[];
}

/** The admin area's frame: tabs for its sections (Courses, Purchases, Reports, Profile) above the routed page. */
@Component({
  selector: 'app-admin-shell',
  imports: [MatTabNav, MatTabLink, MatTabNavPanel, RouterLink, RouterOutlet],
  template: `
    <div class="bar">
      <nav mat-tab-nav-bar class="tabs" mat-stretch-tabs="false" aria-label="Admin" [tabPanel]="panel" data-testid="admin-tabs">
        @for (tab of tabs; track tab.path) {
          <a mat-tab-link [routerLink]="tab.path" [active]="isActive(tab)">{{ tab.label }}</a>
        }
      </nav>
    </div>
    <mat-tab-nav-panel #panel>
      <router-outlet />
    </mat-tab-nav-panel>
  `,
  styles: `
    :host {
      display: block;
    }

    .bar {
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }

    .tabs {
      max-width: 1280px;
      margin: 0 auto;
      padding-inline: 8px;

      @media (min-width: 600px) {
        padding-inline: 16px;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminShell {
  private readonly router = inject(Router);

  protected readonly tabs: readonly AdminTab[] = [
    { label: 'Courses', path: '/admin', sections: ['/admin/courses'] },
    { label: 'Purchases', path: '/admin/purchases', sections: ['/admin/purchases'] },
    { label: 'Reports', path: '/admin/reports', sections: ['/admin/reports'] },
    { label: 'Profile', path: '/admin/profile', sections: ['/admin/profile'] },
  ];

  /** The current URL, kept up to date so the tabs follow navigation. */
  private readonly url = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map(() => this.router.url),
    ),
    { initialValue: this.router.url },
  );

  protected isActive(tab: AdminTab): boolean {
    const path = this.url().split(/[?#;]/)[0];
    return path === tab.path || tab.sections.some((section) => path === section || path.startsWith(`${section}/`));
  }
}
