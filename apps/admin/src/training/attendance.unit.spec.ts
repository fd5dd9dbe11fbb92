import { describe, expect, it } from 'vitest';
import { attendanceKey } from './attendance';

describe('TRN-1 attendance', () => {
  it('reads attended, absent, or not yet confirmed', () => {
    expect(attendanceKey(true)).toBe('app.training.attended');
    expect(attendanceKey(false)).toBe('app.training.absent');
    expect(attendanceKey(null)).toBe('app.training.unconfirmed');
    expect(attendanceKey(undefined)).toBe('app.training.unconfirmed');
  });
});
