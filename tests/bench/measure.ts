import { performance } from 'node:perf_hooks';

export interface Figure {
  name: string;
  unit: 'ms';
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** Runs `work` repeatedly and reports median (min–max); noisy shared machines make single timings meaningless. */
export async function measure(name: string, runs: number, work: () => Promise<unknown> | unknown): Promise<Figure> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  return { name, unit: 'ms', median, min: times[0]!, max: times[times.length - 1]!, runs };
}

export function formatFigure(figure: Figure): string {
  const round = (value: number) => value.toFixed(2);
  return `${figure.name.padEnd(52)} ${round(figure.median).padStart(9)} ms  (${round(figure.min)}–${round(figure.max)}, ${figure.runs} runs)`;
}
