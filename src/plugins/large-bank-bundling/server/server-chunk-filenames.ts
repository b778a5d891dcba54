/**
 * The server bundle's chunks named by their id alone. With Docusaurus's template, `assets/js/[name].[contenthash:8].js`,
 * Rspack's runtime looks a chunk's file name up in two maps with an entry per chunk, written as object literals inside
 * the function it calls for every chunk it loads, so each page rendered builds both maps again: the cost grows with the
 * square of the bank. At 10,000 questions (11,161 server chunks, a 467 KB line of maps) a CPU profile of the SSG
 * workers found 37 s of one worker's 150 s in that function (README.md "Build time and size"). With `[id]` alone the
 * runtime joins the id into the name and has no map. The server bundle is deleted once the pages are rendered, so its
 * file names serve nothing else; the client's chunks keep their content hashes, which browsers cache by.
 */
export const SERVER_CHUNK_FILENAME = 'assets/js/[id].js';

/** What the bundler's configuration gets: the server's chunk file names; nothing for the client's. */
export function serverChunkFilenames(isServer: boolean): { output?: { chunkFilename: string } } {
  return isServer ? { output: { chunkFilename: SERVER_CHUNK_FILENAME } } : {};
}
