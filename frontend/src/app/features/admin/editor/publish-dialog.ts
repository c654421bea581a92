import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';

import { MODAL_DATA, ModalRef } from '../../../shared/ui/modal/modal';
import { ModalFrame } from '../../../shared/ui/modal/modal-frame';
import type { PublishReview } from './publish-summary';

let nextId = 0;

/**
 * The step before publishing: what is missing (then there is nothing to confirm), or a summary of
 * what students will see with anything worth a second look, and Publish. Closes with true to publish.
 */
@Component({
  selector: 'app-publish-dialog',
  imports: [MatButton, ModalFrame],
  template: `
    @if (review.problems.length) {
      <app-modal-frame heading="Not ready to publish" [describedBy]="bodyId">
        <div [id]="bodyId" data-testid="publish-review-problems">
          <p class="lede">Students can't see “{{ review.title }}” yet. Fix these first:</p>
          <ul class="list">
            @for (problem of review.problems; track problem) {
              <li>{{ problem }}</li>
            }
          </ul>
        </div>
        <div class="actions">
          <button matButton="filled" type="button" autofocus (click)="ref.close(false)">OK</button>
        </div>
      </app-modal-frame>
    } @else {
      <app-modal-frame [heading]="'Publish “' + review.title + '”?'" [describedBy]="bodyId">
        <div [id]="bodyId">
          <p class="lede">Once published, students will see:</p>
          <ul class="list" data-testid="publish-summary">
            @for (line of review.summary; track line) {
              <li>{{ line }}</li>
            }
          </ul>
          @if (review.warnings.length) {
            <p class="lede">Worth a second look:</p>
            <ul class="list warnings" data-testid="publish-warnings">
              @for (warning of review.warnings; track warning) {
                <li>{{ warning }}</li>
              }
            </ul>
          }
        </div>
        <div class="actions">
          <button matButton type="button" autofocus (click)="ref.close(false)">Cancel</button>
          <button matButton="filled" type="button" data-testid="confirm-publish" (click)="ref.close(true)">Publish</button>
        </div>
      </app-modal-frame>
    }
  `,
  styles: `
    .lede {
      margin: 0 0 4px;
    }

    .list {
      margin: 0 0 12px;
      padding-inline-start: 20px;
    }

    .warnings {
      color: var(--mat-sys-error);
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: 8px;
      margin-top: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublishDialog {
  protected readonly review = inject(MODAL_DATA) as PublishReview;
  protected readonly ref = inject<ModalRef<boolean>>(ModalRef);
  protected readonly bodyId = `publish-review-${nextId++}`;
}
