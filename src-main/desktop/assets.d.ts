/** electron-vite's `?asset` imports: the built file's path at run time (the tray icon). */
declare module '*?asset' {
  const path: string;
  export default path;
}
