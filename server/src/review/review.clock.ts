import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';

/**
 * When a decision is taken: the instant for the history and "today" for dates such as
 * `dismissedAt` (which the scanner compares with evidence dates). One injectable, so tests can
 * place a whole workflow in a month of their own.
 */
@Injectable()
export class ReviewClock {
  constructor(@Inject(Clock) private readonly clock: Clock) {}

  now(): Date {
    return new Date();
  }

  today(): string {
    return this.clock.today();
  }
}
