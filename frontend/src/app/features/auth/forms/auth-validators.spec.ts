import { FormControl } from '@angular/forms';

import { codeValidators, emailValidators, nameValidators, newPasswordValidators, passwordPolicy } from './auth-validators';

describe('auth validators', () => {
  const errorsOf = (value: string, validators: Parameters<typeof FormControl.prototype.setValidators>[0]) =>
    new FormControl(value, { nonNullable: true, validators }).errors;

  it('names the first password rule that is broken, like the API', () => {
    expect(passwordPolicy(new FormControl('Ab1!', { nonNullable: true }))).toEqual({
      passwordPolicy: 'must be at least 8 characters',
    });
    expect(passwordPolicy(new FormControl('Abcdefgh1', { nonNullable: true }))).toEqual({
      passwordPolicy: 'must contain a symbol',
    });
    expect(passwordPolicy(new FormControl('Admin!2345', { nonNullable: true }))).toBeNull();
    expect(passwordPolicy(new FormControl('', { nonNullable: true }))).toBeNull();
  });

  it('requires a new password that meets the policy', () => {
    expect(errorsOf('', newPasswordValidators)).toEqual({ required: true });
    expect(errorsOf('weakpassword', newPasswordValidators)).toEqual({ passwordPolicy: 'must contain an uppercase letter' });
    expect(errorsOf('Str0ng!pw', newPasswordValidators)).toBeNull();
  });

  it('accepts only a 6-digit code', () => {
    expect(errorsOf('123456', codeValidators)).toBeNull();
    expect(errorsOf(' 123456 ', codeValidators)).toBeNull();
    expect(errorsOf('12345', codeValidators)).not.toBeNull();
    expect(errorsOf('12345a', codeValidators)).not.toBeNull();
    expect(errorsOf('', codeValidators)).toEqual({ required: true });
  });

  it('checks e-mail addresses and names', () => {
    expect(errorsOf('ann@example.com', emailValidators)).toBeNull();
    expect(errorsOf('ann', emailValidators)).toEqual({ email: true });
    expect(errorsOf('Ann', nameValidators)).toBeNull();
    expect(errorsOf('   ', nameValidators)).not.toBeNull();
    expect(errorsOf('x'.repeat(101), nameValidators)).not.toBeNull();
  });
});
