/** Element ids inside one entry editor, derived from a prefix that is unique on the page. */
export function editorFieldIds(prefix: string) {
  return {
    title: `${prefix}-title`,
    text: `${prefix}-text`,
    hint: `${prefix}-hint`,
    problem: `${prefix}-problem`,
    tags: `${prefix}-tags`,
    values: `${prefix}-values`,
    feeling: `${prefix}-feeling`,
    template: `${prefix}-template`,
  };
}
