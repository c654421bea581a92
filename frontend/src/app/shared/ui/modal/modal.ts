import {
  ApplicationRef,
  ComponentRef,
  createComponent,
  EnvironmentInjector,
  inject,
  Injectable,
  InjectionToken,
  Injector,
  Type,
} from '@angular/core';

/** The data a modal was opened with. */
export const MODAL_DATA = new InjectionToken<unknown>('MODAL_DATA');

/** Handed to the component shown in a modal, to close it with a result. */
export class ModalRef<R = unknown> {
  /** While true, Escape does not close the modal (e.g. while its request runs). */
  disableClose = false;

  constructor(private readonly finish: (result: R | undefined) => void) {}

  close(result?: R): void {
    this.finish(result);
  }
}

/**
 * Opens a component as a modal dialog: the component renders an <app-modal-frame> (a native
 * <dialog> shown with showModal(), which makes the page behind inert, moves focus in and closes
 * on Escape). Resolves with the result once it closes, and puts focus back where it was.
 * A light stand-in for MatDialog, whose overlay code would grow the app's initial bundle.
 */
@Injectable({ providedIn: 'root' })
export class Modal {
  private readonly appRef = inject(ApplicationRef);
  private readonly environmentInjector = inject(EnvironmentInjector);

  open<C, R>(component: Type<C>, data?: unknown, parent?: Injector): Promise<R | undefined> {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return new Promise<R | undefined>((resolve) => {
      let closed = false;
      const modalRef = new ModalRef<R>((result) => {
        if (closed) {
          return;
        }
        closed = true;
        const host = ref.location.nativeElement as HTMLElement;
        this.appRef.detachView(ref.hostView);
        ref.destroy();
        host.remove();
        opener?.focus();
        resolve(result);
      });
      const elementInjector = Injector.create({
        providers: [
          { provide: MODAL_DATA, useValue: data },
          { provide: ModalRef, useValue: modalRef },
        ],
        parent: parent ?? this.environmentInjector,
      });
      const ref: ComponentRef<C> = createComponent(component, { environmentInjector: this.environmentInjector, elementInjector });
      document.body.appendChild(ref.location.nativeElement);
      this.appRef.attachView(ref.hostView);
      ref.changeDetectorRef.detectChanges();
    });
  }
}
