// webpack 5 builds the same two pages as Vite: no loader, no experiments for the wasm.
export default {
  mode: 'production',
  entry: { main: './main.js', worker: './worker-main.js' },
  output: { path: new URL('./dist-webpack', import.meta.url).pathname, publicPath: 'auto' },
  module: { rules: [{ resourceQuery: /raw/, type: 'asset/source' }] },
  performance: { hints: false },
};
