import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { SavedLoop } from '@lessonstage/shared';
import { MAX_LOOP_NAME_LENGTH } from '@lessonstage/shared/practice-rules';

import { Modal } from '../../../../shared/ui/modal/modal';
import { confirmAction } from '../../../../shared/ui/modal/confirm-dialog';
import { formatSpeed } from '../../speed-control/playback-speed';
import { formatClock } from '../format-clock';
import { PracticeSession } from '../practice-session.store';
import { bestSpeedAfter } from '../trainer/speed-trainer';
import { SpeedTrainerStore } from '../trainer/speed-trainer.store';
import { SavedLoopsStore } from './saved-loops.store';

/** Name and save the current loop; the lesson's saved loops to apply, rename or delete. */
@Component({
  selector: 'app-saved-loops',
  imports: [FormsModule, MatButton, MatFormField, MatLabel, MatInput],
  templateUrl: './saved-loops.html',
  styleUrl: './saved-loops.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SavedLoops {
  readonly courseId = input.required<string>();
  readonly lessonId = input.required<string>();

  protected readonly session = inject(PracticeSession);
  protected readonly store = inject(SavedLoopsStore);
  private readonly trainer = inject(SpeedTrainerStore);
  private readonly modal = inject(Modal);

  protected readonly maxName = MAX_LOOP_NAME_LENGTH;
  protected readonly name = signal('');
  protected readonly active = signal<string | null>(null);
  protected readonly renaming = signal<string | null>(null);
  protected readonly newName = signal('');
  protected readonly clock = formatClock;
  protected readonly speedLabel = formatSpeed;

  constructor() {
    effect(() => {
      const [courseId, lessonId] = [this.courseId(), this.lessonId()];
      untracked(() => {
        this.active.set(null);
        void this.store.load(courseId, lessonId);
      });
    });
    this.trainer.stepCompleted = (speed) => void this.recordBest(speed);
  }

  protected async save(): Promise<void> {
    const range = this.session.range();
    if (!range || !this.name().trim()) return;
    const saved = await this.store.save({ ...range, name: this.name(), speed: this.session.speed(), trainer: this.trainer.settings() });
    if (saved) {
      this.name.set('');
      this.active.set(saved.loopId);
    }
  }

  protected apply(loop: SavedLoop): void {
    this.active.set(loop.loopId);
    if (loop.trainer) this.trainer.settings.set(loop.trainer);
    this.session.setSpeed(loop.speed);
    this.session.setRange({ startMs: loop.startMs, endMs: loop.endMs });
  }

  protected startRename(loop: SavedLoop): void {
    this.renaming.set(loop.loopId);
    this.newName.set(loop.name);
  }

  protected async rename(loop: SavedLoop): Promise<void> {
    const name = this.newName().trim();
    if (name && name !== loop.name) await this.store.change(loop, { name });
    this.renaming.set(null);
  }

  protected async remove(loop: SavedLoop): Promise<void> {
    const confirmed = await confirmAction(this.modal, { title: 'Delete this loop?', message: `“${loop.name}” will be removed.`, confirmLabel: 'Delete loop' });
    if (confirmed) await this.store.remove(loop);
  }

  private async recordBest(speed: number): Promise<void> {
    const loop = this.store.find(this.active());
    if (!loop) return;
    const best = bestSpeedAfter(loop.bestSpeed, speed);
    if (best !== loop.bestSpeed) await this.store.change(loop, { bestSpeed: best, trainer: this.trainer.settings() });
  }
}
