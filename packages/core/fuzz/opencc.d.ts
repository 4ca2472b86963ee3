// opencc-js's cn2t entry ships the same API as its full entry.
declare module 'opencc-js/cn2t' {
  export function Converter(options: { from: string; to: string }): (text: string) => string;
}
