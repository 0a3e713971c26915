// Server bundle: TypeScript → dist/Code.js for Apps Script. esbuild-loader does the transform;
// gas-webpack-plugin turns each `global.NAME =` of src/gas/main.ts into a top-level function.
const path = require('path');
const GasPlugin = require('gas-webpack-plugin');

module.exports = {
  mode: 'production',
  context: __dirname,
  entry: './src/gas/main.ts',
  // Apps Script evaluates the file as a classic script: no eval-based source maps, no chunks.
  devtool: false,
  target: ['es2019'],
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: 'Code.js',
    chunkFormat: false,
    iife: true,
    globalObject: 'globalThis',
  },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      { test: /\.ts$/, loader: 'esbuild-loader', options: { target: 'es2019' } },
      {
        test: path.resolve(__dirname, 'src/gas/main.ts'),
        // Runs before esbuild-loader (loaders apply bottom-up across matching rules).
        enforce: 'pre',
        loader: path.resolve(__dirname, 'scripts/webpack/expose-entry-points-loader.cjs'),
      },
    ],
  },
  optimization: {
    // Readable output: users read Code.js in the Apps Script editor when debugging.
    minimize: false,
    concatenateModules: true,
  },
  performance: { hints: false },
  plugins: [new GasPlugin({ include: ['src/gas/main.ts'] })],
};
