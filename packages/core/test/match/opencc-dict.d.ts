// opencc-js ships its dictionaries as ESM modules exporting one string, without type declarations.
declare module 'opencc-js/dict/TSCharacters' {
  const entries: string;
  export default entries;
}
