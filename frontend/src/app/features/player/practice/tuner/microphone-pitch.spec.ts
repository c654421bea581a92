import { microphoneErrorMessage } from './microphone-pitch';

describe('microphone errors', () => {
  it('say what to do for each way the microphone can fail', () => {
    expect(microphoneErrorMessage(new DOMException('x', 'NotAllowedError'))).toContain('refused');
    expect(microphoneErrorMessage(new DOMException('x', 'NotFoundError'))).toContain('No microphone was found');
    expect(microphoneErrorMessage(new DOMException('x', 'NotReadableError'))).toContain('in use by another app');
    expect(microphoneErrorMessage('weird')).toContain('could not be started');
  });
});
