// Webpack entry. scripts/webpack/expose-entry-points-loader.cjs appends `global.NAME = …` for
// every export of ./entrypoints, which gas-webpack-plugin turns into top-level declarations.
export {};
