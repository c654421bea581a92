import { Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS } from '@angular/material/form-field';

import { FORM_FIELD_DEFAULTS } from './form-field-defaults';

@Component({ template: '', providers: [FORM_FIELD_DEFAULTS] })
class Host {
  readonly options = inject(MAT_FORM_FIELD_DEFAULT_OPTIONS);
}

describe('FORM_FIELD_DEFAULTS', () => {
  it('makes fields outlined without required markers', () => {
    const options = TestBed.createComponent(Host).componentInstance.options;
    expect(options).toEqual({ appearance: 'outline', hideRequiredMarker: true });
  });
});
