import type { Clock } from '../services.js';

/** A clock tests set by hand, e.g. to the day a notice ends. Runs on from the set time otherwise. */
export class TestClock implements Clock {
  private offset = 0;

  now(): Date {
    return new Date(Date.now() + this.offset);
  }

  /** Moves to an instant; a bare date means 09:00 Beijing time that day. */
  set(when: string | Date): void {
    const target = typeof when === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(when) ? new Date(`${when}T09:00:00+08:00`) : new Date(when);
    this.offset = target.getTime() - Date.now();
  }
}
