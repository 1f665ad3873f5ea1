import { describe, expect, it } from 'vitest';
import { applyDeadlineFlag } from '../../lib/cli/deadline-flag';
import { DEFAULT_SETTINGS } from '../../lib/settings';

describe('--deadline TYPE=MM-DD[,MM-DD]', () => {
  it('sets warning and error dates', () => {
    const settings = applyDeadlineFlag(DEFAULT_SETTINGS, 'township=01-31,02-20');
    expect(typeof settings === 'object' && settings.deadlines.township).toEqual({ warnAfter: '01-31', errorAfter: '02-20' });
  });
  it('one date is the error date, with no warning stage', () => {
    const settings = applyDeadlineFlag(DEFAULT_SETTINGS, 'subdistrict=02-20');
    expect(typeof settings === 'object' && settings.deadlines.subdistrict).toEqual({ warnAfter: null, errorAfter: '02-20' });
  });
  it('leaves the other types alone', () => {
    const settings = applyDeadlineFlag(DEFAULT_SETTINGS, 'township=02-20');
    expect(typeof settings === 'object' && settings.deadlines.department).toEqual(DEFAULT_SETTINGS.deadlines.department);
  });
  it.each(['village=01-31', 'township=13-01', 'township=0131', 'township=03-31,01-31', undefined])('rejects %s', (value) => {
    expect(typeof applyDeadlineFlag(DEFAULT_SETTINGS, value)).toBe('string');
  });
});
