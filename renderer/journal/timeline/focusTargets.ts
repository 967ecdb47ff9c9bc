interface Identified {
  id: string;
}

/** More changes than this at once is a reload, not something the person just did to one entry. */
const mostChangesAtOnce = 3;

/**
 * The entries focus may be sent to after a change, so the timeline can have them in the page
 * in time: an entry that just appeared among the loaded ones (written or restored), and the
 * neighbours of one that just left (moved to the trash). A page arriving after the oldest
 * loaded entry is left out: it is reached by scrolling, and an automatic load must not pull
 * focus down to it.
 */
export function likelyFocusTargets(previous: readonly Identified[], current: readonly Identified[]): string[] {
  if (previous.length === 0) return [];
  const previousIds = new Set(previous.map((entry) => entry.id));
  const currentIds = new Set(current.map((entry) => entry.id));

  let lastKnownIndex = -1;
  current.forEach((entry, index) => {
    if (previousIds.has(entry.id)) lastKnownIndex = index;
  });
  const appeared = current.filter((entry, index) => !previousIds.has(entry.id) && index < lastKnownIndex);
  const left = previous.flatMap((entry, index) => (currentIds.has(entry.id) ? [] : [index]));
  if (appeared.length + left.length > mostChangesAtOnce) return [];

  const neighbours = left.flatMap((index) => [previous[index + 1], previous[index - 1]]);
  const targets = [...appeared, ...neighbours].filter((entry): entry is Identified => entry !== undefined && currentIds.has(entry.id));
  return [...new Set(targets.map((entry) => entry.id))];
}
