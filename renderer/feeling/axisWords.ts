/** How a point on each axis is said aloud and shown: plain words, the same on screen and to a screen reader. */
function describe(value: number, low: string, high: string, middle: string): string {
  if (value === 0) return middle;
  const size = Math.abs(value);
  const amount = size === 1 ? 'slightly ' : size >= 4 ? 'very ' : '';
  return `${amount}${value < 0 ? low : high}`;
}

export function describePleasantness(value: number): string {
  return describe(value, 'unpleasant', 'pleasant', 'neither pleasant nor unpleasant');
}

export function describeEnergy(value: number): string {
  return describe(value, 'low energy', 'high energy', 'neither high nor low energy');
}
