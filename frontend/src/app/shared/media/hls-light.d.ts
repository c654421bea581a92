// hls.js ships the light build (no subtitles, EME or alternate audio: captions are native <track>s)
// without its own declarations; it has the full build's API.
declare module 'hls.js/light' {
  import Hls from 'hls.js';
  export default Hls;
}
