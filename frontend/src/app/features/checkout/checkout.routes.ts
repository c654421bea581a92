import { Routes } from '@angular/router';

import { authGuard } from '../../core/auth/auth.guard';
import { CheckoutSuccessPage } from './checkout-success/checkout-success-page';

/** /checkout/… — the page Stripe's checkout returns to. One lazy chunk (see app.routes.ts). */
export const checkoutRoutes: Routes = [
  { path: 'success', title: 'Confirming your payment', canActivate: [authGuard], component: CheckoutSuccessPage },
];
