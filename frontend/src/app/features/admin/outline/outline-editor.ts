import { CdkDrag, CdkDragDrop, CdkDragHandle, CdkDragPlaceholder, CdkDropList } from '@angular/cdk/drag-drop';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import type { AdminCourse } from '@lessonstage/shared';

import { CourseEditorStore } from '../data/course-editor.store';
import { confirmAction } from '../../../shared/ui/modal/confirm-dialog';
import { Icon } from '../ui/icon';
import { Modal } from '../../../shared/ui/modal/modal';
import { promptForText } from '../ui/text-prompt-dialog';
import { AddTitleForm } from './add-title-form';
import { LessonEditor } from './lesson-editor';
import { RowActions } from './row-actions';
import { outlineOf, stepLesson, stepSection } from './outline-moves';

type AdminSection = AdminCourse['sections'][number];

/**
 * Sections with their lessons: add, rename, delete, and reorder — by dragging (lessons also
 * between sections) or with the move buttons, which do the same from the keyboard.
 */
@Component({
  selector: 'app-outline-editor',
  imports: [CdkDropList, CdkDrag, CdkDragHandle, CdkDragPlaceholder, AddTitleForm, LessonEditor, RowActions, Icon],
  templateUrl: './outline-editor.html',
  styleUrl: './outline-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OutlineEditor {
  protected readonly store = inject(CourseEditorStore);
  private readonly modal = inject(Modal);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  protected readonly sections = computed(() => this.store.course()?.sections ?? []);
  /** Every section's lesson list, so a lesson can be dropped into any of them. */
  protected readonly lessonListIds = computed(() => this.sections().map((section) => this.lessonListId(section)));
  /** Each lesson's number in the whole course, and whether it is first or last of it. */
  protected readonly lessonNumbers = computed(() => {
    const numbers = new Map<string, number>();
    let n = 0;
    for (const section of this.sections()) {
      for (const lesson of section.lessons) {
        numbers.set(lesson.lessonId, ++n);
      }
    }
    return numbers;
  });
  protected readonly lessonCount = computed(() => this.lessonNumbers().size);
  /** Says where a moved item went, for screen readers. */
  protected readonly announcement = signal('');

  protected lessonListId(section: AdminSection): string {
    return `lessons-${section.sectionId}`;
  }

  protected addSection(title: string, form: AddTitleForm): void {
    void this.store.addSection(title).then((result) => result.ok && form.clear());
  }

  protected addLesson(section: AdminSection, title: string, form: AddTitleForm): void {
    void this.store.addLesson(section.sectionId, title).then((result) => result.ok && form.clear());
  }

  protected async renameSection(section: AdminSection): Promise<void> {
    const title = await promptForText(this.modal, {
      title: 'Rename section',
      label: 'Section title',
      value: section.title,
      confirmLabel: 'Rename',
    });
    if (title !== null && title !== section.title) {
      void this.store.renameSection(section.sectionId, title);
    }
  }

  protected async removeSection(section: AdminSection): Promise<void> {
    const lessons = section.lessons.length;
    const confirmed = await confirmAction(this.modal, {
      title: 'Delete section?',
      message:
        lessons === 0
          ? `“${section.title}” will be deleted.`
          : `“${section.title}” will be deleted with its ${lessons === 1 ? 'lesson' : `${lessons} lessons`}, their videos and materials. This cannot be undone.`,
      confirmLabel: 'Delete section',
    });
    if (confirmed) {
      void this.store.removeSection(section.sectionId);
    }
  }

  protected dropLesson(event: CdkDragDrop<string, string, string>): void {
    if (event.previousContainer === event.container && event.previousIndex === event.currentIndex) {
      return;
    }
    void this.store.move({ kind: 'lesson', lessonId: event.item.data, sectionId: event.container.data, index: event.currentIndex });
  }

  protected dropSection(event: CdkDragDrop<unknown, unknown, string>): void {
    if (event.previousIndex !== event.currentIndex) {
      void this.store.move({ kind: 'section', sectionId: event.item.data, index: event.currentIndex });
    }
  }

  protected moveLesson(lessonId: string, step: -1 | 1): void {
    const course = this.store.course();
    const move = course && stepLesson(outlineOf(course), lessonId, step);
    if (!move) {
      return;
    }
    void this.store.move(move);
    this.afterMove(`lesson-${step < 0 ? 'up' : 'down'}-${lessonId}`, `lesson-${step < 0 ? 'down' : 'up'}-${lessonId}`, () => {
      const moved = this.store.course()!;
      const section = moved.sections.find((s) => s.lessons.some((l) => l.lessonId === lessonId))!;
      const lesson = section.lessons.find((l) => l.lessonId === lessonId)!;
      return `Lesson “${lesson.title}” is now number ${this.lessonNumbers().get(lessonId)}, in section “${section.title}”.`;
    });
  }

  protected moveSection(sectionId: string, step: -1 | 1): void {
    const course = this.store.course();
    const move = course && stepSection(outlineOf(course), sectionId, step);
    if (!move) {
      return;
    }
    void this.store.move(move);
    this.afterMove(`section-${step < 0 ? 'up' : 'down'}-${sectionId}`, `section-${step < 0 ? 'down' : 'up'}-${sectionId}`, () => {
      const sections = this.store.course()!.sections;
      const index = sections.findIndex((s) => s.sectionId === sectionId);
      return `Section “${sections[index].title}” is now section ${index + 1} of ${sections.length}.`;
    });
  }

  /**
   * Moving re-inserts the item's elements, which drops keyboard focus: put it back on the button
   * just used (or its opposite, once the item reached the end), and say where the item is now.
   */
  private afterMove(buttonId: string, fallbackId: string, describe: () => string): void {
    this.announcement.set(describe());
    afterNextRender(
      () => {
        const button = this.host.querySelector<HTMLButtonElement>(`#${buttonId}`);
        const target = button && !button.disabled ? button : this.host.querySelector<HTMLButtonElement>(`#${fallbackId}`);
        target?.focus();
      },
      { injector: this.injector },
    );
  }
}
