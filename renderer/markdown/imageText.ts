/** A journal never fetches anything, so an image in an entry is shown as its description. */
export function imageText(alt: string | undefined): string {
  const description = alt?.trim() ?? '';
  return description.length > 0 ? `[image: ${description}]` : '[image]';
}
