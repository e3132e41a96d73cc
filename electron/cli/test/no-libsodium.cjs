// Preloaded (node --require) by a CLI test: any attempt to load libsodium fails, to prove
// that `keyward get`'s quick path does without it.
const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'libsodium-wrappers-sumo') throw new Error('libsodium blocked by the test');
  return load.call(this, request, ...rest);
};
