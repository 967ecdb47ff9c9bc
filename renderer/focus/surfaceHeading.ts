/**
 * Every surface gives its <h1> this id and tabIndex={-1}, so focus has a
 * sensible place to land when the thing it was on goes away.
 */
export const surfaceHeadingId = 'surface-heading';
