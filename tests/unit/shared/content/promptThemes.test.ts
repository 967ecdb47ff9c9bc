import { describe, expect, it } from 'vitest';
import {
  promptSurfaceSchema,
  promptSurfaces,
  promptThemeSchema,
  promptThemes,
  themeLabels,
} from '../../../../shared/content/promptThemes';

describe('prompt themes', () => {
  it('are the nine themes of the design, each with a plain label', () => {
    expect(promptThemes).toHaveLength(9);
    expect(Object.keys(themeLabels).sort()).toEqual([...promptThemes].sort());
    for (const theme of promptThemes) {
      const label = themeLabels[theme];
      expect(label.trim()).toBe(label);
      expect(label).toMatch(/^[A-Z][a-z ,]+[a-z]$/);
    }
    expect(new Set(Object.values(themeLabels)).size).toBe(promptThemes.length);
    expect(themeLabels['being-real']).toBe('Being real instead of performing');
  });

  it('have schemas that accept exactly the known themes and surfaces', () => {
    expect(promptThemeSchema.parse('boundaries')).toBe('boundaries');
    expect(promptThemeSchema.safeParse('productivity').success).toBe(false);
    expect(promptSurfaces).toEqual(['pause', 'daily', 'journal']);
    expect(promptSurfaceSchema.parse('journal')).toBe('journal');
    expect(promptSurfaceSchema.safeParse('email').success).toBe(false);
  });
});
