import { quadrantLabels, quadrantOf } from '../../shared/content/emotions';
import type { Feeling } from '../../shared/journal/entry';

/** "tender · Pleasant, low energy": the chosen word, then where on the plane it sits. */
export function describeFeeling(feeling: Feeling): string {
  const area = quadrantLabels[quadrantOf(feeling.pleasantness, feeling.energy)];
  return feeling.word ? `${feeling.word} · ${area}` : area;
}
