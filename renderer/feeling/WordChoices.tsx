interface WordChoicesProps {
  /** One name for every word on the check-in, so they form a single radio group. */
  name: string;
  words: readonly string[];
  chosen: string | null;
  onChoose(word: string): void;
}

/** Feeling words as radio buttons, drawn as pills; arrow keys move between them as in any radio group. */
export function WordChoices({ name, words, chosen, onChoose }: WordChoicesProps) {
  return (
    <div className="word-choices">
      {words.map((word) => (
        <label key={word} className="word-choice">
          <input type="radio" name={name} value={word} checked={chosen === word} onChange={() => onChoose(word)} />
          <span>{word}</span>
        </label>
      ))}
    </div>
  );
}
