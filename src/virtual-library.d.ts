declare module 'virtual:lockstep-library' {
  /** Where the library's manifest is served: the dev server's route, or the built file. */
  export const manifestUrl: string
}
