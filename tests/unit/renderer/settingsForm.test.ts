import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/settings/settings';
import { clockTimeToMinutes, minutesToClockTime } from '../../../renderer/settings/clockTime';
import { problemsFromIssues } from '../../../renderer/settings/issueFields';
import { changeFromForm, formFromSettings } from '../../../renderer/settings/settingsForm';

describe('clock times in the settings form', () => {
  it('turns minutes into HH:MM and back, with midnight at the end of the day', () => {
    expect(minutesToClockTime(540)).toBe('09:00');
    expect(minutesToClockTime(0)).toBe('00:00');
    expect(minutesToClockTime(1440)).toBe('00:00');
    expect(clockTimeToMinutes('09:30', false)).toBe(570);
    expect(clockTimeToMinutes('00:00', false)).toBe(0);
    expect(clockTimeToMinutes('00:00', true)).toBe(1440);
    expect(clockTimeToMinutes('', true)).toBeNull();
  });
});

describe('the change a settings form asks for', () => {
  it('is empty when nothing differs from what is saved', () => {
    expect(changeFromForm(formFromSettings(defaultSettings), defaultSettings)).toEqual({ change: {}, problems: {} });
  });

  it('holds only what changed, with numbers and times converted', () => {
    const form = { ...formFromSettings(defaultSettings), pauseIntervalMinutes: '45', activeEnd: '00:00', activeDays: [5, 1, 0], globalShortcut: ' Ctrl+Alt+K ' };
    expect(changeFromForm(form, defaultSettings)).toEqual({
      change: { pauseIntervalMinutes: 45, activeHours: { startMinute: 540, endMinute: 1440 }, activeDays: [0, 1, 5], globalShortcut: 'Ctrl+Alt+K' },
      problems: {},
    });
  });

  it('leaves judging numbers to the backend, but cannot send an empty one or a half-typed time', () => {
    const form = { ...formFromSettings(defaultSettings), pauseIntervalMinutes: '0', jitterMinutes: '', activeStart: '' };
    const { change, problems } = changeFromForm(form, defaultSettings);
    expect(change).toEqual({ pauseIntervalMinutes: 0 });
    expect(Object.keys(problems).sort()).toEqual(['activeStart', 'jitterMinutes']);
  });
});

describe('issues from the backend', () => {
  it('land on the field they are about; the rest are for the whole form', () => {
    const { fields, general } = problemsFromIssues([
      { path: 'pauseIntervalMinutes', message: 'Too soon.' },
      { path: 'activeHours.endMinute', message: 'End after start.' },
      { path: 'activeHours.startMinute', message: 'Start is odd.' },
      { path: 'activeDays.2', message: 'Not a day.' },
      { path: '(payload)', message: 'Something else.' },
    ]);
    expect(fields).toEqual({ pauseIntervalMinutes: 'Too soon.', activeEnd: 'End after start.', activeStart: 'Start is odd.', activeDays: 'Not a day.' });
    expect(general).toEqual(['Something else.']);
  });
});
