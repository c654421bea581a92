import { FormControl } from '@angular/forms';

import { notBlank } from './title-validators';

describe('notBlank', () => {
  it('counts only spaces as missing', () => {
    expect(notBlank(new FormControl('   ', { nonNullable: true }))).toEqual({ required: true });
    expect(notBlank(new FormControl(' a ', { nonNullable: true }))).toBeNull();
    // Empty is left to Validators.required.
    expect(notBlank(new FormControl('', { nonNullable: true }))).toBeNull();
  });
});
