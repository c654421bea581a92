import { Pipe, PipeTransform } from '@angular/core';

import { formatDuration } from './format-duration';

/** `{{ lesson.durationSec | duration }}` → "05:07" or "1:02:05". */
@Pipe({ name: 'duration' })
export class DurationPipe implements PipeTransform {
  transform(totalSeconds: number | null | undefined): string {
    return totalSeconds === null || totalSeconds === undefined ? '' : formatDuration(totalSeconds);
  }
}
