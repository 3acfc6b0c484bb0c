declare module 'virtual:lockstep-library' {
  /**
   * The URL of the library's manifest (a LibraryManifest, see
   * library/library-entry.ts), relative to the page in a build
   * (`library/manifest-<hash>.json`), `/@lockstep/manifest.json` in dev.
   */
  export const manifestUrl: string
}
