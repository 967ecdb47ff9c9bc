import { z } from 'zod';

const minutesOfDay = z
  .number()
  .int('Times are whole minutes.')
  .min(0, 'A time of day cannot be before midnight.')
  .max(24 * 60, 'A time of day cannot be after midnight.');

export const defaultGlobalShortcut = 'CommandOrControl+Alt+P';

/**
 * Accepts Electron accelerators made of modifiers and one key, e.g.
 * "CommandOrControl+Alt+P" or "Super+Shift+F9"; at least one modifier, so a
 * plain key can never be stolen from every other app.
 */
const modifier = '(?:Command|Cmd|Control|Ctrl|CommandOrControl|CmdOrCtrl|Alt|Option|AltGr|Shift|Super|Meta)';
const key = '(?:[A-Z0-9]|F(?:[1-9]|1[0-9]|2[0-4])|Space|Tab|Backspace|Delete|Insert|Return|Enter|Up|Down|Left|Right|Home|End|PageUp|PageDown|Escape|Esc|Plus|[-=\\[\\];\',./`\\\\])';
const acceleratorPattern = new RegExp(`^(?:${modifier}\\+)+${key}$`, 'i');

export const acceleratorSchema = z
  .string()
  .max(60)
  .regex(acceleratorPattern, 'A shortcut needs at least one modifier (Ctrl, Alt, Shift, Super) and one key, like Ctrl+Alt+P.');

export const activeHoursSchema = z
  .object({ startMinute: minutesOfDay, endMinute: minutesOfDay })
  .strict()
  .refine((hours) => hours.endMinute > hours.startMinute, {
    message: 'Your active hours need to end after they start.',
    path: ['endMinute'],
  });

export const settingsSchema = z
  .object({
    /** Minutes between invitations to pause. */
    pauseIntervalMinutes: z
      .number()
      .int('The time between pauses is a whole number of minutes.')
      .min(10, 'Pauses need to be at least 10 minutes apart.')
      .max(480, 'Pauses can be at most 8 hours apart.'),
    activeHours: activeHoursSchema,
    /** 0 = Sunday … 6 = Saturday, as JavaScript counts them. */
    activeDays: z
      .array(z.number().int().min(0, 'Days are counted 0 (Sunday) to 6 (Saturday).').max(6, 'Days are counted 0 (Sunday) to 6 (Saturday).'))
      .max(7)
      .refine((days) => new Set(days).size === days.length, 'Each day can be chosen once.'),
    /** Up to this many minutes either side, so pauses do not feel mechanical. */
    jitterMinutes: z
      .number()
      .int('The give either side is a whole number of minutes.')
      .min(0, 'The give either side cannot be negative; 0 keeps pauses exactly on time.')
      .max(15, 'The give either side can be at most 15 minutes.'),
    /** After several ignored invitations in a row, wait longer until the person engages again. */
    backOffWhenIgnored: z.boolean(),
    /** No invitation within this many minutes of a pause or journal entry. */
    quietAfterActivityMinutes: z
      .number()
      .int('The quiet stretch is a whole number of minutes.')
      .min(0, 'The quiet stretch cannot be negative; 0 turns it off.')
      .max(240, 'The quiet stretch can be at most 4 hours (240 minutes).'),
    /** Wait while the screen is locked, the person is away, or do-not-disturb is on. */
    deferWhenBusy: z.boolean(),
    notifier: z.enum(['automatic', 'electron', 'node-notifier']),
    sound: z.boolean(),
    globalShortcut: z.union([acceleratorSchema, z.literal('')]),
    breathPattern: z.enum(['slow', 'cyclic-sigh']),
    breathSeconds: z
      .number()
      .int('The breathing time is a whole number of seconds.')
      .min(20, 'Give the breathing at least 20 seconds.')
      .max(300, 'The breathing can last at most 5 minutes (300 seconds).'),
    showTodayAtStart: z.boolean(),
    theme: z.enum(['system', 'light', 'dark']),
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  pauseIntervalMinutes: 90,
  activeHours: { startMinute: 9 * 60, endMinute: 18 * 60 },
  activeDays: [1, 2, 3, 4, 5],
  jitterMinutes: 5,
  backOffWhenIgnored: true,
  quietAfterActivityMinutes: 20,
  deferWhenBusy: true,
  notifier: 'automatic',
  sound: false,
  globalShortcut: defaultGlobalShortcut,
  breathPattern: 'slow',
  breathSeconds: 60,
  showTodayAtStart: true,
  theme: 'system',
};

/** A change to some settings; it is merged with the saved ones and the whole is validated. */
export const settingsChangeSchema = settingsSchema.partial().strict();
export type SettingsChange = z.infer<typeof settingsChangeSchema>;
