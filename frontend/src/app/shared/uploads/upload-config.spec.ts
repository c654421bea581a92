import { TestBed } from '@angular/core/testing';

import { DEFAULT_UPLOAD_CONFIG, UPLOAD_CONFIG } from './upload-config';

describe('UPLOAD_CONFIG', () => {
  it('sends four parts at a time, retries a part three times, with real requests', () => {
    const config = TestBed.inject(UPLOAD_CONFIG);
    expect(config).toBe(DEFAULT_UPLOAD_CONFIG);
    expect(config.parallelParts).toBe(4);
    expect(config.retryDelaysMs).toHaveLength(3);
    expect(config.createXhr()).toBeInstanceOf(XMLHttpRequest);
  });
});
