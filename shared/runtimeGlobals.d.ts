/**
 * shared/ is typechecked with no Node and no DOM types, so nothing runtime-specific
 * slips in. The WHATWG URL parser is the one global every runtime of Presence has
 * (Node, the renderer, the sandboxed preload); only the parts shared/ uses are declared.
 */
declare class URL {
  constructor(input: string, base?: string);
  readonly protocol: string;
  readonly host: string;
  readonly hostname: string;
  readonly pathname: string;
  readonly username: string;
  readonly password: string;
}
