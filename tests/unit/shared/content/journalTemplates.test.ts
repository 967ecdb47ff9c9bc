import { describe, expect, it } from 'vitest';
import { journalTemplates, templateById } from '../../../../shared/content/journalTemplates';
import { pickPrompt } from '../../../../shared/content/promptRotation';
import { resetQuestions } from '../../../../renderer/reset/resetQuestions';

const allWords = journalTemplates.flatMap((template) => [
  template.name,
  template.description,
  ...template.questions.flatMap((question) => [question.text, question.hint]),
]);

describe('the guided journal templates', () => {
  it('offers boundaries, self-check, reconnect and reset before responding', () => {
    expect(journalTemplates.map((template) => template.id)).toEqual([
      'boundaries',
      'self-check',
      'reconnect',
      'reset-before-responding',
    ]);
  });

  it('gives every template a unique id and unique question ids', () => {
    const ids = journalTemplates.map((template) => template.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const template of journalTemplates) {
      const questionIds = template.questions.map((question) => question.id);
      expect(new Set(questionIds).size, template.id).toBe(questionIds.length);
    }
  });

  it('asks three or four questions in each, every one with a hint', () => {
    for (const template of journalTemplates) {
      expect(template.questions.length, template.id).toBeGreaterThanOrEqual(3);
      expect(template.questions.length, template.id).toBeLessThanOrEqual(4);
      for (const question of template.questions) {
        expect(question.text.trim(), question.id).not.toBe('');
        expect(question.hint.trim(), question.id).not.toBe('');
      }
    }
  });

  it('invites rather than instructs: no "should", no "must", no exclamation marks', () => {
    for (const words of allWords) {
      expect(words).not.toMatch(/\b(should|must)\b/i);
      expect(words).not.toContain('!');
    }
  });

  it('asks the same three questions as Reset before responding, word for word', () => {
    const reset = templateById('reset-before-responding');
    expect(reset?.questions.map(({ id, text, hint }) => ({ id, text, hint }))).toEqual(
      resetQuestions.map(({ field, question, helper }) => ({ id: field, text: question, hint: helper })),
    );
  });

  it('finds a template by id, and nothing for an unknown one', () => {
    expect(templateById('self-check')?.name).toBe('Self-check');
    expect(templateById('retired-template')).toBeUndefined();
  });

  it('leaves a single prompted entry to the existing rotation', () => {
    expect(pickPrompt({ surface: 'journal', recentIds: [], random: () => 0 }).surface).toBe('journal');
  });
});
