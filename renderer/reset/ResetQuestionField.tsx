import { maxAnswerLength } from '../../shared/journal/entry';
import type { ResetQuestion } from './resetQuestions';

interface ResetQuestionFieldProps {
  question: ResetQuestion;
  value: string;
  onChange(value: string): void;
}

export const resetFieldId = (field: ResetQuestion['field']) => `reset-${field}`;

/** One question of the reset: the question as the label, its helper line as the description. */
export function ResetQuestionField({ question, value, onChange }: ResetQuestionFieldProps) {
  const id = resetFieldId(question.field);
  const helperId = `${id}-helper`;
  return (
    <div className="reset-question">
      <label htmlFor={id}>{question.question}</label>
      <p id={helperId} className="hint">
        {question.helper}
      </p>
      <textarea
        id={id}
        value={value}
        maxLength={maxAnswerLength}
        aria-describedby={helperId}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
