// npm run bench: figures for the store, each measured in this run next to its baseline.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createBackend, type Backend } from '../../electron/core/backend';
import { writeFileDurably } from '../../electron/core/store/durableWrite';
import { channelFor } from '../../shared/ipc/contract';
import { fakeDesktop } from '../helpers/fakeDesktop';
import { formatFigure, measure, type Figure } from './measure';
import { writeSampleJournal } from './sampleJournal';
import { formatSchedulerWeek, simulateWeek } from './schedulerWeek';

const origin = 'app://presence';
const sender = `${origin}/index.html`;
const quietLog = { info: () => {}, warn: () => {}, error: () => {} };
const clock = { now: () => Date.now() };
const runs = 15;

async function withFolder<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'presence-bench-'));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function openBackend(dataDir: string): Promise<Backend> {
  return createBackend({ dataDir, clock, allowedOrigins: [origin], log: quietLog, desktop: fakeDesktop() });
}

async function benchAtSize(entries: number): Promise<Figure[]> {
  return withFolder(async (dataDir) => {
    await writeSampleJournal(dataDir, entries, 10, Date.now());
    // The first start also makes the day's backup; measure the starts after it.
    await (await openBackend(dataDir)).close();
    const open = await measure(`open the store (${entries} entries)`, runs, async () => (await openBackend(dataDir)).close());
    const backend = await openBackend(dataDir);
    const firstPage = await measure(`first journal page of 50 (${entries} entries)`, runs, () =>
      backend.router.dispatch(channelFor('listEntries'), sender, { limit: 50 }),
    );
    const text = 'I noticed I was holding my breath before the meeting. '.repeat(9);
    const save = await measure(`save one entry (${entries} entries)`, runs * 2, () =>
      backend.router.dispatch(channelFor('createEntry'), sender, { text }),
    );
    await backend.close();
    return [open, firstPage, save];
  });
}

const baseline = await withFolder(async (dir) => {
  await mkdir(dir, { recursive: true });
  const kilobyte = 'x'.repeat(1024);
  await writeFile(path.join(dir, 'warm.json'), kilobyte);
  return measure('baseline: write 1 KB, fsync, rename, fsync folder', runs * 2, () =>
    writeFileDurably(path.join(dir, 'baseline.json'), kilobyte),
  );
});

const figures: Figure[] = [baseline, ...(await benchAtSize(0)), ...(await benchAtSize(50_000))];
for (const figure of figures) console.log(formatFigure(figure));

const byName = (name: string) => figures.find((figure) => figure.name === name)!;
const ratios = {
  saveAt50kOverBaseline: byName('save one entry (50000 entries)').median / baseline.median,
  openAt50kOverOpenAt0: byName('open the store (50000 entries)').median / byName('open the store (0 entries)').median,
};
console.log(`save one entry at 50,000 / baseline write: ${ratios.saveAt50kOverBaseline.toFixed(2)}×`);
console.log(`open the store at 50,000 / at 0:           ${ratios.openAt50kOverOpenAt0.toFixed(2)}×`);

const schedulerWeek = await simulateWeek();
console.log(formatSchedulerWeek(schedulerWeek));

const resultsDir = path.resolve('bench-results');
await mkdir(resultsDir, { recursive: true });
const resultsFile = path.join(resultsDir, `store-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
await writeFile(resultsFile, `${JSON.stringify({ figures, ratios, schedulerWeek }, null, 2)}\n`);
console.log(`results written to ${path.relative(process.cwd(), resultsFile)}`);
